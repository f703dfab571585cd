#include "SnapshotCommand.h"

#include "akshci/AksHciClient.h"
#include "snapshot/SnapshotCapture.h"
#include "snapshot/SnapshotCatalog.h"
#include "snapshot/SnapshotDiff.h"
#include "snapshot/SnapshotReader.h"
#include "snapshot/SnapshotWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace aks {
namespace {

// The passphrase is the first line of stdin, so it never appears in argv or the environment.
QByteArray readPassphrase() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

QString entryLine(const DiffEntry& e) {
    const QString where = e.section + QStringLiteral(": ") + e.field;
    switch (e.status) {
    case DiffEntry::Status::Changed:
        return QStringLiteral("%1 -> %2").arg(where + QStringLiteral(": ") + e.oldValue, e.newValue);
    case DiffEntry::Status::Added:
        return where + QStringLiteral(": ") + e.newValue;
    case DiffEntry::Status::Removed:
        return where + QStringLiteral(": ") + e.oldValue;
    case DiffEntry::Status::Equal:
        break;
    }
    return where;
}

} // namespace

QString SnapshotCommand::usage() const {
    return tr(
        "Usage:\n"
        "  aks-recovery snapshot export --out DIR [--cluster NAME]... [--name NAME] [--keep-secrets]\n"
        "  aks-recovery snapshot diff A B [--json] [--passphrase-stdin]   (A, B: snapshot folders or "
        "'live')\n"
        "  aks-recovery snapshot verify DIR [--passphrase-stdin]\n"
        "  aks-recovery snapshot list DIR [--json]\n"
        "Exit codes: 0 done (diff: what matters is equal), 1 failed (diff: it differs), 2 bad usage.\n");
}

int SnapshotCommand::run(const QStringList& args, CliContext& ctx) {
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("export"))
        return runExport(rest, ctx);
    if (sub == QLatin1String("diff"))
        return runDiff(rest, ctx);
    if (sub == QLatin1String("verify"))
        return runVerify(rest, ctx);
    if (sub == QLatin1String("list"))
        return runList(rest, ctx);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        ctx.out << usage();
        return ExitOk;
    }
    if (sub.isEmpty())
        ctx.err << tr("snapshot needs a subcommand: export, diff, verify or list.") << Qt::endl;
    else
        ctx.err << tr("Unknown snapshot subcommand '%1'.").arg(sub) << Qt::endl;
    ctx.err << usage();
    return ExitUsage;
}

int SnapshotCommand::runExport(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Export Get-AksHciConfig, every workload cluster with its node pools and the "
           "versions into a new snapshot folder under DIR."));
    p.addOption({QStringLiteral("out"), tr("Folder that receives the snapshot folder."), tr("DIR")});
    p.addOption({QStringLiteral("cluster"), tr("Only this workload cluster (repeatable)."), tr("NAME")});
    p.addOption({QStringLiteral("name"), tr("Deployment name for the folder (default: from the config)."),
                 tr("NAME")});
    p.addOption({QStringLiteral("keep-secrets"),
                 tr("Keep secrets, encrypted with a passphrase read from the first line of stdin.")});
    if (auto end = parseOptions(p, args, ctx, true, QStringLiteral("export")))
        return *end;
    if (!p.isSet(QStringLiteral("out")) || !p.positionalArguments().isEmpty()) {
        ctx.err << tr("snapshot export needs --out DIR and takes no other arguments.") << Qt::endl << usage();
        return ExitUsage;
    }

    SnapshotWriter::Options options;
    if (p.isSet(QStringLiteral("keep-secrets"))) {
        options.keepSecrets = true;
        options.passphrase = readPassphrase();
        if (options.passphrase.isEmpty()) {
            ctx.err
                << tr("--keep-secrets needs a passphrase on the first line of stdin; nothing was exported.")
                << Qt::endl;
            return ExitUsage;
        }
    }
    // Test hook: lets the tests kill an export half-way through writing.
    options.stepDelayMs = qEnvironmentVariableIntValue("AKS_SNAPSHOT_TEST_STEP_DELAY_MS");

    AksHciClient client(ctx.environment);
    auto snapshot = SnapshotCapture::capture(client, p.values(QStringLiteral("cluster")), ctx.cancel,
                                             p.value(QStringLiteral("name")));
    if (!snapshot) {
        printError(ctx, snapshot.error());
        return ExitFailure;
    }
    auto path = SnapshotWriter::write(*snapshot, p.value(QStringLiteral("out")), options, ctx.cancel);
    if (!path) {
        printError(ctx, path.error());
        return ExitFailure;
    }
    ctx.out << tr("Snapshot of %1 with %n workload cluster(s) written to %2", nullptr,
                  int(snapshot->clusters.size()))
                   .arg(snapshot->deployment, QDir::toNativeSeparators(*path))
            << Qt::endl;
    if (!options.keepSecrets)
        ctx.out << tr("Secrets were redacted.") << Qt::endl;
    return ExitOk;
}

Result<Snapshot> SnapshotCommand::open(const QString& what, const QByteArray& passphrase, CliContext& ctx) {
    if (what == QLatin1String("live")) {
        AksHciClient client(ctx.environment);
        auto s = SnapshotCapture::capture(client, {}, ctx.cancel);
        // Compared with a redacted snapshot, a secret is only ever shown as redacted.
        if (s)
            s->redactSecrets();
        return s;
    }
    return SnapshotReader::load(what, passphrase);
}

int SnapshotCommand::runDiff(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.setApplicationDescription(tr("Compare two snapshots (folders, or 'live' for the environment now)."));
    p.addPositionalArgument(QStringLiteral("A"), tr("The snapshot before (a folder or 'live')."));
    p.addPositionalArgument(QStringLiteral("B"), tr("The snapshot after (a folder or 'live')."));
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption({QStringLiteral("passphrase-stdin"),
                 tr("Read the passphrase of encrypted snapshots from the first line of stdin.")});
    if (auto end = parseOptions(p, args, ctx, true, QStringLiteral("diff")))
        return *end;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) {
        ctx.err << tr("snapshot diff needs two snapshots: A and B.") << Qt::endl << usage();
        return ExitUsage;
    }
    const QByteArray passphrase =
        p.isSet(QStringLiteral("passphrase-stdin")) ? readPassphrase() : QByteArray();
    auto a = open(pos[0], passphrase, ctx);
    if (!a) {
        printError(ctx, a.error());
        return ExitFailure;
    }
    auto b = open(pos[1], passphrase, ctx);
    if (!b) {
        printError(ctx, b.error());
        return ExitFailure;
    }
    const DiffResult r = SnapshotDiff::compare(*a, *b);
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QString::fromStdString(r.toJson().dump(2)) << Qt::endl;
        return r.matters() ? ExitFailure : ExitOk;
    }

    ctx.out << tr("Comparing %1 (A) with %2 (B)").arg(r.labelA, r.labelB) << Qt::endl;
    bool header = false;
    for (const DiffEntry& e : r.entries)
        if (e.matters()) {
            if (!header)
                ctx.out << Qt::endl << tr("Differences that matter for a restore:") << Qt::endl;
            header = true;
            ctx.out << QStringLiteral("  %1 %2 [%3]")
                           .arg(DiffEntry::statusName(e.status).toUpper(), -8)
                           .arg(entryLine(e), DiffEntry::className(e.fieldClass))
                    << Qt::endl;
        }
    header = false;
    for (const DiffEntry& e : r.entries)
        if (!e.matters() && e.status != DiffEntry::Status::Equal) {
            if (!header)
                ctx.out << Qt::endl << tr("Other differences (they do not fail the comparison):") << Qt::endl;
            header = true;
            ctx.out << QStringLiteral("  %1 %2 [%3]")
                           .arg(DiffEntry::statusName(e.status).toUpper(), -8)
                           .arg(entryLine(e), DiffEntry::className(e.fieldClass))
                    << Qt::endl;
        }
    QStringList ignored;
    for (const DiffEntry& e : r.ignored)
        ignored.append(e.key);
    if (!ignored.isEmpty())
        ctx.out << Qt::endl
                << tr("Ignored (volatile): %1").arg(ignored.join(QStringLiteral(", "))) << Qt::endl;
    ctx.out << Qt::endl
            << tr("%1 equal, %2 changed, %3 added, %4 removed, %5 ignored.")
                   .arg(r.count(DiffEntry::Status::Equal))
                   .arg(r.count(DiffEntry::Status::Changed))
                   .arg(r.count(DiffEntry::Status::Added))
                   .arg(r.count(DiffEntry::Status::Removed))
                   .arg(r.ignored.size())
            << Qt::endl;
    if (r.matters()) {
        ctx.out << tr("Result: the deployments DIFFER in %n field(s) that matter.", nullptr, r.mattersCount())
                << Qt::endl;
        return ExitFailure;
    }
    ctx.out << tr("Result: the deployments match.") << Qt::endl;
    return ExitOk;
}

int SnapshotCommand::runVerify(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.setApplicationDescription(tr("Check a snapshot folder's manifest and checksums."));
    p.addPositionalArgument(QStringLiteral("DIR"), tr("The snapshot folder."));
    p.addOption({QStringLiteral("passphrase-stdin"),
                 tr("Also check, with the passphrase from the first line of stdin, that the snapshot is "
                    "encrypted and its manifest unchanged.")});
    if (auto end = parseOptions(p, args, ctx, true, QStringLiteral("verify")))
        return *end;
    if (p.positionalArguments().size() != 1) {
        ctx.err << tr("snapshot verify needs one snapshot folder.") << Qt::endl << usage();
        return ExitUsage;
    }
    QByteArray passphrase;
    if (p.isSet(QStringLiteral("passphrase-stdin"))) {
        passphrase = readPassphrase();
        if (passphrase.isEmpty()) {
            ctx.err << tr("--passphrase-stdin needs a passphrase on the first line of stdin.") << Qt::endl;
            return ExitUsage;
        }
    }
    auto m = SnapshotReader::verify(p.positionalArguments().first(), passphrase);
    if (!m) {
        printError(ctx, m.error());
        return ExitFailure;
    }
    ctx.out << tr("%1: verified, %n file(s), taken %2 on %3.", nullptr, int(m->files.size()))
                   .arg(QDir::toNativeSeparators(p.positionalArguments().first()),
                        m->createdUtc.toString(Qt::ISODate), m->host)
            << Qt::endl;
    return ExitOk;
}

int SnapshotCommand::runList(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.setApplicationDescription(tr("List the snapshots in a folder, newest first, with their integrity."));
    p.addPositionalArgument(QStringLiteral("DIR"), tr("The folder that holds snapshot folders."));
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto end = parseOptions(p, args, ctx, true, QStringLiteral("list")))
        return *end;
    if (p.positionalArguments().size() != 1) {
        ctx.err << tr("snapshot list needs one folder.") << Qt::endl << usage();
        return ExitUsage;
    }
    const auto list = SnapshotCatalog::list(p.positionalArguments().first(), ctx.cancel);
    bool allGood = true;
    nlohmann::json j = nlohmann::json::array();
    for (const SnapshotInfo& s : list) {
        allGood = allGood && s.verified;
        if (p.isSet(QStringLiteral("json"))) {
            nlohmann::json clusters = nlohmann::json::array();
            for (const QString& c : s.clusters)
                clusters.push_back(c.toStdString());
            j.push_back({{"folder", s.folder.toStdString()},
                         {"deployment", s.deployment.toStdString()},
                         {"createdUtc", s.createdUtc.toString(Qt::ISODate).toStdString()},
                         {"clusters", clusters},
                         {"encrypted", s.encrypted},
                         {"verified", s.verified},
                         {"error", s.verified ? nlohmann::json() : nlohmann::json(s.error.toStdString())}});
        } else {
            ctx.out << QStringLiteral("%1  %2  %3")
                           .arg(s.name, -40)
                           .arg(s.verified ? tr("verified") : tr("DAMAGED"), -9)
                           .arg(s.verified ? s.clusters.join(QStringLiteral(",")) : s.error)
                    << Qt::endl;
        }
    }
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QString::fromStdString(j.dump(2)) << Qt::endl;
    else if (list.isEmpty())
        ctx.out << tr("No snapshots in %1.").arg(QDir::toNativeSeparators(p.positionalArguments().first()))
                << Qt::endl;
    return allGood ? ExitOk : ExitFailure;
}

} // namespace aks
