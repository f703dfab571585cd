#pragma once

#include <QByteArray>
#include <QString>

namespace aks {

// Reads a PowerShell host's stdout and picks out the answer to one request: the bytes between its
// BEGIN and END frames. Lines outside the frames (module banners, warnings) are ignored.
class FrameReader {
public:
    FrameReader(QString nonce, quint64 id, qint64 maxBodyBytes = 256LL * 1024 * 1024);

    void feed(const QByteArray& chunk);
    bool finished() const { return m_finished; }
    bool begun() const { return m_begun; }
    bool tooLarge() const { return m_tooLarge; }
    int status() const { return m_status; }
    QString errorMessage() const { return m_errorMessage; }
    const QByteArray& body() const { return m_body; }

private:
    void line(const QByteArray& l);

    QByteArray m_begin;
    QByteArray m_endPrefix;
    qint64 m_maxBody;
    QByteArray m_pending;
    QByteArray m_body;
    bool m_begun = false;
    bool m_finished = false;
    bool m_tooLarge = false;
    int m_status = 0;
    QString m_errorMessage;
};

} // namespace aks
