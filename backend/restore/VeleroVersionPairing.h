#pragma once

#include "BackupMadeBy.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace aks {

// What decides whether this Velero can restore this backup: the CLI's version, the server's when one
// runs (`velero version`), and the oldest release that writes what the backup holds.
struct VeleroVersions {
    QString client;
    QString server; // empty when no Velero server runs (yet)
    BackupMadeBy backup;
};

struct VersionVerdict {
    std::optional<Error> refusal; // a pairing velero does not support: nothing is restored
    QStringList warnings;         // a pairing velero only warns about
    QString summary;              // the versions, for the log
};

// Velero restores with its server, and `velero install` deploys the server of the CLI's version
// (velero-cli.md §6.1): a backup written by a newer release than that server is refused (it may
// hold what the older one cannot read); client and server of different major.minor are warned about,
// as `velero version` does.
class VeleroVersionPairing {
    Q_DECLARE_TR_FUNCTIONS(VeleroVersionPairing)
public:
    static VersionVerdict judge(const VeleroVersions& v, const QString& cluster, const QString& backup);
};

} // namespace aks
