// aks-test-writer MODE: rewrites one file over and over with growing, numbered content, printing
// "wrote N" after each completed write, until it is killed (tst_killsafety SIGKILLs it).
//   journal PATH   a RestoreJournal with N steps, saved with RestoreJournal::save()
//   settings       ToolSettings::save() into the QSettings file of $XDG_CONFIG_HOME
#include "env/ToolSettings.h"
#include "restore/RestoreJournal.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <cstdio>

using namespace aks;

namespace {

// The same text the test expects for write n, so a torn or mixed file cannot match.
QString payload(int n) {
    return QStringLiteral("write-%1-").arg(n) + QString(200 + (n % 17) * 37, QLatin1Char(char('a' + n % 26)));
}

int writeJournals(const QString& path) {
    RestorePlan plan;
    plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.deployment = QStringLiteral("aks-demo");
    plan.store = QStringLiteral("/nonexistent/store");
    plan.createdAt = QDateTime::currentDateTimeUtc();
    ClusterRestorePlan c;
    c.cluster = QStringLiteral("shop-prod");
    c.backup = QStringLiteral("daily-1");
    c.restoreName = QStringLiteral("restore-1");
    c.velero.provider = QStringLiteral("azure");
    c.velero.bucket = QStringLiteral("backups");
    c.velero.config = {
        {QStringLiteral("storageAccount"), QStringLiteral("acct")},
        {QStringLiteral("storageAccountKeyEnvVar"), QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")}};
    plan.clusters.append(c);
    RestoreJournal journal(plan, path);
    for (int n = 1; n < 100000; ++n) {
        JournalStep& s =
            journal.ensureStep(QStringLiteral("step-%1").arg(n), QStringLiteral("Step %1").arg(n),
                               QStringLiteral("shop-prod"), {QStringLiteral("velero version")});
        s.state = JournalStep::State::Done;
        s.message = payload(n);
        for (int i = 0; i < 20; ++i)
            s.log.append(payload(n));
        journal.setOutcome(RestoreJournal::Outcome::Running, payload(n));
        if (Status st = journal.save(); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
            return 1;
        }
        std::printf("wrote %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}

int writeSettings() {
    for (int n = 1; n < 100000; ++n) {
        ToolSettings t;
        t.powershell = QStringLiteral("pwsh-%1").arg(n);
        t.remoteHost = payload(n).repeated(1 + n % 40);
        t.rpoHours = 1 + n % 8000;
        t.commandTimeoutSec = 5 + n % 80000;
        t.save();
        std::printf("wrote %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("aks-recovery"));
    QCoreApplication::setApplicationName(QStringLiteral("aks-recovery"));
    const QStringList args = app.arguments();
    std::printf("ready\n");
    std::fflush(stdout);
    if (args.value(1) == QLatin1String("journal") && args.size() == 3)
        return writeJournals(args.at(2));
    if (args.value(1) == QLatin1String("settings"))
        return writeSettings();
    std::fprintf(stderr, "usage: aks-test-writer journal PATH | settings\n");
    return 2;
}
