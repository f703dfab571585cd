#pragma once

#include "InstallOptions.h"
#include "VeleroSemVer.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace aks {

// The one place that turns InstallOptions into velero command lines for a CLI version: the
// install, then, for a ReadOnly location, the backup-location create. Checks the plugin pairing,
// the plugin's authentication rules on the config and credentials, and every flag against the
// velero CLI table, so what runs and what the preview shows are the same lines.
class VeleroInstallCommand {
    Q_DECLARE_TR_FUNCTIONS(VeleroInstallCommand)
public:
    // secretFile: the path given to --secret-file (a placeholder in previews).
    static Result<QList<QStringList>> build(const InstallOptions& options, const VeleroSemVer& client,
                                            const QString& secretFile);
    // The plugin image the table pairs with this CLI version, or an error naming the supported lines.
    static Result<QString> pluginImage(const QString& provider, const VeleroSemVer& client);
    // The credentials the install would store (the admin's file or the given content).
    static Result<QByteArray> credentials(const InstallOptions& options);

private:
    static Status checkStore(const InstallOptions& o, const QByteArray& credentials);
};

} // namespace aks
