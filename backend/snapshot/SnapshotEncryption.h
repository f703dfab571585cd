#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace aks {

// Encrypts the files of a snapshot that keeps its secrets, with a passphrase.
//
// File format (all integers big-endian):
//   offset  size  field
//   0       8     magic "AKSENC01"
//   8       4     PBKDF2 iteration count
//   12      16    salt (random)
//   28      12    AES-GCM nonce (random, new for every file)
//   40      n     ciphertext (AES-256-GCM of the plaintext)
//   40+n    16    GCM authentication tag
// key = PBKDF2-HMAC-SHA256(passphrase, salt, iterations, 32 bytes); bytes 0-39 (the header) are
// authenticated as additional data, so a changed count, salt or nonce fails like a changed byte.
// Since snapshot format 2 the additional data also holds a context naming the snapshot id and the
// file, so a file moved to another name or another snapshot fails too, and a second key derived
// from the same one authenticates the manifest (an HMAC-SHA256 over it).
class SnapshotEncryption {
    Q_DECLARE_TR_FUNCTIONS(SnapshotEncryption)
public:
    static constexpr int kDefaultIterations = 600000;
    static constexpr int kMinIterations = 1000;
    static constexpr int kSaltSize = 16;

    // A derived key, kept so that every file of one snapshot pays the key derivation once.
    struct Key {
        QByteArray salt;
        int iterations = 0;
        QByteArray key;
        QByteArray macKey; // HMAC-SHA256(key, "aks-recovery snapshot manifest")
    };

    static Result<Key> deriveKey(const QByteArray& passphrase, const QByteArray& salt, int iterations);
    static Result<Key> newKey(const QByteArray& passphrase, int iterations = kDefaultIterations);

    // `context` (fileContext(), empty for format 1) is authenticated with the header.
    static Result<QByteArray> encrypt(const Key& key, const QByteArray& plaintext,
                                      const QByteArray& context = {});
    // `source` names the file in error messages. `key` is reused when its salt and count match
    // the file's, and replaced by a freshly derived one otherwise.
    static Result<QByteArray> decrypt(const QByteArray& data, const QByteArray& passphrase, Key& key,
                                      const QString& source, const QByteArray& context = {});
    static bool isEncrypted(const QByteArray& data);

    // The additional data binding a file to its snapshot and name.
    static QByteArray fileContext(const QString& snapshotId, const QString& fileName);
    // HMAC-SHA256 of `data` with the key's MAC key, and its constant-time check.
    static QByteArray mac(const Key& key, const QByteArray& data);
    static bool macMatches(const Key& key, const QByteArray& data, const QByteArray& expected);
};

} // namespace aks
