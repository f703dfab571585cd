#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace aks {

// Azure Storage Shared Key authorization (the string to sign of service version 2009-09-19 and
// later): standard headers in a fixed order, the x-ms-* headers, then the account, the encoded
// path and the query parameters.
class AzureSharedKeySigner {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // The account key as the portal shows it (base64).
    AzureSharedKeySigner(QString account, const QString& base64Key);

    bool keyIsValid() const { return !m_key.isEmpty(); }
    static QByteArray httpDate(const QDateTime& utc); // Sun, 30 Aug 2015 12:36:00 GMT

    QByteArray stringToSign(const QByteArray& method, const QUrl& url, const Headers& headers) const;
    QByteArray authorization(const QByteArray& method, const QUrl& url, const Headers& headers) const;

private:
    QString m_account;
    QByteArray m_key;
};

} // namespace aks
