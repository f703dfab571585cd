#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace aks {

// Splits a byte stream into lines for every reader of a child's output: LF or CRLF ends a line (a
// lone CR does not: progress bars redraw with it), a partial last line waits for the next chunk, and
// a line longer than the cap is handed over in pieces of the cap so a stream without newlines cannot
// grow memory without bound.
class LineSplitter {
public:
    using LineFn = std::function<void(QByteArrayView line)>;

    explicit LineSplitter(qsizetype maxLineBytes = 1024 * 1024);

    void feed(QByteArrayView chunk, const LineFn& emitLine);
    // The last line when the stream ended without a newline.
    void finish(const LineFn& emitLine);
    // A line was longer than the cap and was cut.
    bool cut() const { return m_cut; }

private:
    qsizetype m_max;
    QByteArray m_pending;
    bool m_cut = false;
};

} // namespace aks
