#pragma once

#include "core/LineSplitter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace aks {

// What a request wrote besides its pipeline output (Write-Host, Write-Warning, Write-Verbose...),
// framed separately by the host script so it never mixes with the JSON answer.
struct PsStreamRecord {
    QString kind; // host, warning, verbose, debug, information, error
    QString text;
};

// Reads a PowerShell host's stdout and picks out the answer to one request: the pipeline output
// between its BEGIN and END frames, and its STREAM records. Lines outside the frames (module
// banners) are ignored.
class FrameReader {
public:
    FrameReader(QString nonce, quint64 id, qint64 maxBodyBytes = 256LL * 1024 * 1024);

    void feed(const QByteArray& chunk);
    bool finished() const { return m_finished; }
    bool begun() const { return m_begun; }
    bool tooLarge() const { return m_tooLarge; }
    int status() const { return m_status; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorId() const { return m_errorId; } // the error's FullyQualifiedErrorId, when it failed
    const QList<PsStreamRecord>& records() const { return m_records; }
    const QByteArray& body() const { return m_body; }

private:
    void line(QByteArrayView l);

    QByteArray m_begin;
    QByteArray m_endPrefix;
    QByteArray m_streamPrefix;
    qint64 m_maxBody;
    LineSplitter m_lines;
    QByteArray m_body;
    bool m_begun = false;
    bool m_finished = false;
    bool m_tooLarge = false;
    int m_status = 0;
    QString m_errorMessage;
    QString m_errorId;
    QList<PsStreamRecord> m_records;
    qint64 m_recordBytes = 0;
};

} // namespace aks
