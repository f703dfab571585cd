#include "RestoreStep.h"

#include <QCryptographicHash>

namespace aks {

Acceptance Acceptance::of(QStringList items) {
    // Twelve hex digits: short enough to type on a command line, and any change to the list
    // (one difference more, one value other) gives another digest.
    const QByteArray joined = items.join(QLatin1Char('\n')).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex();
    return Acceptance{QString::fromLatin1(hash.left(12)), std::move(items)};
}

} // namespace aks
