#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace aks {

// Opens a file below a folder for reading without following a symbolic link at any step below the
// folder, and only when it is a regular file: a FIFO is opened non-blocking and refused, so a
// planted pipe cannot hang a reader, and a link cannot lead it outside the store.
class RegularFileOpener {
    Q_DECLARE_TR_FUNCTIONS(RegularFileOpener)

public:
    // `relative` is a clean relative path ("backups/b/b.tar.gz"). NotFound when it does not exist.
    static Result<std::unique_ptr<QFile>> open(const QString& root, const QString& relative);
};

} // namespace aks
