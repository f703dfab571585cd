// aks-sim-powershell: a stand-in for powershell.exe with the AksHci module, for tests and the demo.
// Same command line (-NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand <base64
// UTF-16LE>), the console's host loop on stdin, and the AksHci cmdlets over a state folder.
#include "DemoSeed.h"
#include "ScriptParser.h"
#include "SimCmdlets.h"
#include "SimFaults.h"
#include "SimState.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace aks::sim;

namespace {

constexpr auto kHostMarker = "# aks-recovery host v1";

QString decodeUtf16(const QByteArray& base64, bool* ok) {
    const auto r = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(r) && r.decoded.size() % 2 == 0;
    if (!*ok)
        return {};
    QString s(r.decoded.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        s[i] = QChar(char16_t(quint8(r.decoded[2 * i]) | (quint8(r.decoded[2 * i + 1]) << 8)));
    return s;
}

void out(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

// What powershell.exe prints on stderr for an error record.
void errorRecord(const QString& cmdlet, const QString& message, const QString& errorId,
                 const QString& script) {
    const QString name = cmdlet.isEmpty() ? QStringLiteral("ParserError") : cmdlet;
    const QString first = script.section(QLatin1Char('\n'), 0, 0).left(120);
    const QString text = QStringLiteral("%1 : %2\nAt line:1 char:1\n+ %3\n+ ~~~~~~~~~~~~~~~~~~\n"
                                        "    + CategoryInfo          : NotSpecified: (:) [%1], Exception\n"
                                        "    + FullyQualifiedErrorId : %4\n")
                             .arg(name, message, first, errorId.isEmpty() ? name : errorId);
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

QByteArray renderOutput(const nlohmann::json& items) {
    if (items.empty())
        return {};
    const nlohmann::json v = items.size() == 1 ? items[0] : items;
    return QByteArray::fromStdString(v.dump()) + '\n';
}

// AKS_SIM_RECORD=FILE: every script received (the host script and each host-loop request) is appended
// as one JSON line {"script": ...}, so the conformance tests can replay them through real PowerShell.
void record(const QString& script) {
    static const QString path = qEnvironmentVariable("AKS_SIM_RECORD");
    if (path.isEmpty())
        return;
    // The recording folder is made on first use (ps_record_clean removes it before a run).
    static const bool folderMade = QDir().mkpath(QFileInfo(path).absolutePath());
    if (!folderMade)
        return;
    const std::string line = nlohmann::json{{"script", script.toStdString()}}.dump() + "\n";
    // One unbuffered append per script, so hosts running side by side do not interleave lines.
    QFile f(path);
    if (f.open(QIODevice::Append | QIODevice::Unbuffered))
        f.write(line.data(), qint64(line.size()));
}

[[noreturn]] void crashMidOutput() {
    out(QByteArrayLiteral("{\"Status\":{\"ProvisioningState\":\"Deployed\"},\"Name\":\"shop-pr"));
    std::fflush(stdout);
    ::kill(::getpid(), SIGKILL);
    std::_Exit(137);
}

// Streams 2-6 of a request: framed records in the host loop (as the app's host script frames
// them), "WARNING: "-style lines on stderr for a plain script.
void writeRecords(const std::vector<SimCmdlets::Record>& records, const QByteArray& framePrefix) {
    for (const auto& r : records) {
        if (!framePrefix.isEmpty()) {
            out(framePrefix + "STREAM " + r.kind.toLatin1() + ' ' + r.text.toUtf8().toBase64() + '\n');
        } else {
            const QString line = r.kind == QLatin1String("host") ? r.text : r.kind.toUpper() + u": " + r.text;
            std::fputs((line + u'\n').toUtf8().constData(), stderr);
        }
    }
}

// Runs one script; returns the exit status (0 ok, 1 error) and prints output or the fault.
int runScript(SimState& state, const SimFaults& faults, const QString& text, QByteArray* body,
              QString* message, QString* errorId, const QByteArray& framePrefix) {
    const bool hostMode = !framePrefix.isEmpty();
    QString parseError;
    auto script = ScriptParser::parse(text, &parseError);
    if (!script) {
        *message = parseError;
        *errorId = QStringLiteral("ParseException");
        errorRecord({}, parseError, *errorId, text);
        return 1;
    }
    SimCmdlets cmdlets(state, faults);
    const auto outcome = cmdlets.run(*script);
    writeRecords(outcome.records, framePrefix);
    switch (outcome.fault) {
    case SimFaults::Kind::Crash:
        if (hostMode)
            out(*body);
        crashMidOutput();
    case SimFaults::Kind::Garbage:
        *body = QByteArrayLiteral(
            "WARNING: The AksHci module could not be loaded properly.\r\n<Objs Version=\"1.1.0.1\">"
            "System.Collections.Hashtable</Objs>\n");
        return 0;
    case SimFaults::Kind::Stderr:
        *message = outcome.error;
        *errorId = outcome.errorId;
        errorRecord(outcome.cmdlet, outcome.error, outcome.errorId, text);
        return 1;
    default:
        break;
    }
    if (!outcome.ok) {
        *message = outcome.error;
        *errorId = outcome.errorId;
        if (!hostMode)
            errorRecord(outcome.cmdlet, outcome.error, outcome.errorId, text);
        return 1;
    }
    *body = renderOutput(outcome.output);
    return 0;
}

int hostLoop(SimState& state, const SimFaults& faults, const QString& hostScript) {
    static const QRegularExpression nonceRe(QStringLiteral("\\$nonce = '([0-9A-Za-z]+)'"));
    const QString nonce = nonceRe.match(hostScript).captured(1);
    if (faults.slowImport())
        QThread::msleep(ulong(SimFaults::importDelayMs()));
    std::string line;
    while (std::getline(std::cin, line)) {
        const QByteArray l = QByteArray::fromStdString(line).trimmed();
        if (l.isEmpty())
            continue;
        const QList<QByteArray> parts = l.split(' ');
        const QByteArray id = parts.value(0);
        const QString script = QString::fromUtf8(QByteArray::fromBase64(parts.value(1)));
        record(script);
        const QByteArray prefix = "@@AKS " + nonce.toLatin1() + ' ' + id + ' ';
        out(prefix + "BEGIN\n");
        QByteArray body;
        QString message;
        QString errorId;
        const int status = runScript(state, faults, script, &body, &message, &errorId, prefix);
        out(body);
        out(prefix + "END " + QByteArray::number(status) + ' ' + message.toUtf8().toBase64() + ' ' +
            errorId.toUtf8().toBase64() + '\n');
        std::fflush(stdout);
    }
    return 0;
}

int usage(const QString& msg) {
    std::fputs((msg + QStringLiteral("\n")).toUtf8().constData(), stderr);
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString stateDir = qEnvironmentVariable("AKS_SIM_STATE");
    bool seed = false;
    int extra = 0;
    QString script;
    bool haveScript = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--state") && i + 1 < args.size()) {
            stateDir = next;
            ++i;
        } else if (a == QLatin1String("--seed-demo")) {
            seed = true;
        } else if (a == QLatin1String("--extra-clusters") && i + 1 < args.size()) {
            extra = next.toInt();
            ++i;
        } else if (a.compare(QLatin1String("-NoProfile"), Qt::CaseInsensitive) == 0 ||
                   a.compare(QLatin1String("-NonInteractive"), Qt::CaseInsensitive) == 0 ||
                   a.compare(QLatin1String("-NoLogo"), Qt::CaseInsensitive) == 0) {
        } else if (a.compare(QLatin1String("-ExecutionPolicy"), Qt::CaseInsensitive) == 0 &&
                   i + 1 < args.size()) {
            ++i;
        } else if ((a.compare(QLatin1String("-EncodedCommand"), Qt::CaseInsensitive) == 0 ||
                    a.compare(QLatin1String("-enc"), Qt::CaseInsensitive) == 0) &&
                   i + 1 < args.size()) {
            bool ok = false;
            script = decodeUtf16(next.toLatin1(), &ok);
            if (!ok)
                return usage(
                    QStringLiteral("Cannot process the command because the value specified with "
                                   "-EncodedCommand is not properly encoded. The value must be Base64 "
                                   "encoded."));
            haveScript = true;
            ++i;
        } else if (a.compare(QLatin1String("-Command"), Qt::CaseInsensitive) == 0 && i + 1 < args.size()) {
            script = args.mid(i + 1).join(QLatin1Char(' '));
            haveScript = true;
            break;
        } else {
            return usage(
                QStringLiteral("The argument '%1' is not recognized as the name of a script file or an "
                               "option of aks-sim-powershell.")
                    .arg(a));
        }
    }
    if (stateDir.isEmpty())
        return usage(
            QStringLiteral("aks-sim-powershell: no state folder; give --state DIR or set AKS_SIM_STATE."));
    SimState state(stateDir);
    if (seed) {
        QString error;
        if (!state.write(demoState(extra), &error))
            return usage(error);
        return 0;
    }
    if (!haveScript)
        return usage(
            QStringLiteral("aks-sim-powershell: give -EncodedCommand <base64 UTF-16LE> or --seed-demo."));

    state.recordProcessStart();
    record(script);
    const SimFaults faults(state.akshciDir());
    std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
    if (script.startsWith(QString::fromLatin1(kHostMarker)))
        return hostLoop(state, faults, script);

    if (faults.slowImport())
        QThread::msleep(ulong(SimFaults::importDelayMs()));
    QByteArray body;
    QString message;
    QString errorId;
    const int status = runScript(state, faults, script, &body, &message, &errorId, {});
    out(body);
    std::fflush(stdout);
    return status;
}
