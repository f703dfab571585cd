#pragma once

#include <QChar>
#include <QString>

namespace aks {

// PowerShell single-quoted literals. Inside one, only quote characters are special; PowerShell
// treats the typographic single quotes (U+2018..U+201B) like the ASCII one, so all are doubled.
bool isPsSingleQuote(QChar c);
QString psLiteral(const QString& value);

} // namespace aks
