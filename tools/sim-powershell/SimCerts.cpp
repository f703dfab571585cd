#include "SimCerts.h"

#include <QDateTime>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace aks::sim {
namespace {

struct SimCertsKeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct SimCertsX509Free {
    void operator()(X509* x) const { X509_free(x); }
};
struct SimCertsBioFree {
    void operator()(BIO* b) const { BIO_free(b); }
};
using SimKey = std::unique_ptr<EVP_PKEY, SimCertsKeyFree>;
using SimCert = std::unique_ptr<X509, SimCertsX509Free>;

SimKey simCertsKey() {
    return SimKey(EVP_EC_gen("P-256"));
}

SimCert simCertsIssue(const QByteArray& cn, const QByteArray& org, EVP_PKEY* key, X509* issuer,
                      EVP_PKEY* issuerKey, qint64 notBeforeSecs, qint64 notAfterSecs, long serial) {
    SimCert x(X509_new());
    if (!x)
        return {};
    X509_set_version(x.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x.get()), serial);
    ASN1_TIME_set(X509_getm_notBefore(x.get()), time_t(notBeforeSecs));
    ASN1_TIME_set(X509_getm_notAfter(x.get()), time_t(notAfterSecs));
    X509_NAME* name = X509_get_subject_name(x.get());
    if (!org.isEmpty())
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>(org.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(x.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509_set_pubkey(x.get(), key);
    if (X509_sign(x.get(), issuerKey, EVP_sha256()) <= 0)
        return {};
    return x;
}

QByteArray simCertsPem(X509* x, EVP_PKEY* key) {
    std::unique_ptr<BIO, SimCertsBioFree> out(BIO_new(BIO_s_mem()));
    if (!out)
        return {};
    const int ok = x ? PEM_write_bio_X509(out.get(), x)
                     : PEM_write_bio_PrivateKey(out.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    if (ok != 1)
        return {};
    char* data = nullptr;
    const long n = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, qsizetype(n));
}

} // namespace

SimKubeCerts makeKubeCerts(const QString& cluster, qint64 clientNotAfterMs) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SimKey caKey = simCertsKey();
    SimKey clientKey = simCertsKey();
    if (!caKey || !clientKey)
        return {};
    const QByteArray name = cluster.toUtf8();
    SimCert ca = simCertsIssue("kubernetes-ca-" + name, {}, caKey.get(), nullptr, caKey.get(), now - 86400,
                               now + 3650LL * 86400, 1);
    if (!ca)
        return {};
    const qint64 notAfter = clientNotAfterMs / 1000;
    // A client certificate is never valid from after its end: an expired one started 90 days before.
    SimCert client = simCertsIssue(name + "-admin", "system:masters", clientKey.get(), ca.get(), caKey.get(),
                                   std::min(now - 86400, notAfter - 90LL * 86400), notAfter, 2);
    if (!client)
        return {};
    return {simCertsPem(ca.get(), nullptr), simCertsPem(client.get(), nullptr),
            simCertsPem(nullptr, clientKey.get())};
}

qint64 clientCertNotAfterMs(const nlohmann::json& cluster) {
    const qint64 explicitEnd = cluster.value("CertNotAfterMs", qint64(0));
    if (explicitEnd != 0)
        return explicitEnd;
    return cluster.value("CreatedMs", QDateTime::currentMSecsSinceEpoch()) + kClientCertValidityMs;
}

bool managementCertsExpired(const nlohmann::json& state, qint64 nowMs) {
    const qint64 end = state.value("managementCertsNotAfterMs", qint64(0));
    return end != 0 && end <= nowMs;
}

} // namespace aks::sim
