#pragma once

#include "ServiceProcess.h"
#include "store/SigV4Signer.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace aks::test {

// s3rver behind the SigV4 verifying proxy (tools/test-services/s3.js). The app talks to the proxy;
// uploads go straight to s3rver, which accepts any V4 signature from its access key S3RVER.
class S3Fixture {
public:
    static constexpr auto kAccessKey = "S3RVER";
    static constexpr auto kSecret = "proxy-secret-7Q2vX9kL4mN8";

    QString start(int clockOffsetSeconds = 0) {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QProcessEnvironment env;
        env.insert(QStringLiteral("AKS_PROXY_SECRET"), QString::fromLatin1(kSecret)); // not in argv
        return m_service.start(QStringLiteral("s3.js"),
                               {QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--bucket"),
                                QStringLiteral("velero"), QStringLiteral("--access-key"),
                                QString::fromLatin1(kAccessKey), QStringLiteral("--clock-offset-seconds"),
                                QString::number(clockOffsetSeconds)},
                               env);
    }
    QUrl endpoint() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_service.port("proxyPort")));
    }

    int put(const QString& key, QIODevice* data) {
        const QByteArray host = "127.0.0.1:" + QByteArray::number(m_service.port("s3rverPort"));
        const QByteArray path = "/velero/" + SigV4Signer::uriEncode(key.toUtf8(), true);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SigV4Signer::Request sr;
        sr.method = "PUT";
        sr.path = path;
        sr.payloadHash = "UNSIGNED-PAYLOAD";
        sr.headers = {{"host", host},
                      {"x-amz-content-sha256", "UNSIGNED-PAYLOAD"},
                      {"x-amz-date", SigV4Signer::amzDate(now)}};
        SigV4Signer signer(QString::fromLatin1(kAccessKey), QStringLiteral("S3RVER"), QStringLiteral("minio"),
                           QStringLiteral("s3"));
        QNetworkRequest r(QUrl::fromEncoded("http://" + host + path));
        r.setRawHeader("x-amz-content-sha256", "UNSIGNED-PAYLOAD");
        r.setRawHeader("x-amz-date", SigV4Signer::amzDate(now));
        r.setRawHeader("Authorization", signer.authorization(sr, now));
        r.setHeader(QNetworkRequest::ContentLengthHeader, data->size());
        QNetworkReply* reply = m_nam.put(r, data);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300)
            qWarning() << "PUT" << key << status << reply->readAll();
        reply->deleteLater();
        return status;
    }
    int put(const QString& key, const QByteArray& data) {
        QBuffer b;
        b.setData(data);
        b.open(QIODevice::ReadOnly);
        return put(key, &b);
    }

private:
    QTemporaryDir m_dir;
    ServiceProcess m_service;
    QNetworkAccessManager m_nam;
};

} // namespace aks::test
