#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace aks::test {

// A scripted HTTP server on 127.0.0.1 for the failure cases real storage servers produce rarely:
// each connection's request gets the next scripted action (an answer, silence, a cut-off body).
class FaultServer : public QTcpServer {
public:
    struct Action {
        QByteArray response;    // written once the request headers are in
        bool closeAfter = true; // close the connection after writing
        bool neverAnswer = false;
        // When set, builds the answer from the request's head (request line and headers).
        std::function<QByteArray(const QByteArray& head)> respond = {};
    };

    FaultServer() { listen(QHostAddress::LocalHost, 0); }

    void script(QList<Action> actions) { m_actions = std::move(actions); }
    int requests() const { return m_requests; }
    QList<qint64> requestTimesMs() const { return m_times; }
    // The request line and headers of each request, in order.
    QList<QByteArray> requestHeads() const { return m_heads; }
    // One header of a request head ("" when absent), e.g. header(heads[1], "range").
    static QByteArray header(const QByteArray& head, const QByteArray& name) {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.first(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QString url(const QString& path = QStringLiteral("/")) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }

    static QByteArray answer(int status, const QByteArray& reason, const QByteArray& body,
                             const QByteArray& extraHeaders = {}) {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" +
               extraHeaders + "\r\n" + body;
    }

protected:
    void incomingConnection(qintptr handle) override {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        auto* buffer = new QByteArray;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n"))
                return;
            m_heads.append(buffer->left(buffer->indexOf("\r\n\r\n")));
            buffer->clear();
            m_times.append(QDateTime::currentMSecsSinceEpoch());
            const Action a =
                m_actions.isEmpty() ? Action{answer(200, "OK", "default")} : m_actions.takeFirst();
            ++m_requests;
            if (a.neverAnswer)
                return;
            socket->write(a.respond ? a.respond(m_heads.last()) : a.response);
            socket->flush();
            if (a.closeAfter)
                socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, this, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
    }

private:
    QList<Action> m_actions;
    int m_requests = 0;
    QList<qint64> m_times;
    QList<QByteArray> m_heads;
};

} // namespace aks::test
