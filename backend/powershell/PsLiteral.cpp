#include "PsLiteral.h"

namespace aks {

bool isPsSingleQuote(QChar c) {
    const char16_t u = c.unicode();
    return u == u'\'' || u == u'\u2018' || u == u'\u2019' || u == u'\u201A' || u == u'\u201B';
}

QString psLiteral(const QString& value) {
    QString out;
    out.reserve(value.size() + 2);
    out.append(QLatin1Char('\''));
    for (const QChar c : value) {
        out.append(c);
        if (isPsSingleQuote(c))
            out.append(c);
    }
    out.append(QLatin1Char('\''));
    return out;
}

} // namespace aks
