#include "../remote/AzuriteFixture.h"
#include "../remote/FaultProxy.h"
#include "../remote/S3Fixture.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "common/DialogFacade.h"
#include "core/Logging.h"
#include "credentials/CredentialStore.h"
#include "env/AppPaths.h"
#include "env/EnvironmentResolver.h"
#include "inspector/InspectorPage.h"
#include "jobs/JobManager.h"
#include "log/LogModel.h"
#include "store/OpenStoreDialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace aks;
using aks::test::AzuriteFixture;
using aks::test::FaultProxy;
using aks::test::S3Fixture;

namespace leaktest {

// A secret and the forms it could take on disk or in a command line.
struct Secret {
    QString name;
    QList<QByteArray> forms;
};

QByteArray lowerHexEscapes(QByteArray s) {
    for (qsizetype i = 0; i + 2 < s.size(); ++i)
        if (s[i] == '%') {
            s[i + 1] = char(std::tolower(s[i + 1]));
            s[i + 2] = char(std::tolower(s[i + 2]));
        }
    return s;
}

Secret makeSecret(const QString& name, const QByteArray& value) {
    Secret s{name, {value}};
    auto add = [&](const QByteArray& f) {
        if (f.size() >= 6 && !s.forms.contains(f))
            s.forms.append(f);
    };
    add(QUrl::toPercentEncoding(QString::fromUtf8(value)));
    add(lowerHexEscapes(QUrl::toPercentEncoding(QString::fromUtf8(value)))); // %2b as well as %2B
    add(value.toBase64());
    add(value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    // A base64 key may also leak as its raw bytes.
    const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() >= 16)
        add(decoded.decoded);
    return s;
}

// The soft "Max core file size" of a running process, from /proc/PID/limits.
QByteArray coreLimit(qint64 pid) {
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : limits.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return line.mid(int(qstrlen("Max core file size"))).simplified().split(' ').value(0);
    return {};
}

struct Hit {
    QString where; // file:line, or a stream's name
    QString secret;
};

// Every occurrence of every form of every secret in the files under `roots` and in `captured`.
// `skip` maps a secret's name to folders where it may legitimately be (the simulated machine).
QList<Hit> search(const QList<Secret>& secrets, const QStringList& roots,
                  const QMap<QString, QByteArray>& captured, const QMap<QString, QString>& skip = {}) {
    QList<Hit> hits;
    auto scan = [&](const QString& where, const QByteArray& data, const QString& path) {
        for (const Secret& s : secrets) {
            if (!path.isEmpty() && skip.contains(s.name) && path.startsWith(skip.value(s.name)))
                continue;
            for (const QByteArray& f : s.forms)
                for (qsizetype at = data.indexOf(f); at >= 0; at = data.indexOf(f, at + 1)) {
                    const int line = int(data.left(at).count('\n')) + 1;
                    hits.append({QStringLiteral("%1:%2").arg(where).arg(line), s.name});
                }
        }
    };
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                scan(path, f.readAll(), path);
        }
    }
    for (auto it = captured.cbegin(); it != captured.cend(); ++it)
        scan(it.key(), it.value(), QString());
    return hits;
}

// Polls every process's command line every few ms while the jobs run: secrets must never be
// arguments, since any local user can read /proc/PID/cmdline.
class CmdlineWatcher {
public:
    explicit CmdlineWatcher(const QList<Secret>& secrets) {
        for (const Secret& s : secrets)
            for (const QByteArray& f : s.forms)
                m_needles.push_back({s.name.toStdString(), f.toStdString()});
        m_thread = std::thread([this] { loop(); });
    }
    ~CmdlineWatcher() { stop(); }
    void stop() {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    QStringList hits() const {
        std::lock_guard lock(m_mutex);
        return m_hits;
    }
    int scans() const { return m_scans; }

private:
    void loop() {
        std::string buf(1 << 16, '\0');
        while (!m_stop) {
            DIR* proc = opendir("/proc");
            if (!proc)
                return;
            while (dirent* e = readdir(proc)) {
                if (e->d_name[0] < '1' || e->d_name[0] > '9')
                    continue;
                const std::string path = std::string("/proc/") + e->d_name + "/cmdline";
                const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
                if (fd < 0)
                    continue;
                const ssize_t n = ::read(fd, buf.data(), buf.size());
                ::close(fd);
                if (n <= 0)
                    continue;
                const std::string_view cmd(buf.data(), size_t(n));
                for (const auto& [name, needle] : m_needles)
                    if (cmd.find(needle) != std::string_view::npos) {
                        std::string shown(cmd);
                        std::replace(shown.begin(), shown.end(), '\0', ' ');
                        std::lock_guard lock(m_mutex);
                        const QString hit =
                            QStringLiteral("pid %1 has the %2 in its command line: %3")
                                .arg(QString::fromLatin1(e->d_name), QString::fromStdString(name),
                                     QString::fromStdString(shown).left(300));
                        if (!m_hits.contains(hit))
                            m_hits.append(hit);
                    }
            }
            closedir(proc);
            ++m_scans;
            std::this_thread::sleep_for(std::chrono::milliseconds(2)); // the poll period
        }
    }

    std::vector<std::pair<std::string, std::string>> m_needles;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_scans{0};
    mutable std::mutex m_mutex;
    QStringList m_hits;
};

} // namespace leaktest

using namespace leaktest;

// Runs every command-line job and a GUI session with known secrets, then looks for them in every
// file the app writes, in what it printed, and in the command lines of every process meanwhile.
class TestSecretLeak : public QObject {
    Q_OBJECT

    // The secrets. The storage key is this test's own: Azurite accepts it as the account's second key.
    const QByteArray m_storageKey =
        QCryptographicHash::hash("aks-recovery secret-leak storage key", QCryptographicHash::Sha512)
            .toBase64();
    const QByteArray m_wrongKey =
        QCryptographicHash::hash("aks-recovery secret-leak wrong key", QCryptographicHash::Sha512).toBase64();
    const QByteArray m_s3Secret = S3Fixture::kSecret;
    const QByteArray m_wrongS3Secret = "wrong-s3-secret-Zk81mQ";
    const QByteArray m_proxyPassword = "Pr0xy!Demo-Secret-2024"; // tools/sim-powershell/DemoSeed.cpp
    const QByteArray m_passphrase = "leak-test passphrase q7Tz";
    QByteArray m_sas;    // an account SAS signed with the storage key
    QByteArray m_sasSig; // its signature, the part that is secret

    AzuriteFixture m_azurite;
    S3Fixture m_s3;
    QTemporaryDir m_out;   // output folders: snapshots, plans, reports, captured output
    QTemporaryDir m_input; // the velero credentials files (they hold secrets by design): not searched
    QMap<QString, QByteArray> m_captured;
    std::unique_ptr<CmdlineWatcher> m_watcher;
    QString m_backup; // a backup name in the stores
    int m_runs = 0;
    static constexpr QLatin1String kSelfCheck{"aks-leak-selfcheck"};

    QList<Secret> secrets() const {
        return {makeSecret(QStringLiteral("storage key"), m_storageKey),
                makeSecret(QStringLiteral("wrong storage key"), m_wrongKey),
                makeSecret(QStringLiteral("SAS token"), m_sas),
                makeSecret(QStringLiteral("SAS signature"), m_sasSig),
                makeSecret(QStringLiteral("S3 secret"), m_s3Secret),
                makeSecret(QStringLiteral("wrong S3 secret"), m_wrongS3Secret),
                makeSecret(QStringLiteral("PowerShell proxy credential"), m_proxyPassword),
                makeSecret(QStringLiteral("snapshot passphrase"), m_passphrase)};
    }
    static QString home() { return QDir::homePath(); }
    QString demoState() const { return AppPaths::demoDir(); }

    // The environment of every job: the secrets are in it too, as they would be for a scheduled task.
    QProcessEnvironment baseEnv() const {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("DISPLAY"));
        e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        e.remove(QStringLiteral("AZURITE_ACCOUNTS"));
        e.insert(QStringLiteral("AKS_SIM_DELAY_MS"), QStringLiteral("5"));
        e.insert(QStringLiteral("AKS_SIM_RESTORE_MS"), QStringLiteral("100"));
        e.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(S3Fixture::kAccessKey));
        e.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(m_s3Secret));
        e.insert(QStringLiteral("AZURE_STORAGE_KEY"), QString::fromLatin1(m_storageKey));
        return e;
    }

    // aks-recovery -v ARGS, its output kept for the search; returns the exit code.
    int run(const QStringList& args, const QProcessEnvironment& env, const QByteArray& stdinData = {},
            QString* output = nullptr) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_out.path());
        const QStringList all = QStringList{QStringLiteral("-v")} + args;
        p.start(test::binary(QStringLiteral("aks-recovery")), all);
        if (!p.waitForStarted(10000))
            return -1;
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            test::killHard(p);
            p.waitForFinished();
        }
        const QString name =
            QStringLiteral("run %1 (aks-recovery %2)").arg(++m_runs).arg(all.join(QLatin1Char(' ')));
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        m_captured.insert(name + QStringLiteral(" stdout"), out);
        m_captured.insert(name + QStringLiteral(" stderr"), err);
        if (output)
            *output = QString::fromUtf8(out + err);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    int run(const QStringList& args, const QByteArray& stdinData = {}, QString* output = nullptr) {
        return run(args, baseEnv(), stdinData, output);
    }

    QStringList azure(const QString& prefix) const {
        return {QStringLiteral("--store"), QStringLiteral("azure://devstoreaccount1/velero/") + prefix,
                QStringLiteral("--endpoint"), m_azurite.endpoint().toString()};
    }
    QStringList s3(const QString& prefix) const {
        return {QStringLiteral("--store"),    QStringLiteral("s3://velero/") + prefix,
                QStringLiteral("--endpoint"), m_s3.endpoint().toString(),
                QStringLiteral("--region"),   QStringLiteral("minio")};
    }

    // backups, inspect --json and verify against one store; `ok` says whether they should succeed.
    void storeJobs(const QStringList& store, const QProcessEnvironment& env, bool ok, const QString& what) {
        QString out;
        const int backups = run(QStringList{QStringLiteral("backups")} + store, env, {}, &out);
        QVERIFY2((backups == 0) == ok, qPrintable(what + QStringLiteral(": backups: ") + out));
        if (ok)
            QVERIFY2(out.contains(m_backup), qPrintable(what + QStringLiteral(": ") + out));
        const int inspect = run(QStringList{QStringLiteral("inspect"), QStringLiteral("--json"),
                                            QStringLiteral("--backup"), m_backup} +
                                    store,
                                env, {}, &out);
        QVERIFY2((inspect == 0) == ok, qPrintable(what + QStringLiteral(": inspect: ") + out));
        const int verify =
            run(QStringList{QStringLiteral("verify"), QStringLiteral("--backup"), m_backup} + store, env, {},
                &out);
        QVERIFY2(ok ? verify != -1 && verify != 2 : verify == 1,
                 qPrintable(what + QStringLiteral(": verify: ") + out));
    }

    void writeFile(const QString& path, const QByteArray& data) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_out.isValid() && m_input.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("aks-recovery"));
        QCoreApplication::setApplicationName(QStringLiteral("aks-recovery"));
        // A fresh private home (aks_add_test), so files of earlier runs cannot hide or fake a leak.
        for (const QString& sub : {QStringLiteral("data"), QStringLiteral("config"), QStringLiteral("cache")})
            QDir(QDir(home()).filePath(sub)).removeRecursively();
        initLogging({AppPaths::logDir(), false, false});

        // The fixture uploads with Azurite's well-known key; the app gets only this test's key.
        qputenv("AZURITE_ACCOUNTS",
                QByteArray("devstoreaccount1:") + AzuriteFixture::kKey + ':' + m_storageKey);
        QString problem = m_azurite.start();
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("Azurite is required: ") + problem));
        problem = m_s3.start();
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("s3rver is required: ") + problem));
        QCOMPARE(m_azurite.createContainer("velero"), 201);
        m_sas = AzuriteFixture::accountSas(QDateTime::currentDateTimeUtc().addSecs(-600),
                                           QDateTime::currentDateTimeUtc().addSecs(3600), "rl", m_storageKey)
                    .toLatin1();
        m_sasSig = QByteArray::fromPercentEncoding(m_sas.mid(m_sas.indexOf("&sig=") + 5));

        m_watcher = std::make_unique<CmdlineWatcher>(secrets());

        // The demo's backups of shop-prod, two newest, copied into both stores under several prefixes.
        QCOMPARE(run({QStringLiteral("--demo-reset")}), 0);
        const QString source = demoState() + QStringLiteral("/store/shop-prod");
        QStringList names = QDir(source + QStringLiteral("/backups"))
                                .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(names.size() >= 2, qPrintable(source));
        names = names.mid(names.size() - 2);
        m_backup = names.last();
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = QDir(source).relativeFilePath(path);
            if (rel.startsWith(QLatin1String("backups/")) &&
                !names.contains(rel.section(QLatin1Char('/'), 1, 1)))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            for (const char* prefix : {"kc", "sas", "env", "file", "gui"})
                QCOMPARE(
                    m_azurite.putBlob("velero", QString::fromLatin1(prefix) + QLatin1Char('/') + rel, data),
                    201);
            for (const char* prefix : {"kc", "env", "file"})
                QCOMPARE(m_s3.put(QString::fromLatin1(prefix) + QLatin1Char('/') + rel, data), 200);
        }
    }

    void cleanupTestCase() {
        if (m_watcher)
            m_watcher->stop();
        for (const char* store : {"azure://devstoreaccount1/velero/kc", "azure://devstoreaccount1/velero/sas",
                                  "azure://devstoreaccount1/velero/gui", "s3://velero/kc"}) {
            auto spec = StoreSpec::parse(QString::fromLatin1(store));
            if (!spec)
                continue;
            spec->endpoint = spec->kind == StoreSpec::Kind::S3 ? m_s3.endpoint() : m_azurite.endpoint();
            if (!CredentialStore::remove(CredentialStore::entryName(*spec)))
                qWarning("could not remove the keychain entry of %s", store);
        }
    }

    // The searcher must find what it looks for, in every form, or a pass below would mean nothing.
    void searcherFindsAPlantedSecret() {
        const QString logs = m_input.filePath(QStringLiteral("selfcheck/data/aks-recovery/logs"));
        QVERIFY(QDir().mkpath(logs));
        const QString planted = logs + QStringLiteral("/aks-recovery.log");
        const QList<Secret> all = secrets();
        for (const Secret& s : all)
            for (const QByteArray& form : s.forms) {
                writeFile(planted, "line one\nsomething " + form + " more\n");
                const auto hits = search({s}, {m_input.filePath(QStringLiteral("selfcheck"))}, {});
                // One form may contain another (base64url is base64 without padding), so count files.
                QVERIFY2(!hits.isEmpty() &&
                             std::all_of(hits.cbegin(), hits.cend(),
                                         [&](const Hit& h) {
                                             return h.where.startsWith(planted + QLatin1Char(':'));
                                         }),

                         qPrintable(s.name + QLatin1Char(' ') + QString::fromLatin1(form.toHex())));
            }
        QVERIFY(QFile::remove(planted));
        QCOMPARE(search(all, {}, {{QStringLiteral("stderr"), "x " + m_sasSig + " y"}}).size(), qsizetype(1));
        // And the watcher sees a secret in a command line.
        QProcess p;
        p.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("sleep 0.3 # %1").arg(kSelfCheck),
                 QString::fromLatin1(m_passphrase)});
        QVERIFY(p.waitForFinished(10000));
        const QStringList seen = m_watcher->hits();
        QVERIFY2(std::any_of(seen.cbegin(), seen.cend(),
                             [](const QString& h) {
                                 return h.contains(kSelfCheck) &&
                                        h.contains(QLatin1String("snapshot passphrase"));
                             }),
                 qPrintable(seen.join(QLatin1Char('\n'))));
    }

    void storeCredentials() {
        QString out;
        QCOMPARE(run({QStringLiteral("credentials"), QStringLiteral("set"),
                      QStringLiteral("azure://devstoreaccount1/velero/kc"), QStringLiteral("--endpoint"),
                      m_azurite.endpoint().toString()},
                     m_storageKey + '\n', &out),
                 0);
        QCOMPARE(run({QStringLiteral("credentials"), QStringLiteral("set"),
                      QStringLiteral("azure://devstoreaccount1/velero/sas"), QStringLiteral("--sas"),
                      QStringLiteral("--endpoint"), m_azurite.endpoint().toString()},
                     '?' + m_sas + '\n', &out),
                 0);
        QCOMPARE(run({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("s3://velero/kc"),
                      QStringLiteral("--access-key-id"), QString::fromLatin1(S3Fixture::kAccessKey),
                      QStringLiteral("--endpoint"), m_s3.endpoint().toString()},
                     m_s3Secret + '\n', &out),
                 0);
        // import-file, keeping the file, which is outside the searched folders.
        const QString file = m_input.filePath(QStringLiteral("import-azure"));
        writeFile(file, "AZURE_STORAGE_ACCOUNT_ACCESS_KEY=" + m_storageKey +
                            "\nAZURE_CLOUD_NAME=AzurePublicCloud\n");
        QCOMPARE(run({QStringLiteral("credentials"), QStringLiteral("import-file"),
                      QStringLiteral("azure://devstoreaccount1/velero/file"), file,
                      QStringLiteral("--keep-file")}),
                 0);
        QCOMPARE(run({QStringLiteral("credentials"), QStringLiteral("delete"),
                      QStringLiteral("azure://devstoreaccount1/velero/file")}),
                 0);
    }

    void storeJobsWithEveryCredentialSource() {
        QProcessEnvironment none = baseEnv();
        for (const char* v : {"AZURE_STORAGE_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"})
            none.remove(QString::fromLatin1(v));
        // The keychain.
        storeJobs(azure(QStringLiteral("kc")), none, true, QStringLiteral("azure key, keychain"));
        storeJobs(azure(QStringLiteral("sas")), none, true, QStringLiteral("azure SAS, keychain"));
        storeJobs(s3(QStringLiteral("kc")), none, true, QStringLiteral("S3, keychain"));
        // The environment.
        storeJobs(azure(QStringLiteral("env")), baseEnv(), true, QStringLiteral("azure key, environment"));
        QProcessEnvironment sas = none;
        sas.insert(QStringLiteral("AZURE_STORAGE_SAS_TOKEN"), QLatin1Char('?') + QString::fromLatin1(m_sas));
        storeJobs(azure(QStringLiteral("env")), sas, true, QStringLiteral("azure SAS, environment"));
        storeJobs(s3(QStringLiteral("env")), baseEnv(), true, QStringLiteral("S3, environment"));
        // Velero's credentials files.
        const QString azureFile = m_input.filePath(QStringLiteral("credentials-velero-azure"));
        writeFile(azureFile, "AZURE_STORAGE_ACCOUNT_ACCESS_KEY=" + m_storageKey +
                                 "\nAZURE_CLOUD_NAME=AzurePublicCloud\n");
        const QString awsFile = m_input.filePath(QStringLiteral("credentials-velero-aws"));
        writeFile(awsFile, QByteArray("[default]\naws_access_key_id=") + S3Fixture::kAccessKey +
                               "\naws_secret_access_key=" + m_s3Secret + '\n');
        storeJobs(azure(QStringLiteral("file")) << QStringLiteral("--credentials-file") << azureFile, none,
                  true, QStringLiteral("azure key, credentials file"));
        storeJobs(s3(QStringLiteral("file")) << QStringLiteral("--credentials-file") << awsFile, none, true,
                  QStringLiteral("S3, credentials file"));
        // Wrong secrets, so the error paths print and log what they have.
        QProcessEnvironment wrong = none;
        wrong.insert(QStringLiteral("AZURE_STORAGE_KEY"), QString::fromLatin1(m_wrongKey));
        wrong.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(S3Fixture::kAccessKey));
        wrong.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(m_wrongS3Secret));
        storeJobs(azure(QStringLiteral("env")), wrong, false, QStringLiteral("azure, wrong key"));
        storeJobs(s3(QStringLiteral("env")), wrong, false, QStringLiteral("S3, wrong secret"));
        const QString wrongFile = m_input.filePath(QStringLiteral("credentials-velero-wrong"));
        writeFile(wrongFile, "AZURE_STORAGE_ACCOUNT_ACCESS_KEY=" + m_wrongKey + "\n");
        storeJobs(azure(QStringLiteral("file")) << QStringLiteral("--credentials-file") << wrongFile, none,
                  false, QStringLiteral("azure, wrong key in a credentials file"));
        // A SAS whose signature is wrong.
        QProcessEnvironment badSas = none;
        badSas.insert(QStringLiteral("AZURE_STORAGE_SAS_TOKEN"),
                      QString::fromLatin1(AzuriteFixture::accountSas(
                                              QDateTime::currentDateTimeUtc().addSecs(-600),
                                              QDateTime::currentDateTimeUtc().addSecs(3600), "rl", m_wrongKey)
                                              .toLatin1()));
        storeJobs(azure(QStringLiteral("env")), badSas, false,
                  QStringLiteral("azure, SAS with a wrong signature"));
    }

    void demoJobs() {
        QString out;
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("clusters")}, {}, &out), 0);
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("config")}, {}, &out), 0);
        QCOMPARE(
            run({QStringLiteral("--demo"), QStringLiteral("config"), QStringLiteral("--json")}, {}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("proxy"), Qt::CaseInsensitive), qPrintable(out));
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("env"), QStringLiteral("--json")}, {}, &out),
                 0);
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("history"), QStringLiteral("--cluster"),
                      QStringLiteral("shop-prod")},
                     {}, &out),
                 0);
        QVERIFY(run({QStringLiteral("--demo"), QStringLiteral("rpo"), QStringLiteral("--json")}, {}, &out) !=
                2);

        // Snapshots: redacted, then encrypted with the passphrase on stdin.
        const QString redacted = m_out.filePath(QStringLiteral("snapshots-redacted"));
        const QString encrypted = m_out.filePath(QStringLiteral("snapshots-encrypted"));
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("export"),
                      QStringLiteral("--out"), redacted},
                     {}, &out),
                 0);
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("export"),
                      QStringLiteral("--out"), encrypted, QStringLiteral("--keep-secrets")},
                     m_passphrase + '\n', &out),
                 0);
        const QStringList r = QDir(redacted).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const QStringList e = QDir(encrypted).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(r.size(), 1);
        QCOMPARE(e.size(), 1);
        QVERIFY(run({QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("diff"),
                     QDir(redacted).filePath(r.first()), QStringLiteral("live")},
                    {}, &out) != 2);
        QVERIFY2(run({QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("diff"),
                      QDir(encrypted).filePath(e.first()), QDir(redacted).filePath(r.first()),
                      QStringLiteral("--passphrase-stdin"), QStringLiteral("--json")},
                     m_passphrase + '\n', &out) != 2,
                 qPrintable(out));
        // A wrong passphrase, for the error path.
        QVERIFY(run({QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("diff"),
                     QDir(encrypted).filePath(e.first()), QStringLiteral("live"),
                     QStringLiteral("--passphrase-stdin")},
                    "not the passphrase\n", &out) != 0);

        // Restore: plan, dry run, a refused confirmation, then a real run with a report.
        const QString plan = m_out.filePath(QStringLiteral("plan.json"));
        QVERIFY2(run({QStringLiteral("--demo"), QStringLiteral("restore"), QStringLiteral("--write-plan"),
                      plan, QStringLiteral("--scenario"), QStringLiteral("corruption")},
                     {}, &out) == 0,
                 qPrintable(out));
        const QStringList runPlan{QStringLiteral("--demo"),          QStringLiteral("restore"),
                                  QStringLiteral("--plan"),          plan,
                                  QStringLiteral("--poll-interval"), QStringLiteral("0.1")};
        // The run reinstalls AKS hybrid with the proxy credential and restores every cluster. The demo
        // snapshot is redacted, so the secrets come on stdin (a file would put them under HOME); the
        // dry run needs them too, as it proves the snapshot replayable.
        const QByteArray secrets = "{\"proxyUser\": \"svc-aksproxy\", \"proxyPassword\": \"" +
                                   m_proxyPassword + "\", \"servicePrincipalSecret\": \"demo-sp-1234\"}";
        const QStringList secretsOnStdin{QStringLiteral("--secrets-file"), QStringLiteral("-")};
        QVERIFY2(run(runPlan + secretsOnStdin + QStringList{QStringLiteral("--dry-run")}, secrets, &out) == 0,
                 qPrintable(out));
        QCOMPARE(
            run(runPlan + secretsOnStdin + QStringList{QStringLiteral("--confirm"), QStringLiteral("not-it")},
                secrets, &out),
            1);
        const QString report = m_out.filePath(QStringLiteral("report.html"));
        const int restored =
            run(runPlan + QStringList{QStringLiteral("--resume"), QStringLiteral("--confirm"),
                                      QStringLiteral("aks-demo"), QStringLiteral("--report"), report,
                                      QStringLiteral("--secrets-file"), QStringLiteral("-")},
                secrets, &out);
        QVERIFY2(restored == 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("(install-management)")), qPrintable(out));
        QVERIFY(QFileInfo::exists(report));
        QVERIFY(!QDir(AppPaths::journalDir()).isEmpty());
    }

    // A job that dies of a signal: what it printed until then, and no core file. Core dumps are
    // allowed to this test's children (and to ASan's), so only the app's own limit keeps them off.
    void crashOutput() {
        rlimit core{};
        QVERIFY(::getrlimit(RLIMIT_CORE, &core) == 0);
        QVERIFY2(core.rlim_max != 0, "core dumps are off for this test (hard limit 0), so it could not tell");
        const auto restoreLimit = qScopeGuard([original = core] { ::setrlimit(RLIMIT_CORE, &original); });
        core.rlim_cur = core.rlim_max;
        QVERIFY(::setrlimit(RLIMIT_CORE, &core) == 0);
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":disable_coredump=0"));
        // Every request that names the backup stalls, so the job is mid-way, holding the storage
        // key, when the signal comes; the proxy's log says when it got there.
        FaultProxy stall;
        const QString problem = stall.start(m_azurite.endpoint().port());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(stall.add(QJsonObject{{QStringLiteral("match"), m_backup},
                                      {QStringLiteral("action"), QStringLiteral("stall")},
                                      {QStringLiteral("beforeHeaders"), true},
                                      {QStringLiteral("times"), 1000}}));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_out.path());
        p.start(test::binary(QStringLiteral("aks-recovery")),
                {QStringLiteral("-v"), QStringLiteral("verify"), QStringLiteral("--backup"), m_backup,
                 QStringLiteral("--store"), QStringLiteral("azure://devstoreaccount1/velero/env"),
                 QStringLiteral("--endpoint"), stall.endpoint().toString()});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!stall.requestsTo(m_backup).isEmpty() || p.state() != QProcess::Running,
                                 60000);
        QCOMPARE(p.state(), QProcess::Running);
        const QByteArray limit = leaktest::coreLimit(p.processId());
        QCOMPARE(::kill(pid_t(p.processId()), SIGABRT), 0);
        QVERIFY(p.waitForFinished(60000));
        m_captured.insert(QStringLiteral("aborted verify stdout"), p.readAllStandardOutput());
        m_captured.insert(QStringLiteral("aborted verify stderr"), p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QCOMPARE(p.exitCode(), SIGABRT); // Qt reports the signal as the exit code of a crash
        QCOMPARE(limit, QByteArray("0"));
        QVERIFY(QDir(m_out.path()).entryList({QStringLiteral("core*")}, QDir::Files).isEmpty());
    }

    // The GUI: the main window on the demo environment opens Azurite through the store dialog,
    // which saves the typed key in the keychain through a job.
    void guiSession() {
        JobManager jobs;
        LogModel log;
        DialogFacade dialogs;
        EnvironmentOverrides overrides;
        overrides.demo = true;
        auto env = EnvironmentResolver::resolve(overrides, ToolSettings::load());
        QVERIFY(env.ok());
        auto window = std::make_unique<MainWindow>(AppContext{*env, &jobs, &log, &dialogs});
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(MainWindow::Inspector);
        auto* inspector = qobject_cast<InspectorPage*>(window->page(MainWindow::Inspector));
        QVERIFY(inspector);
        QSignalSpy loaded(inspector, &InspectorPage::storeLoaded);
        inspector->openStoreDialog();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("openStoreDialog"))) &&
                    dialog->isVisible());
        dialog->findChild<QComboBox*>(QStringLiteral("storeKind"))
            ->setCurrentIndex(OpenStoreDialog::AzurePage);
        auto type = [&](const char* name, const QString& text) {
            auto* e = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
            QVERIFY2(e, name);
            e->clear();
            QTest::keyClicks(e, text);
        };
        type("azureAccount", QStringLiteral("devstoreaccount1"));
        type("azureContainer", QStringLiteral("velero"));
        type("azurePrefix", QStringLiteral("gui"));
        type("azureEndpoint", m_azurite.endpoint().toString());
        type("azureSecret", QString::fromLatin1(m_storageKey));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("openStoreButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, 30000);
        QCOMPARE(loaded.first().first().toInt(), 2);
        QSignalSpy backupLoaded(inspector, &InspectorPage::backupLoaded);
        inspector->selectBackup(m_backup);
        QTRY_VERIFY_WITH_TIMEOUT(backupLoaded.size() >= 1, 30000);
        dialogs.setNextAnswer(QMessageBox::Yes); // quit even if a job still runs
        window->close();
        window.reset();
        spdlog::default_logger()->flush();
    }

    void noSecretAnywhere() {
        m_watcher->stop();
        QStringList inCmdlines = m_watcher->hits();
        inCmdlines.removeIf([](const QString& h) { return h.contains(kSelfCheck); });
        QVERIFY2(m_watcher->scans() > 100, qPrintable(QString::number(m_watcher->scans())));
        // The demo's simulated machine holds its own proxy password by design; it is not the app's.
        const auto hits =
            search(secrets(), {home(), m_out.path()}, m_captured,
                   {{QStringLiteral("PowerShell proxy credential"), demoState() + QLatin1Char('/')}});
        QStringList lines = inCmdlines;
        for (const Hit& h : hits)
            lines << QStringLiteral("%1: %2").arg(h.where, h.secret);
        qInfo("%d jobs run, %d command-line scans, %lld captured streams searched", m_runs,
              m_watcher->scans(), qlonglong(m_captured.size()));
        QVERIFY2(lines.isEmpty(),
                 qPrintable(QStringLiteral("secrets leaked:\n") + lines.join(QLatin1Char('\n'))));
        // The demo restore did hand the proxy credential to the simulator, so it was exercised.
    }
};

QTEST_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
