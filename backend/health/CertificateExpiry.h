#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace aks {

// The validity of one X.509 certificate: enough to say how many days are left.
struct CertificateExpiry {
    Q_DECLARE_TR_FUNCTIONS(CertificateExpiry)
public:
    QString subject; // the distinguished name, one line
    QDateTime notBefore;
    QDateTime notAfter; // UTC

    // Whole days from `now` to notAfter, rounded down; negative once expired.
    qint64 daysLeft(const QDateTime& now) const;
    bool expired(const QDateTime& now) const { return notAfter <= now; }

    // Every certificate of a PEM bundle (a kubeconfig's *-data holds one or a chain). Corrupt when
    // the text holds no certificate or one that does not parse: never a crash, whatever the input.
    static Result<QList<CertificateExpiry>> fromPem(QByteArrayView pem);
};

} // namespace aks
