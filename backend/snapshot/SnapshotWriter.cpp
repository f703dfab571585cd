#include "SnapshotWriter.h"

#include "Manifest.h"
#include "SecretRedaction.h"
#include "SnapshotEncryption.h"
#include "SnapshotFormat.h"
#include "core/Logging.h"
#include "core/Redactor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace aks {
namespace {

// An export killed mid-way (power cut, SIGKILL) leaves its hidden .partial folder behind. The next
// export removes those older than an hour; a younger one may belong to an export still running.
void removeStalePartials(const QString& outDir) {
    const QDir dir(outDir);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral(".*.partial-*")},
                                                 QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (fi.lastModified().toUTC() < cutoff && !fi.isSymLink()) {
            QDir(fi.absoluteFilePath()).removeRecursively();
            logLine(LogLevel::Info, SnapshotWriter::tr("Removed %1, left by an interrupted snapshot export")
                                        .arg(QDir::toNativeSeparators(fi.absoluteFilePath())));
        }
    }
}

struct PendingFile {
    QString name;
    nlohmann::json content;
};

QString safeName(const QString& name) {
    QString s = name;
    s.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    while (s.startsWith(QLatin1Char('.')))
        s.remove(0, 1);
    return s.isEmpty() ? QStringLiteral("aks-hybrid") : s;
}

std::vector<PendingFile> filesOf(const Snapshot& s) {
    std::vector<PendingFile> files;
    files.push_back({snapshot::configFile(), s.config});
    for (const SnapshotCluster& c : s.clusters)
        files.push_back(
            {snapshot::clusterFile(safeName(c.name)),
             {{"name", c.name.toStdString()}, {"cluster", c.cluster}, {"nodePools", c.nodePools}}});
    files.push_back({snapshot::versionsFile(), s.versions});
    if (!s.registration.is_null())
        files.push_back({snapshot::registrationFile(), s.registration});
    if (!s.autoScalerProfiles.is_null())
        files.push_back({snapshot::autoScalerProfilesFile(), s.autoScalerProfiles});
    return files;
}

void syncDirectory(const QString& path) {
#ifdef Q_OS_UNIX
    // The rename is only durable once the parent folder's entry is on disk.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

QString SnapshotWriter::folderName(const Snapshot& snapshot) {
    const QDateTime t = snapshot.createdUtc.isValid() ? snapshot.createdUtc : QDateTime::currentDateTimeUtc();
    return safeName(snapshot.deployment) + QLatin1Char('-') +
           t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

int SnapshotWriter::stepCount(const Snapshot& snapshot) {
    return int(snapshot.clusters.size()) + 2 /*config, versions*/ +
           (snapshot.registration.is_null() ? 0 : 1) + (snapshot.autoScalerProfiles.is_null() ? 0 : 1) +
           2 /*manifest, rename*/;
}

Result<QString> SnapshotWriter::write(const Snapshot& snapshot, const QString& outDir, const Options& options,
                                      const CancelToken& cancel) {
    if (options.keepSecrets && options.passphrase.isEmpty())
        return Error::make(Error::Kind::BadInput,
                           tr("Keeping secrets in a snapshot needs a passphrase to encrypt them."),
                           tr("Give a passphrase, or let the secrets be redacted."));
    if (!QDir().mkpath(outDir))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Cannot create the snapshot folder %1.").arg(QDir::toNativeSeparators(outDir)),
                           tr("Check that the path is writable and the disk is not full."));
    const QString name = folderName(snapshot);
    const QString finalPath = QDir(outDir).absoluteFilePath(name);
    const auto exists = [&] {
        return Error::make(Error::Kind::BadInput,
                           tr("The snapshot %1 already exists; it is never overwritten.")
                               .arg(QDir::toNativeSeparators(finalPath)),
                           tr("Wait a second and export again, or choose another output folder."));
    };
    if (QFileInfo::exists(finalPath))
        return exists();

    removeStalePartials(outDir);
    QTemporaryDir temp(QDir(outDir).filePath(QLatin1Char('.') + name + QStringLiteral(".partial-XXXXXX")));
    if (!temp.isValid())
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Cannot create a temporary folder in %1: %2")
                               .arg(QDir::toNativeSeparators(outDir), temp.errorString()));

    std::optional<SnapshotEncryption::Key> key;
    if (options.keepSecrets) {
        auto k = SnapshotEncryption::newKey(options.passphrase, options.kdfIterations);
        if (!k)
            return k.error();
        key = *k;
    }

    Manifest manifest;
    manifest.formatVersion = snapshot::kFormatVersion;
    manifest.toolVersion = QString::fromLatin1(AKS_VERSION);
    manifest.host = snapshot.host.isEmpty() ? QSysInfo::machineHostName() : snapshot.host;
    manifest.createdUtc =
        snapshot.createdUtc.isValid() ? snapshot.createdUtc.toUTC() : QDateTime::currentDateTimeUtc();
    manifest.deployment = snapshot.deployment;
    manifest.clusters = snapshot.clusterNames();
    manifest.redacted = !options.keepSecrets;
    manifest.encrypted = options.keepSecrets;
    manifest.kdfIterations = options.keepSecrets ? options.kdfIterations : 0;
    manifest.snapshotId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (key)
        manifest.kdfSalt = key->salt;

    int step = 0;
    const auto beforeStep = [&]() -> Status {
        if (options.stepDelayMs > 0)
            (void)cancel.sleepUnlessCancelled(std::chrono::milliseconds(options.stepDelayMs));
        if (cancel.isCancelled())
            return Error::make(Error::Kind::Cancelled,
                               tr("The snapshot export was cancelled; nothing was kept."));
        if (step++ == options.failBeforeStep)
            return Error::make(Error::Kind::Generic,
                               tr("Simulated failure at step %1 (test hook).").arg(step - 1));
        return {};
    };
    const auto saveFile = [&](const QString& fileName, const QByteArray& bytes) -> Status {
        QSaveFile f(QDir(temp.path()).filePath(fileName));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return Error::make(
                Error::Kind::PermissionDenied,
                tr("Cannot write %1 of the snapshot: %2").arg(fileName, f.errorString()),
                tr("Check free disk space and permissions of %1.").arg(QDir::toNativeSeparators(outDir)));
        return {};
    };

    for (PendingFile& file : filesOf(snapshot)) {
        if (auto s = beforeStep(); !s)
            return s.error();
        QByteArray bytes;
        QString fileName = file.name;
        if (options.keepSecrets) {
            for (const QString& secret : SecretRedaction::secrets(file.content))
                Redactor::registerSecret(secret);
            fileName += QString::fromLatin1(snapshot::kEncryptedSuffix);
            auto encrypted =
                SnapshotEncryption::encrypt(*key, QByteArray::fromStdString(file.content.dump(2)) + '\n',
                                            SnapshotEncryption::fileContext(manifest.snapshotId, fileName));
            if (!encrypted)
                return encrypted.error();
            bytes = *encrypted;
        } else {
            SecretRedaction::redact(file.content);
            bytes = QByteArray::fromStdString(file.content.dump(2)) + '\n';
        }
        if (auto s = saveFile(fileName, bytes); !s)
            return s.error();
        manifest.files.push_back(
            {fileName,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
             bytes.size()});
    }

    if (auto s = beforeStep(); !s)
        return s.error();
    nlohmann::json manifestJson = manifest.toJson();
    if (key)
        manifestJson["manifestMac"] =
            SnapshotEncryption::mac(*key, Manifest::macInput(manifestJson)).toHex().toStdString();
    if (auto s = saveFile(snapshot::manifestFile(), QByteArray::fromStdString(manifestJson.dump(2)) + '\n');
        !s)
        return s.error();

    if (auto s = beforeStep(); !s)
        return s.error();
    if (QFileInfo::exists(finalPath))
        return exists();
    if (!QDir().rename(temp.path(), finalPath))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Cannot move the finished snapshot into place as %1.")
                               .arg(QDir::toNativeSeparators(finalPath)));
    temp.setAutoRemove(false);
    syncDirectory(outDir);
    logLine(LogLevel::Info, tr("Config snapshot written to %1").arg(QDir::toNativeSeparators(finalPath)));
    return finalPath;
}

} // namespace aks
