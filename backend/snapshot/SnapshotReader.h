#pragma once

#include "Manifest.h"
#include "Snapshot.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace aks {

// Opens a snapshot folder: the manifest first, then every file it lists, checked against its size
// and SHA-256 before anything is parsed. Every error names the file at fault; nothing is written.
class SnapshotReader {
    Q_DECLARE_TR_FUNCTIONS(SnapshotReader)
public:
    // Checks the manifest and every checksum; needs no passphrase, even for an encrypted snapshot.
    static Result<Manifest> verify(const QString& folder);
    // Verifies, decrypts when needed (an empty passphrase fails on an encrypted snapshot) and parses.
    static Result<Snapshot> load(const QString& folder, const QByteArray& passphrase = {});
    static bool looksLikeSnapshot(const QString& folder);
};

} // namespace aks
