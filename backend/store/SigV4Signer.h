#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace aks {

// AWS Signature Version 4 for one request (header form). Pure computation, so it is checked
// against AWS's published test vectors.
class SigV4Signer {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Request {
        QByteArray method = "GET";
        QByteArray path = "/";  // already URI-encoded, as sent
        QByteArray query;       // the raw query string as sent, without '?'
        Headers headers;        // every header to sign, Host and X-Amz-Date included
        QByteArray payloadHash; // hex SHA-256 of the body, or UNSIGNED-PAYLOAD
    };

    SigV4Signer(QString accessKeyId, QString secretAccessKey, QString region, QString service);

    static QByteArray amzDate(const QDateTime& utc);                 // 20150830T123600Z
    static QByteArray uriEncode(QByteArrayView raw, bool keepSlash); // RFC 3986 unreserved kept
    static QByteArray sha256Hex(QByteArrayView data);

    QByteArray canonicalRequest(const Request& r) const;
    QByteArray stringToSign(const Request& r, const QDateTime& utc) const;
    QByteArray signature(const Request& r, const QDateTime& utc) const;
    QByteArray authorization(const Request& r, const QDateTime& utc) const;

private:
    QByteArray scope(const QDateTime& utc) const;
    QByteArray signedHeaders(const Request& r) const;

    QString m_accessKeyId;
    QString m_secret;
    QString m_region;
    QString m_service;
};

} // namespace aks
