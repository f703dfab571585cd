#include "LineSplitter.h"

#include <algorithm>

namespace aks {
namespace {

QByteArrayView withoutCr(QByteArrayView line) {
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

LineSplitter::LineSplitter(qsizetype maxLineBytes) : m_max(std::max<qsizetype>(1, maxLineBytes)) {}

void LineSplitter::feed(QByteArrayView chunk, const LineFn& emitLine) {
    m_pending.append(chunk);
    const QByteArrayView all(m_pending);
    qsizetype start = 0;
    for (qsizetype nl; (nl = all.indexOf('\n', start)) >= 0; start = nl + 1) {
        QByteArrayView line = withoutCr(all.sliced(start, nl - start));
        for (; line.size() > m_max; line = line.sliced(m_max)) {
            m_cut = true;
            emitLine(line.first(m_max));
        }
        emitLine(line);
    }
    // A trailing CR may be the first half of a CRLF: it does not count against the cap.
    while (withoutCr(all.sliced(start)).size() > m_max) {
        m_cut = true;
        emitLine(all.sliced(start, m_max));
        start += m_max;
    }
    m_pending.remove(0, start);
}

void LineSplitter::finish(const LineFn& emitLine) {
    if (!m_pending.isEmpty())
        emitLine(withoutCr(m_pending));
    m_pending.clear();
}

} // namespace aks
