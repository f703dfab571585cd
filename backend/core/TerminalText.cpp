#include "TerminalText.h"

#include <QList>

namespace aks {
namespace {
bool isBidiControl(char32_t c) {
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f ||
           c == 0x061c;
}
} // namespace

QString terminalSafe(QStringView text, bool keepNewlines) {
    QString out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (c == U'\n' && keepNewlines) {
            out += QLatin1Char('\n');
        } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (isBidiControl(c)) {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

} // namespace aks
