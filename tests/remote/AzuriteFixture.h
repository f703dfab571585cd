#pragma once

#include "ServiceProcess.h"
#include "store/AzureSharedKeySigner.h"
#include "store/SigV4Signer.h"

#include <QEventLoop>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace aks::test {

// Azurite's blob service with its documented development account, plus uploads and SAS tokens
// made with the account key (the app itself only reads).
class AzuriteFixture {
public:
    static constexpr auto kAccount = "devstoreaccount1";
    static constexpr auto kKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // With a certificate and key (PEM), Azurite serves HTTPS.
    QString start(const QString& cert = {}, const QString& key = {}) {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QStringList args{QStringLiteral("--dir"), m_dir.path()};
        if (!cert.isEmpty()) {
            args << QStringLiteral("--cert") << cert << QStringLiteral("--key") << key;
            m_scheme = QStringLiteral("https");
        }
        return m_service.start(QStringLiteral("azurite.js"), args);
    }
    QUrl endpoint() const {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_service.port("blobPort")));
    }

    // PUT with Shared Key; `path` is /container[/blob], already URI-encoded.
    int put(const QByteArray& path, const QByteArray& query, const QByteArray& data, bool blob) {
        const QUrl url = QUrl::fromEncoded(endpoint().toEncoded() + '/' + kAccount + path +
                                           (query.isEmpty() ? QByteArray() : '?' + query));
        AzureSharedKeySigner::Headers headers{
            {"x-ms-date", AzureSharedKeySigner::httpDate(QDateTime::currentDateTimeUtc())},
            {"x-ms-version", "2021-12-02"},
            {"Content-Length", QByteArray::number(data.size())}};
        if (blob) {
            headers.append({QByteArray("x-ms-blob-type"), QByteArray("BlockBlob")});
            headers.append({QByteArray("Content-Type"), QByteArray("application/octet-stream")});
        }
        QNetworkRequest r(url);
        for (const auto& [k, v] : headers)
            r.setRawHeader(k, v);
        AzureSharedKeySigner signer(QString::fromLatin1(kAccount), QString::fromLatin1(kKey));
        r.setRawHeader("Authorization", signer.authorization("PUT", url, headers));
        QNetworkReply* reply = m_nam.put(r, data);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300)
            qWarning() << "PUT" << path << status << reply->readAll();
        reply->deleteLater();
        return status;
    }
    int createContainer(const QByteArray& name) { return put('/' + name, "restype=container", {}, false); }
    int putBlob(const QByteArray& container, const QString& name, const QByteArray& data) {
        return put('/' + container + '/' + SigV4Signer::uriEncode(name.toUtf8(), true), {}, data, true);
    }

    // An account SAS (version 2019-12-12) signed with the account key.
    static QString accountSas(const QDateTime& start, const QDateTime& expiry,
                              const QByteArray& permissions = "rl", const QByteArray& key = kKey) {
        const QByteArray st = start.toUTC().toString(Qt::ISODate).toLatin1();
        const QByteArray se = expiry.toUTC().toString(Qt::ISODate).toLatin1();
        const QByteArray toSign = QByteArray(kAccount) + '\n' + permissions + "\nb\nsco\n" + st + '\n' + se +
                                  "\n\nhttps,http\n2019-12-12\n";
        const QByteArray sig =
            QMessageAuthenticationCode::hash(toSign, QByteArray::fromBase64(key), QCryptographicHash::Sha256)
                .toBase64();
        return QString::fromLatin1("sv=2019-12-12&ss=b&srt=sco&sp=" + permissions +
                                   "&st=" + SigV4Signer::uriEncode(st, false) +
                                   "&se=" + SigV4Signer::uriEncode(se, false) +
                                   "&spr=https,http&sig=" + SigV4Signer::uriEncode(sig, false));
    }

private:
    QTemporaryDir m_dir;
    ServiceProcess m_service;
    QNetworkAccessManager m_nam;
    QString m_scheme = QStringLiteral("http");
};

} // namespace aks::test
