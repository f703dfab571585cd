#pragma once

#include "ServiceProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <optional>

namespace aks::test {

// tools/test-services/fault-proxy.js in front of a storage emulator's port: the app talks to
// endpoint(), and the test scripts faults (see the script's header for the rules) and reads back
// which requests arrived when.
class FaultProxy {
public:
    QString start(int targetPort) {
        return m_service.start(QStringLiteral("fault-proxy.js"),
                               {QStringLiteral("--target-port"), QString::number(targetPort)});
    }
    QUrl endpoint() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_service.port("proxyPort")));
    }

    // Appends rules, e.g. {{"action","status"},{"status",503},{"retryAfter","1"},{"match",".tar.gz"}}.
    bool add(const QJsonArray& rules) {
        return call("POST", QStringLiteral("/faults"), QJsonDocument(rules).toJson()).has_value();
    }
    bool add(const QJsonObject& rule) { return add(QJsonArray{rule}); }
    // Forgets the rules and the request log.
    bool reset() {
        return call("DELETE", QStringLiteral("/faults"), {}).has_value() &&
               call("DELETE", QStringLiteral("/log"), {}).has_value();
    }
    // Every request since the last reset: {t (ms since epoch), method, url, fault, status, bytes}.
    QJsonArray log() {
        const auto body = call("GET", QStringLiteral("/log"), {});
        return body ? QJsonDocument::fromJson(*body).array() : QJsonArray();
    }
    // The requests whose URL contains `part`.
    QJsonArray requestsTo(const QString& part) {
        QJsonArray out;
        for (const QJsonValue& v : log())
            if (v.toObject().value(QStringLiteral("url")).toString().contains(part))
                out.append(v);
        return out;
    }

private:
    std::optional<QByteArray> call(const QByteArray& verb, const QString& path, const QByteArray& body) {
        QNetworkRequest r(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_service.port("adminPort")).arg(path)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        r.setTransferTimeout(10000);
        QNetworkReply* reply = m_nam.sendCustomRequest(r, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            qWarning() << "fault proxy" << verb << path << reply->errorString() << reply->readAll();
            return std::nullopt;
        }
        return reply->readAll();
    }

    ServiceProcess m_service;
    QNetworkAccessManager m_nam;
};

} // namespace aks::test
