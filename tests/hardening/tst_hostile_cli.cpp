// Every hostile backup of storegen's corpus (plus a tarball cut at several offsets and a 200 MiB
// object) through the real command line, `aks-recovery inspect --json` and `aks-recovery verify`,
// each as its own process: it must fail cleanly (exit 1, no signal, no sanitizer report), name the
// backup and the artifact, stay under a memory bound, finish in time, and write nothing: not the
// paths the corpus tries to escape to, and not into the store.
#include "HostileCorpus.h"
#include "StoreWriter.h"
#include "TestEnv.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

using namespace aks;
using namespace aks::storegen;

namespace {

// The bound on the child's peak resident memory. The reader streams the tarball and caps every
// object, so a 1 GiB bomb or a 200 MiB object must cost no more than a small backup does, plus
// the per-object cap. Sanitizers add their shadow memory and quarantine, hence more room there.
#if defined(AKS_SANITIZED)
constexpr qint64 kPeakRssBoundKiB = 600 * 1024;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 kPeakRssBoundKiB = 600 * 1024;
#else
constexpr qint64 kPeakRssBoundKiB = 200 * 1024;
#endif
#else
constexpr qint64 kPeakRssBoundKiB = 200 * 1024;
#endif
constexpr int kTimeoutMs = 30000; // per command
constexpr qint64 kBombBytes = qint64(1) << 30;

struct Outcome {
    int exitCode = -1;
    int signal = 0;
    bool timedOut = false;
    qint64 peakRssKiB = -1; // ru_maxrss of the child, from wait4()
    qint64 ms = 0;
    QString out;
    QString err;
};

QString readText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Runs `program args` in `cwd` with stdout/stderr to files (no pipe to drain), and reaps it with
// wait4() so its own peak RSS comes back; SIGKILL after the timeout.
Outcome runChild(const QString& program, const QStringList& args, const QString& cwd, const QString& logBase,
                 const QProcessEnvironment& env) {
    Outcome o;
    std::vector<QByteArray> argStore{QFile::encodeName(program)};
    for (const QString& a : args)
        argStore.push_back(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore;
    for (const QString& kv : env.toStringList())
        envStore.push_back(kv.toUtf8());
    std::vector<char*> envp;
    for (QByteArray& kv : envStore)
        envp.push_back(kv.data());
    envp.push_back(nullptr);

    const QByteArray outPath = QFile::encodeName(logBase + QStringLiteral(".out"));
    const QByteArray errPath = QFile::encodeName(logBase + QStringLiteral(".err"));
    const QByteArray dir = QFile::encodeName(cwd);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addchdir_np(&actions, dir.constData());
    pid_t pid = 0;
    QElapsedTimer t;
    t.start();
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        o.err = QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(strerror(rc)));
        return o;
    }

    // Wait on a pidfd where the kernel has one; else poll every 10 ms. Either way with a deadline.
    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            break;
        const qint64 left = kTimeoutMs - t.elapsed();
        if (left <= 0) {
            o.timedOut = true;
            ::kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        if (pidfd >= 0) {
            pollfd p{pidfd, POLLIN, 0};
            ::poll(&p, 1, int(left));
        } else {
            ::poll(nullptr, 0, int(std::min<qint64>(left, 10)));
        }
    }
    if (pidfd >= 0)
        ::close(pidfd);
    o.ms = t.elapsed();
    o.peakRssKiB = usage.ru_maxrss; // kilobytes on Linux
    if (WIFEXITED(status))
        o.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        o.signal = WTERMSIG(status);
    o.out = readText(logBase + QStringLiteral(".out"));
    o.err = readText(logBase + QStringLiteral(".err"));
    return o;
}

// Path -> type, size, mtime of everything below `root`, links not followed.
QMap<QString, QString> snapshot(const QString& root) {
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi = it.fileInfo();
        const QString type = fi.isSymLink() ? QStringLiteral("link")
                             : fi.isDir()   ? QStringLiteral("dir")
                                            : QStringLiteral("file");
        out.insert(path.mid(root.size()), QStringLiteral("%1 %2 %3")
                                              .arg(type)
                                              .arg(fi.isDir() ? 0 : fi.size())
                                              .arg(fi.lastModified().toMSecsSinceEpoch()));
    }
    return out;
}

QString diff(const QMap<QString, QString>& before, const QMap<QString, QString>& after) {
    QStringList lines;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            lines << QStringLiteral("+ %1 %2").arg(it.key(), it.value());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            lines << QStringLiteral("- %1").arg(it.key());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestHostileCli : public QObject {
    Q_OBJECT

    // Layout, all below one temporary folder so nothing escapes unnoticed:
    //   store/backups/<name>/...   the hostile backups (must stay byte for byte as written)
    //   a/b/cwd/                    the children's working folder, so ../../escape.json is inside
    //   tmp/                        the children's TMPDIR (must stay empty)
    //   logs/                       their stdout and stderr (outside the snapshot)
    QTemporaryDir m_root;
    QTemporaryDir m_logs;
    QString m_store, m_cwd, m_childTmp;
    QMap<QString, QString> m_before;
    QByteArray m_absEscapeBefore; // /tmp/aks-escape.json, if something else left it there
    int m_runs = 0;

    QStringList storeArgs(const QString& backup) const {
        return {QStringLiteral("--store"), m_store, QStringLiteral("--backup"), backup};
    }

    // The escape paths the corpus tries, resolved against every folder a careless extractor might
    // start from.
    QStringList escapeCandidates() const {
        QStringList out;
        for (const QString& base : QStringList{m_cwd, m_store, m_store + QStringLiteral("/backups/x"),
                                               m_store + QStringLiteral("/backups/x/resources")})
            for (const char* rel :
                 {"escape.json", "../escape.json", "../../escape.json", "resources/../../escape.json"})
                out << QDir::cleanPath(base + QLatin1Char('/') + QLatin1String(rel));
        out << QDir::homePath() + QStringLiteral("/escape.json") << QStringLiteral("/escape.json")
            << QDir::tempPath() + QStringLiteral("/escape.json");
        out.removeDuplicates();
        return out;
    }

    void checkNothingWritten(const QString& what) {
        const auto after = snapshot(m_root.path());
        QVERIFY2(after == m_before,
                 qPrintable(what + QStringLiteral(" changed files:\n") + diff(m_before, after)));
        for (const QString& p : escapeCandidates())
            QVERIFY2(!QFileInfo::exists(p), qPrintable(what + QStringLiteral(" wrote ") + p));
        QFile abs(QStringLiteral("/tmp/aks-escape.json"));
        if (m_absEscapeBefore.isNull())
            QVERIFY2(!abs.exists(), qPrintable(what + QStringLiteral(" wrote /tmp/aks-escape.json")));
        else
            QVERIFY(abs.open(QIODevice::ReadOnly) && abs.readAll() == m_absEscapeBefore);
        QVERIFY2(
            QDir(m_childTmp).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            qPrintable(what + QStringLiteral(" left files in its TMPDIR")));
    }

    Outcome run(const QStringList& args) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), m_childTmp);
        const QString log = m_logs.filePath(QStringLiteral("run-%1").arg(++m_runs));
        return runChild(aks::test::binary(QStringLiteral("aks-recovery")), args, m_cwd, log, env);
    }

    void checkFailure(const Outcome& o, const QString& what, int exitCode, const QString& backup,
                      const QRegularExpression& artifact, const QRegularExpression& why) {
        const QString text = o.out + o.err;
        const QString ctx = QStringLiteral("%1: exit %2 signal %3 in %4 ms, peak RSS %5 KiB\n%6")
                                .arg(what)
                                .arg(o.exitCode)
                                .arg(o.signal)
                                .arg(o.ms)
                                .arg(o.peakRssKiB)
                                .arg(text.left(4000));
        QVERIFY2(!o.timedOut, qPrintable(QStringLiteral("timed out after %1 ms; ").arg(kTimeoutMs) + ctx));
        QVERIFY2(o.signal == 0, qPrintable(ctx));
        QVERIFY2(!text.contains(QLatin1String("Sanitizer")) &&
                     !text.contains(QLatin1String("runtime error:")),
                 qPrintable(ctx));
        QVERIFY2(o.exitCode == exitCode, qPrintable(ctx));
        QVERIFY2(o.peakRssKiB > 0 && o.peakRssKiB < kPeakRssBoundKiB,
                 qPrintable(QStringLiteral("bound %1 KiB; ").arg(kPeakRssBoundKiB) + ctx));
        if (exitCode == 0)
            return;
        QVERIFY2(text.contains(backup), qPrintable(ctx));
        QVERIFY2(artifact.match(text).hasMatch(), qPrintable(ctx));
        QVERIFY2(why.match(text).hasMatch(), qPrintable(ctx));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_root.isValid() && m_logs.isValid());
        QVERIFY2(QFileInfo::exists(aks::test::binary(QStringLiteral("aks-recovery"))),
                 qPrintable(aks::test::binary(QStringLiteral("aks-recovery"))));
        m_store = m_root.filePath(QStringLiteral("store"));
        m_cwd = m_root.filePath(QStringLiteral("a/b/cwd"));
        m_childTmp = m_root.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_cwd) && QDir().mkpath(m_childTmp) && QDir().mkpath(m_store));
        QFile abs(QStringLiteral("/tmp/aks-escape.json"));
        if (abs.open(QIODevice::ReadOnly))
            m_absEscapeBefore = abs.readAll();

        QElapsedTimer t;
        t.start();
        for (const QString& kind : hostileKindNames())
            QVERIFY(writeHostileBackup(m_store, QStringLiteral("hostile-") + kind, *parseHostileKind(kind),
                                       kBombBytes)
                        .ok());
        // The same sound backup cut at 10 %, 50 % and 90 % of its tarball, and just before its end
        // (the gzip trailer: CRC and length).
        const QList<QPair<QString, double>> cuts{{QStringLiteral("cut-10pct"), 0.1},
                                                 {QStringLiteral("cut-50pct"), 0.5},
                                                 {QStringLiteral("cut-90pct"), 0.9},
                                                 {QStringLiteral("cut-last10"), -1}};
        for (const auto& [name, fraction] : cuts) {
            BackupSpec b;
            b.name = name;
            b.objects = ObjectFactory(7).makeNamespace(QStringLiteral("shop"), 40);
            QVERIFY(writeBackup(m_store, b).ok());
            QFile tar(QStringLiteral("%1/backups/%2/%2.tar.gz").arg(m_store, name));
            const qint64 size = tar.size();
            QVERIFY(size > 1000);
            QVERIFY(tar.resize(fraction < 0 ? size - 10 : qint64(double(size) * fraction)));
        }
        qInfo("hostile store written in %lld ms", t.elapsed());
        m_before = snapshot(m_root.path());
    }

    void hostile_data() {
        QTest::addColumn<QString>("backup");
        QTest::addColumn<int>("inspectExit");
        QTest::addColumn<QString>("artifact"); // regular expression
        QTest::addColumn<QString>("why");      // regular expression, in inspect's message or verify's
        auto tarball = [](const QString& backup) {
            return QStringLiteral("Backup %1, artifact %1\\.tar\\.gz: ").arg(backup);
        };
        const QMap<QString, QString> why{
            {QStringLiteral("truncated-gzip"), QStringLiteral("truncated")},
            {QStringLiteral("corrupt-gzip"), QStringLiteral("corrupt gzip data|not a valid tar stream")},
            {QStringLiteral("gzip-bomb"), QStringLiteral("more than|decompression bomb")},
            {QStringLiteral("dotdot-path"), QStringLiteral("escape")},
            {QStringLiteral("absolute-path"), QStringLiteral("escape")},
            {QStringLiteral("symlink"), QStringLiteral("symbolic link")},
            {QStringLiteral("hardlink"), QStringLiteral("hard link")},
            {QStringLiteral("device"), QStringLiteral("character device")},
            {QStringLiteral("directory"), QStringLiteral("directory")},
            {QStringLiteral("invalid-utf8"), QStringLiteral("not valid JSON")},
            {QStringLiteral("invalid-json"), QStringLiteral("not valid JSON")},
            {QStringLiteral("deep-json"), QStringLiteral("not valid JSON")},
            {QStringLiteral("huge-object"), QStringLiteral("more than|decompression bomb")},
        };
        for (const QString& kind : hostileKindNames()) {
            const QString backup = QStringLiteral("hostile-") + kind;
            // Tarballs Velero restores, though not as written: inspect reads them as Velero does
            // (exit 0) and verify names the entry at fault.
            const QMap<QString, QString> readOtherwise{
                {QStringLiteral("duplicate"), QStringLiteral("replaces an earlier entry")},
                {QStringLiteral("dotslash-backdoor"),
                 QStringLiteral(
                     "ClusterRoleBinding backdoor \\(entry \"\\./resources/"
                     "clusterrolebindings[^\"]*\"\\) would be restored by Velero but is not in the "
                     "resource list")},
                {QStringLiteral("pax-size-backdoor"),
                 QStringLiteral("ClusterRoleBinding backdoor .*not in the resource list")},
                {QStringLiteral("oldgnu-backdoor"),
                 QStringLiteral("ClusterRoleBinding backdoor .*not in the resource list")},
                {QStringLiteral("shadowing-entry"),
                 QStringLiteral("restored by Velero as resources/namespaces/cluster/shop\\.json")},
                {QStringLiteral("continuous-entry"), QStringLiteral("of tar type '7'")},
            };
            if (readOtherwise.contains(kind)) {
                QTest::newRow(qPrintable(kind))
                    << backup << 0 << tarball(backup) << readOtherwise.value(kind);
                continue;
            }
            if (kind == QLatin1String("missing-object")) {
                // The tarball itself is sound, so inspect (which reads it) succeeds; verify compares
                // it with the resource list and names the object that is missing.
                QTest::newRow(qPrintable(kind))
                    << backup << 0 << QStringLiteral("in the resource list but not in the tarball")
                    << QStringLiteral("apps/v1/Deployment shop/vanished");
                continue;
            }
            QVERIFY2(why.contains(kind),
                     qPrintable(QStringLiteral("no expectation for the new kind ") + kind));
            QTest::newRow(qPrintable(kind)) << backup << 1 << tarball(backup) << why.value(kind);
        }
        for (const char* cut : {"cut-10pct", "cut-50pct", "cut-90pct", "cut-last10"}) {
            const QString backup = QString::fromLatin1(cut);
            QTest::newRow(cut) << backup << 1 << tarball(backup)
                               << QStringLiteral("truncated|unexpected end");
        }
    }

    void hostile() {
        QFETCH(QString, backup);
        QFETCH(int, inspectExit);
        QFETCH(QString, artifact);
        QFETCH(QString, why);
        const QRegularExpression artifactRe(artifact);
        const QRegularExpression whyRe(why, QRegularExpression::CaseInsensitiveOption);

        const Outcome inspect = run(QStringList{QStringLiteral("inspect")} + storeArgs(backup) +
                                    QStringList{QStringLiteral("--json")});
        checkFailure(inspect, QStringLiteral("inspect"), inspectExit, backup, artifactRe, whyRe);
        checkNothingWritten(QStringLiteral("inspect ") + backup);

        if (backup.endsWith(QLatin1String("-backdoor"))) {
            // What Velero would restore is what inspect lists: the added cluster-admin binding too.
            const Outcome list = run(QStringList{QStringLiteral("inspect")} + storeArgs(backup) +
                                     QStringList{QStringLiteral("--list")});
            QCOMPARE(list.exitCode, 0);
            QVERIFY2(
                list.out.contains(QLatin1String("rbac.authorization.k8s.io/v1/ClusterRoleBinding backdoor")),
                qPrintable(list.out));
            checkNothingWritten(QStringLiteral("inspect --list ") + backup);
        }

        const Outcome verify = run(QStringList{QStringLiteral("verify")} + storeArgs(backup));
        checkFailure(verify, QStringLiteral("verify"), 1, backup, artifactRe, whyRe);
        checkNothingWritten(QStringLiteral("verify ") + backup);
        qInfo("%s: inspect exit %d in %lld ms, %lld KiB; verify exit %d in %lld ms, %lld KiB",
              qPrintable(backup), inspect.exitCode, inspect.ms, inspect.peakRssKiB, verify.exitCode,
              verify.ms, verify.peakRssKiB);
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
