#include "CertificateExpiry.h"

#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace aks {
namespace {

// PEM bundles in a kubeconfig are small; anything larger is not one.
constexpr qsizetype kMaxPemBytes = 1 << 20;
constexpr int kMaxCertificates = 64;

struct CertExpiryBioFree {
    void operator()(BIO* b) const { BIO_free(b); }
};
struct CertExpiryX509Free {
    void operator()(X509* x) const { X509_free(x); }
};

std::optional<QDateTime> certExpiryTime(const ASN1_TIME* t) {
    struct tm tm {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return std::nullopt;
    const QDate date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    const QTime time(tm.tm_hour, tm.tm_min, tm.tm_sec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

QString certExpirySubject(X509* x) {
    std::unique_ptr<BIO, CertExpiryBioFree> out(BIO_new(BIO_s_mem()));
    if (!out || X509_NAME_print_ex(out.get(), X509_get_subject_name(x), 0, XN_FLAG_ONELINE) < 0)
        return {};
    char* data = nullptr;
    const long n = BIO_get_mem_data(out.get(), &data);
    return n > 0 ? QString::fromUtf8(data, qsizetype(std::min<long>(n, 1024))) : QString();
}

} // namespace

qint64 CertificateExpiry::daysLeft(const QDateTime& now) const {
    const qint64 secs = now.secsTo(notAfter);
    // Rounded towards minus infinity: 1 hour past expiry is day -1, not day 0.
    return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}

Result<QList<CertificateExpiry>> CertificateExpiry::fromPem(QByteArrayView pem) {
    if (pem.size() > kMaxPemBytes)
        return Error::make(
            Error::Kind::Corrupt,
            tr("The certificate data is %1 bytes, too large for a certificate.").arg(pem.size()));
    if (!pem.contains(QByteArrayView("-----BEGIN CERTIFICATE-----")))
        return Error::make(Error::Kind::Corrupt, tr("The certificate data holds no PEM certificate."));
    std::unique_ptr<BIO, CertExpiryBioFree> in(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!in)
        return Error::make(Error::Kind::Generic, tr("Out of memory while reading a certificate."));
    QList<CertificateExpiry> out;
    for (;;) {
        std::unique_ptr<X509, CertExpiryX509Free> x(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
        if (!x)
            break;
        const auto from = certExpiryTime(X509_get0_notBefore(x.get()));
        const auto to = certExpiryTime(X509_get0_notAfter(x.get()));
        if (!from || !to) {
            ERR_clear_error();
            return Error::make(
                Error::Kind::Corrupt,
                tr("Certificate %1 has a validity date that cannot be read.").arg(out.size() + 1));
        }
        out.append(CertificateExpiry{certExpirySubject(x.get()), *from, *to});
        if (out.size() > kMaxCertificates)
            break;
    }
    // The loop ends at the end of the data (PEM_R_NO_START_LINE) or at a block that does not parse.
    const unsigned long err = ERR_peek_last_error();
    ERR_clear_error();
    const bool cleanEnd = ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE;
    if (out.isEmpty() || (err && !cleanEnd))
        return Error::make(Error::Kind::Corrupt,
                           out.isEmpty()
                               ? tr("The PEM certificate could not be parsed.")
                               : tr("Certificate %1 of the bundle could not be parsed.").arg(out.size() + 1));
    return out;
}

} // namespace aks
