#pragma once

#include <QString>
#include <QStringView>

namespace aks {

// Text from a backup (log lines, object names) made safe to print on a terminal: control
// characters (C0, DEL, C1, so also ESC and CSI sequences) and bidirectional overrides are written
// as visible escapes (\x1b, \u202e), so bytes from a bucket can neither move the cursor, retitle the
// window nor hide what follows. Newlines are escaped too unless keepNewlines.
QString terminalSafe(QStringView text, bool keepNewlines = false);

} // namespace aks
