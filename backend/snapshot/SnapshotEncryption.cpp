#include "SnapshotEncryption.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace aks {
namespace {

constexpr char kMagic[] = "AKSENC01";
constexpr int kMagicSize = 8;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kHeaderSize = kMagicSize + 4 + SnapshotEncryption::kSaltSize + kNonceSize;
constexpr int kMaxIterations = 50000000;

struct CtxDeleter {
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

const unsigned char* u(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}
unsigned char* u(QByteArray& b) {
    return reinterpret_cast<unsigned char*>(b.data());
}

Error cryptoError(const QString& what) {
    return Error::make(Error::Kind::Generic, what);
}

} // namespace

Result<SnapshotEncryption::Key> SnapshotEncryption::deriveKey(const QByteArray& passphrase,
                                                              const QByteArray& salt, int iterations) {
    if (passphrase.isEmpty())
        return Error::make(Error::Kind::BadInput, tr("The passphrase is empty."));
    if (salt.size() != kSaltSize || iterations < kMinIterations || iterations > kMaxIterations)
        return Error::make(Error::Kind::Corrupt, tr("The key derivation settings are out of range."));
    Key k{salt, iterations, QByteArray(32, '\0'), {}};
    if (PKCS5_PBKDF2_HMAC(passphrase.constData(), int(passphrase.size()), u(salt), int(salt.size()),
                          iterations, EVP_sha256(), int(k.key.size()), u(k.key)) != 1)
        return cryptoError(tr("OpenSSL could not derive a key from the passphrase."));
    // A separate key for the manifest's MAC, so the cipher key is used for one thing only.
    k.macKey =
        QMessageAuthenticationCode::hash("aks-recovery snapshot manifest", k.key, QCryptographicHash::Sha256);
    return k;
}

Result<SnapshotEncryption::Key> SnapshotEncryption::newKey(const QByteArray& passphrase, int iterations) {
    QByteArray salt(kSaltSize, '\0');
    if (RAND_bytes(u(salt), kSaltSize) != 1)
        return cryptoError(tr("OpenSSL could not produce random bytes for the salt."));
    return deriveKey(passphrase, salt, iterations);
}

QByteArray SnapshotEncryption::fileContext(const QString& snapshotId, const QString& fileName) {
    return QByteArrayLiteral("aks-recovery snapshot file") + '\0' + snapshotId.toUtf8() + '\0' +
           fileName.toUtf8();
}

QByteArray SnapshotEncryption::mac(const Key& key, const QByteArray& data) {
    return QMessageAuthenticationCode::hash(data, key.macKey, QCryptographicHash::Sha256);
}

bool SnapshotEncryption::macMatches(const Key& key, const QByteArray& data, const QByteArray& expected) {
    const QByteArray actual = mac(key, data);
    return !key.macKey.isEmpty() && expected.size() == actual.size() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

Result<QByteArray> SnapshotEncryption::encrypt(const Key& key, const QByteArray& plaintext,
                                               const QByteArray& context) {
    QByteArray header(kHeaderSize, '\0');
    memcpy(header.data(), kMagic, kMagicSize);
    qToBigEndian<quint32>(quint32(key.iterations), header.data() + kMagicSize);
    memcpy(header.data() + kMagicSize + 4, key.salt.constData(), kSaltSize);
    unsigned char* nonce = u(header) + kMagicSize + 4 + kSaltSize;
    if (RAND_bytes(nonce, kNonceSize) != 1)
        return cryptoError(tr("OpenSSL could not produce random bytes for the nonce."));

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out = header;
    out.resize(kHeaderSize + plaintext.size() + kTagSize);
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u(key.key), nonce) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(header), kHeaderSize) != 1 ||
        (!context.isEmpty() &&
         EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(context), int(context.size())) != 1) ||
        EVP_EncryptUpdate(ctx.get(), u(out) + kHeaderSize, &len, u(plaintext), int(plaintext.size())) != 1)
        return cryptoError(tr("OpenSSL could not encrypt the snapshot file."));
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), u(out) + kHeaderSize + total, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, u(out) + kHeaderSize + total + len) !=
            1)
        return cryptoError(tr("OpenSSL could not encrypt the snapshot file."));
    return out;
}

bool SnapshotEncryption::isEncrypted(const QByteArray& data) {
    return data.startsWith(QByteArray::fromRawData(kMagic, kMagicSize));
}

Result<QByteArray> SnapshotEncryption::decrypt(const QByteArray& data, const QByteArray& passphrase, Key& key,
                                               const QString& source, const QByteArray& context) {
    if (!isEncrypted(data) || data.size() < kHeaderSize + kTagSize)
        return Error::make(Error::Kind::Corrupt, tr("%1 is not an encrypted snapshot file.").arg(source));
    const int iterations = int(qFromBigEndian<quint32>(data.constData() + kMagicSize));
    const QByteArray salt = data.mid(kMagicSize + 4, kSaltSize);
    if (key.key.isEmpty() || key.salt != salt || key.iterations != iterations) {
        auto derived = deriveKey(passphrase, salt, iterations);
        if (!derived)
            return Error::make(derived.error().kind,
                               tr("Cannot decrypt %1: %2").arg(source, derived.error().message));
        key = *derived;
    }
    const unsigned char* nonce = u(data) + kMagicSize + 4 + kSaltSize;
    const int cipherSize = int(data.size()) - kHeaderSize - kTagSize;
    QByteArray plain(cipherSize, '\0');
    QByteArray tag = data.right(kTagSize);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u(key.key), nonce) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(data), kHeaderSize) != 1 ||
        (!context.isEmpty() &&
         EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(context), int(context.size())) != 1) ||
        EVP_DecryptUpdate(ctx.get(), u(plain), &len, u(data) + kHeaderSize, cipherSize) != 1)
        return cryptoError(tr("OpenSSL could not decrypt %1.").arg(source));
    const int written = len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, u(tag)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), u(plain) + written, &len) != 1)
        return Error::make(
            Error::Kind::PermissionDenied,
            tr("Cannot decrypt %1: the passphrase is wrong, or the file was changed or moved from another "
               "name or snapshot.")
                .arg(source));
    plain.resize(written + len);
    return plain;
}

} // namespace aks
