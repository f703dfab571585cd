#pragma once

#include "CertificateExpiry.h"
#include "core/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace aks {

// The certificates a kubeconfig carries inline (what Get-AksHciCredential writes): the client
// certificate the admin authenticates with and the cluster's CA. Only the scalar keys matter, so
// the file is read line by line rather than as full YAML.
struct KubeconfigCertificates {
    Q_DECLARE_TR_FUNCTIONS(KubeconfigCertificates)
public:
    QList<CertificateExpiry> client; // client-certificate-data
    QList<CertificateExpiry> ca;     // certificate-authority-data
    bool tokenAuth = false;          // a user authenticates with a token (nothing here to expire)
    bool externalFiles = false;      // client-certificate / certificate-authority name files

    // Corrupt, naming the key, when a *-data value is not base64 of a PEM certificate, or when the
    // text holds no cluster credentials at all.
    static Result<KubeconfigCertificates> parse(QByteArrayView kubeconfig);
    static Result<KubeconfigCertificates> read(const QString& path);
};

} // namespace aks
