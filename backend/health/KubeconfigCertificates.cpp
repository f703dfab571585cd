#include "KubeconfigCertificates.h"

#include <QFile>

namespace aks {
namespace {

constexpr qint64 kMaxKubeconfigBytes = 4 << 20;

QByteArray kubeconfigScalar(QByteArray v) {
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    return v;
}

} // namespace

Result<KubeconfigCertificates> KubeconfigCertificates::parse(QByteArrayView kubeconfig) {
    if (kubeconfig.size() > kMaxKubeconfigBytes)
        return Error::make(Error::Kind::Corrupt, tr("The kubeconfig is too large to be one."));
    KubeconfigCertificates out;
    bool anyCredential = false;
    int lineNo = 0;
    for (QByteArray line : kubeconfig.toByteArray().split('\n')) {
        ++lineNo;
        line = line.trimmed();
        if (line.startsWith("- "))
            line = line.mid(2).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith('#'))
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = kubeconfigScalar(line.mid(colon + 1));
        const bool isClient = key == "client-certificate-data";
        const bool isCa = key == "certificate-authority-data";
        if (key == "token" || key == "exec" || key == "auth-provider") {
            out.tokenAuth = true;
            anyCredential = true;
        } else if (key == "client-certificate" || key == "certificate-authority") {
            out.externalFiles = true;
            anyCredential = true;
        }
        if (!isClient && !isCa)
            continue;
        anyCredential = true;
        const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return Error::make(
                Error::Kind::Corrupt,
                tr("Line %1 of the kubeconfig: %2 is not base64.").arg(lineNo).arg(QString::fromLatin1(key)));
        auto certs = CertificateExpiry::fromPem(decoded.decoded);
        if (!certs)
            return Error::make(Error::Kind::Corrupt,
                               tr("Line %1 of the kubeconfig: %2 holds no readable certificate: %3")
                                   .arg(lineNo)
                                   .arg(QString::fromLatin1(key), certs.error().message));
        (isClient ? out.client : out.ca).append(*certs);
    }
    if (!anyCredential)
        return Error::make(Error::Kind::Corrupt,
                           tr("The kubeconfig holds no credentials (no certificate, token or CA)."));
    return out;
}

Result<KubeconfigCertificates> KubeconfigCertificates::read(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           tr("The kubeconfig %1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > kMaxKubeconfigBytes)
        return Error::make(Error::Kind::Corrupt, tr("The kubeconfig %1 is too large to be one.").arg(path));
    return parse(f.read(kMaxKubeconfigBytes + 1));
}

} // namespace aks
