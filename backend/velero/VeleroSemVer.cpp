#include "VeleroSemVer.h"

#include <QRegularExpression>

namespace aks {

std::optional<VeleroSemVer> VeleroSemVer::parse(const QString& text) {
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?(?:[-+].*)?")));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    VeleroSemVer v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    return v;
}

QString VeleroSemVer::toString() const {
    return QStringLiteral("v%1.%2.%3").arg(major).arg(minor).arg(patch);
}

QString VeleroSemVer::minorKey() const {
    return QStringLiteral("%1.%2").arg(major).arg(minor);
}

} // namespace aks
