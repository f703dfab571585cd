#include "CredentialStore.h"

#include <QEventLoop>
#include <QThread>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <optional>

#include <qt6keychain/keychain.h>

#include <spdlog/spdlog.h>

namespace aks {
namespace {

constexpr int kKeychainTimeoutMs = 30000;

QString kindName(StoreCredentials::Kind k) {
    switch (k) {
    case StoreCredentials::Kind::AzureSharedKey:
        return QStringLiteral("azure-key");
    case StoreCredentials::Kind::AzureSas:
        return QStringLiteral("azure-sas");
    case StoreCredentials::Kind::AwsKeys:
        return QStringLiteral("aws");
    }
    return {};
}

// What went wrong, in an admin's words: QtKeychain's own text is often a raw D-Bus error, which goes
// to the log only.
QString keychainReason(const QKeychain::Job& job) {
    spdlog::warn("OS keychain error {}: {}", int(job.error()), job.errorString().toStdString());
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return CredentialStore::tr("no keychain service (Secret Service or KWallet) is running in this "
                                   "desktop session");
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("the keychain's request for access was declined");
    case QKeychain::AccessDenied:
        return CredentialStore::tr("the keychain is locked or refused access");
    default:
        return CredentialStore::tr("the keychain service could not be reached");
    }
}

// Runs a keychain job to completion in a local event loop; false when the keychain never answered.
bool runJob(QKeychain::Job& job) {
    job.setAutoDelete(false);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kKeychainTimeoutMs);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return timeout.isActive();
}

// QtKeychain's backends keep per-thread state (a job queue object, the D-Bus/libsecret replies
// dispatched to the thread that asked), so jobs started from pool threads raced each other and
// crashed. Every keychain job runs on this one thread with its own event loop instead.
QObject* keychainAnchor() {
    static QObject* anchor = [] {
        auto* thread = new QThread; // lives as long as the process: keychain calls can come at any time
        thread->setObjectName(QStringLiteral("keychain"));
        thread->start();
        auto* o = new QObject;
        o->moveToThread(thread);
        return o;
    }();
    return anchor;
}

template <typename F> auto onKeychainThread(F f) -> decltype(f()) {
    QObject* anchor = keychainAnchor();
    if (QThread::currentThread() == anchor->thread())
        return f();
    std::optional<decltype(f())> result;
    QMetaObject::invokeMethod(
        anchor, [&] { result.emplace(f()); }, Qt::BlockingQueuedConnection);
    return std::move(*result);
}

Status saveOnKeychainThread(const QString& store, const StoreCredentials& c) {
    c.registerSecrets();
    QJsonObject o{{QStringLiteral("kind"), kindName(c.kind)}};
    if (!c.accountKey.isEmpty())
        o.insert(QStringLiteral("accountKey"), c.accountKey);
    if (!c.sasToken.isEmpty())
        o.insert(QStringLiteral("sasToken"), c.sasToken);
    if (!c.accessKeyId.isEmpty())
        o.insert(QStringLiteral("accessKeyId"), c.accessKeyId);
    if (!c.secretAccessKey.isEmpty())
        o.insert(QStringLiteral("secretAccessKey"), c.secretAccessKey);
    if (!c.sessionToken.isEmpty())
        o.insert(QStringLiteral("sessionToken"), c.sessionToken);

    QKeychain::WritePasswordJob job(QString::fromLatin1(CredentialStore::kService));
    job.setKey(store);
    job.setTextData(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!runJob(job))
        return Error::make(
            Error::Kind::Timeout,
            CredentialStore::tr("The OS keychain did not answer within %1 s; unlock it and try again.")
                .arg(kKeychainTimeoutMs / 1000));
    if (job.error() != QKeychain::NoError)
        return Error::make(Error::Kind::Generic,
                           CredentialStore::tr("The secret could not be saved in the OS keychain: %1.")
                               .arg(keychainReason(job)),
                           CredentialStore::tr("Unlock or start the keychain, or use the secret for this "
                                               "session only."));
    return {};
}

Result<std::optional<StoreCredentials>> loadOnKeychainThread(const QString& store) {
    QKeychain::ReadPasswordJob job(QString::fromLatin1(CredentialStore::kService));
    job.setKey(store);
    if (!runJob(job))
        return Error::make(
            Error::Kind::Timeout,
            CredentialStore::tr("The OS keychain did not answer within %1 s; unlock it and try again.")
                .arg(kKeychainTimeoutMs / 1000));
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<StoreCredentials>();
    if (job.error() != QKeychain::NoError)
        return Error::make(Error::Kind::Generic,
                           CredentialStore::tr("Cannot read the credentials for %1 from the OS keychain: %2.")
                               .arg(store, keychainReason(job)));

    const QJsonObject o = QJsonDocument::fromJson(job.textData().toUtf8()).object();
    StoreCredentials c;
    c.source = CredentialStore::tr("the OS keychain");
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("azure-key"))
        c.kind = StoreCredentials::Kind::AzureSharedKey;
    else if (kind == QLatin1String("azure-sas"))
        c.kind = StoreCredentials::Kind::AzureSas;
    else if (kind == QLatin1String("aws"))
        c.kind = StoreCredentials::Kind::AwsKeys;
    else
        return Error::make(
            Error::Kind::Corrupt,
            CredentialStore::tr(
                "The keychain entry for %1 is not one this app wrote; save the credentials again "
                "(aks-recovery credentials set %1).")
                .arg(store));
    c.accountKey = o.value(QStringLiteral("accountKey")).toString();
    c.sasToken = o.value(QStringLiteral("sasToken")).toString();
    c.accessKeyId = o.value(QStringLiteral("accessKeyId")).toString();
    c.secretAccessKey = o.value(QStringLiteral("secretAccessKey")).toString();
    c.sessionToken = o.value(QStringLiteral("sessionToken")).toString();
    c.registerSecrets();
    return std::optional<StoreCredentials>(std::move(c));
}

Status removeOnKeychainThread(const QString& store) {
    QKeychain::DeletePasswordJob job(QString::fromLatin1(CredentialStore::kService));
    job.setKey(store);
    if (!runJob(job))
        return Error::make(
            Error::Kind::Timeout,
            CredentialStore::tr("The OS keychain did not answer within %1 s; unlock it and try again.")
                .arg(kKeychainTimeoutMs / 1000));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error::make(
            Error::Kind::Generic,
            CredentialStore::tr("Cannot delete the credentials for %1 from the OS keychain: %2.")
                .arg(store, keychainReason(job)));
    return {};
}

} // namespace

QString CredentialStore::entryName(const StoreSpec& spec) {
    const QString endpoint =
        spec.endpoint.isEmpty()
            ? QStringLiteral("default")
            : spec.endpoint
                  .adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveUserInfo)
                  .toString();
    return spec.toString() + QStringLiteral(" endpoint=") + endpoint;
}

Status CredentialStore::save(const QString& store, const StoreCredentials& c) {
    return onKeychainThread([&] { return saveOnKeychainThread(store, c); });
}

Result<std::optional<StoreCredentials>> CredentialStore::load(const QString& store) {
    return onKeychainThread([&] { return loadOnKeychainThread(store); });
}

Status CredentialStore::remove(const QString& store) {
    return onKeychainThread([&] { return removeOnKeychainThread(store); });
}

} // namespace aks
