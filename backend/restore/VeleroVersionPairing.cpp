#include "VeleroVersionPairing.h"

namespace aks {
namespace {

bool sameMinor(const VeleroSemVer& a, const VeleroSemVer& b) {
    return a.major == b.major && a.minor == b.minor;
}

bool newerMinor(const VeleroSemVer& a, const VeleroSemVer& than) {
    return a.major > than.major || (a.major == than.major && a.minor > than.minor);
}

} // namespace

VersionVerdict VeleroVersionPairing::judge(const VeleroVersions& v, const QString& cluster,
                                           const QString& backup) {
    VersionVerdict out;
    const auto client = VeleroSemVer::parse(v.client);
    const auto server = v.server.isEmpty() ? std::nullopt : VeleroSemVer::parse(v.server);
    if (!client) {
        out.refusal = Error::make(Error::Kind::BadOutput,
                                  tr("The velero CLI's version (%1) cannot be read, so its pairing with "
                                     "backup %2 cannot be checked.")
                                      .arg(v.client.isEmpty() ? tr("none") : v.client, backup));
        return out;
    }
    if (!v.server.isEmpty() && !server) {
        out.refusal = Error::make(Error::Kind::BadOutput,
                                  tr("The Velero server's version on %1 (%2) cannot be read, so its pairing "
                                     "with backup %3 cannot be checked.")
                                      .arg(cluster, v.server, backup));
        return out;
    }
    // Without a server yet, the one `velero install` deploys is the CLI's own version.
    const VeleroSemVer restorer = server ? *server : *client;
    out.summary =
        tr("velero client %1, server %2, backup %3 made by velero %4")
            .arg(client->toString(),
                 server ? server->toString() : tr("%1 (to be installed)").arg(client->toString()), backup,
                 v.backup.known() ? tr("%1 or newer (%2)").arg(v.backup.atLeast.minorKey(), v.backup.evidence)
                                  : tr("of an unknown release"));
    if (server && !sameMinor(*client, *server))
        out.warnings << tr("The velero CLI is %1 but the Velero server on %2 is %3: velero supports a "
                           "client and server of the same major.minor only, and warns about this "
                           "pairing. Use a velero CLI %4.x to run the restore.")
                            .arg(client->toString(), cluster, server->toString(), server->minorKey());
    if (v.backup.known() && newerMinor(v.backup.atLeast, restorer))
        out.refusal = Error::make(
            Error::Kind::BadInput,
            tr("Backup %1 was made by velero %2 or newer (%3), but the Velero server that would "
               "restore it on %4 is %5: an older Velero cannot be trusted to read a newer backup. "
               "Restore with velero %2 or newer (%6).")
                .arg(backup, v.backup.atLeast.minorKey(), v.backup.evidence, cluster, restorer.toString(),
                     server ? tr("upgrade the server on %1, or restore into a cluster without Velero")
                                  .arg(cluster)
                            : tr("a newer velero CLI installs a newer server")));
    return out;
}

} // namespace aks
