#pragma once

#include "Manifest.h"
#include "Snapshot.h"
#include "SnapshotEncryption.h"
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
    // Checks the manifest, every checksum and that every file is encrypted exactly when the manifest
    // says so; needs no passphrase. With one, the snapshot must be encrypted and (format 2) its
    // manifest's MAC must match, so a downgrade to plaintext or a rewritten manifest fails.
    static Result<Manifest> verify(const QString& folder, const QByteArray& passphrase = {});
    // Verifies, decrypts when needed (an empty passphrase fails on an encrypted snapshot) and parses.
    static Result<Snapshot> load(const QString& folder, const QByteArray& passphrase = {});
    static bool looksLikeSnapshot(const QString& folder);

private:
    struct Opened {
        Manifest manifest;
        SnapshotEncryption::Key key; // derived and checked against the manifest MAC (format 2)
    };
    static Result<Opened> open(const QString& folder, const QByteArray& passphrase,
                               bool passphraseNeedsEncryption);
};

} // namespace aks
