#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace aks {

// manifest.json: who wrote a snapshot, when, and the SHA-256 and size of every other file in it,
// so a copy that was cut short or edited is caught before anyone trusts it. From format 2 an
// encrypted snapshot's manifest also carries the key derivation's salt and an HMAC over the rest of
// the manifest with a key derived from the passphrase, so it cannot be rewritten (say, to plaintext
// files with fresh checksums) without the passphrase.
struct Manifest {
    Q_DECLARE_TR_FUNCTIONS(Manifest)
public:
    struct FileEntry {
        QString name;
        QString sha256; // lowercase hex
        qint64 size = 0;
    };

    int formatVersion = 0;
    QString toolVersion;
    QString host;
    QDateTime createdUtc;
    QString deployment;
    QStringList clusters;
    bool redacted = true;
    bool encrypted = false;
    int kdfIterations = 0; // PBKDF2 iterations when encrypted
    QByteArray kdfSalt;    // format 2, encrypted: the PBKDF2 salt every file was encrypted with
    QString snapshotId;    // format 2: random, bound into every encrypted file's associated data
    QByteArray mac;        // format 2, encrypted: HMAC-SHA256 over macInput()
    std::vector<FileEntry> files;

    const FileEntry* file(const QString& name) const;
    nlohmann::json toJson() const;
    // What the MAC covers: the manifest's JSON without its "manifestMac", in nlohmann's canonical
    // (sorted, compact) form, so writer and reader compute it over the same bytes.
    static QByteArray macInput(const nlohmann::json& manifestJson);
    // `source` names the file in error messages.
    static Result<Manifest> fromJson(const nlohmann::json& j, const QString& source);
};

} // namespace aks
