#include "RunPrivateFolder.h"

#include "env/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QUuid>

namespace aks {
namespace {

constexpr const char* kLockName = "run.lock";

QFileDevice::Permissions ownerOnly() {
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
}

} // namespace

RunPrivateFolder::RunPrivateFolder(QString root) : m_root(root.isEmpty() ? defaultRoot() : std::move(root)) {}

RunPrivateFolder::~RunPrivateFolder() {
    clear();
}

QString RunPrivateFolder::defaultRoot() {
    return QDir(AppPaths::journalDir()).filePath(QStringLiteral("private"));
}

Result<QString> RunPrivateFolder::path() {
    if (!m_path.isEmpty() && QDir(m_path).exists())
        return m_path;
    if (!QDir().mkpath(m_root))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not create the folder %1 for the run's credentials.").arg(m_root));
    QFile::setPermissions(m_root, ownerOnly());
    const QString dir =
        QDir(m_root).filePath(QStringLiteral("run-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    // mkdir, not mkpath: the name is new, and an existing folder (or link) must not be adopted.
    if (!QDir().mkdir(dir, ownerOnly()))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not create the private folder %1 for the run's credentials.").arg(dir));
    auto lock = std::make_unique<QLockFile>(QDir(dir).filePath(QLatin1String(kLockName)));
    lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    if (!lock->tryLock()) {
        QDir(dir).removeRecursively();
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not lock the private folder %1 for the run's credentials.").arg(dir));
    }
    m_lock = std::move(lock);
    m_path = dir;
    return m_path;
}

void RunPrivateFolder::clear() {
    if (m_path.isEmpty())
        return;
    m_lock.reset(); // unlocks and removes the lock file
    QDir(m_path).removeRecursively();
    m_path.clear();
}

int RunPrivateFolder::sweepStale(const QString& root) {
    const QDir dir(root.isEmpty() ? defaultRoot() : root);
    int removed = 0;
    for (const QString& name : dir.entryList({QStringLiteral("run-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = dir.filePath(name);
        QLockFile lock(QDir(folder).filePath(QLatin1String(kLockName)));
        lock.setStaleLockTime(0);
        // tryLock takes over a lock whose owner died; a live run's lock stays with it.
        if (!lock.tryLock())
            continue;
        lock.unlock();
        if (QDir(folder).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace aks
