#include "FrameReader.h"

#include "PowerShellProtocol.h"

namespace aks {

FrameReader::FrameReader(QString nonce, quint64 id, qint64 maxBodyBytes)
    : m_maxBody(maxBodyBytes), m_lines(maxBodyBytes) {
    const QByteArray head =
        QByteArray(PowerShellProtocol::kFramePrefix) + nonce.toLatin1() + ' ' + QByteArray::number(id) + ' ';
    m_begin = head + "BEGIN";
    m_endPrefix = head + "END ";
    m_streamPrefix = head + "STREAM ";
}

void FrameReader::feed(const QByteArray& chunk) {
    if (m_finished)
        return;
    m_lines.feed(chunk, [this](QByteArrayView l) { line(l); });
    // A line without an end must not grow without bound either.
    if (m_lines.cut())
        m_tooLarge = true;
}

void FrameReader::line(QByteArrayView l) {
    if (m_finished)
        return;
    if (!m_begun) {
        if (l == m_begin)
            m_begun = true;
        return;
    }
    if (l.startsWith(m_endPrefix)) {
        const QList<QByteArray> parts = l.sliced(m_endPrefix.size()).toByteArray().split(' ');
        m_status = parts.value(0).toInt();
        m_errorMessage = QString::fromUtf8(QByteArray::fromBase64(parts.value(1))).trimmed();
        m_errorId = QString::fromUtf8(QByteArray::fromBase64(parts.value(2))).trimmed();
        m_finished = true;
        return;
    }
    if (l.startsWith(m_streamPrefix)) {
        const QList<QByteArray> parts = l.sliced(m_streamPrefix.size()).toByteArray().split(' ');
        const QByteArray text = QByteArray::fromBase64(parts.value(1));
        // Records count against the same cap as the body: a chatty cmdlet must not grow memory forever.
        m_recordBytes += text.size();
        if (m_recordBytes > m_maxBody) {
            m_tooLarge = true;
            return;
        }
        m_records.append({QString::fromLatin1(parts.value(0)), QString::fromUtf8(text)});
        return;
    }
    if (m_tooLarge || m_body.size() + l.size() + 1 > m_maxBody) { // +1: the newline kept after it
        m_tooLarge = true;
        return;
    }
    m_body.append(l);
    m_body.append('\n');
}

} // namespace aks
