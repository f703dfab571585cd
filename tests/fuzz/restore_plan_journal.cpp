// Restore plans (written by the wizard or by hand, then passed to `restore run`) and the restore
// journal a resumed run reads back: JSON files on disk that may have been edited or cut short.
#include "FuzzSupport.h"
#include "core/BoundedJson.h"
#include "restore/RestoreJournal.h"
#include "restore/RestorePlan.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
// The journal and the plan are read from files only: one fixed temp file per fuzzing process.
const QString& tempPath() {
    static const QString path = QStringLiteral("/tmp/aks-fuzz-restore-journal-%1.json").arg(getpid());
    static const bool removedAtExit = std::atexit([] { QFile::remove(path); }) == 0;
    (void)removedAtExit;
    return path;
}

void checkPlan(const aks::RestorePlan& p) {
    // fromJson refuses what problems() finds, and what it accepts prints and reads back the same.
    if (!p.problems().isEmpty() || p.clusters.isEmpty())
        __builtin_trap();
    for (const auto& c : p.clusters)
        if (p.cluster(c.cluster) == nullptr || p.storeFor(c).isEmpty())
            __builtin_trap();
    const nlohmann::json written = p.toJson();
    const auto again = aks::RestorePlan::fromJson(written);
    if (!again || again->toJson() != written)
        __builtin_trap();
    (void)written.dump(2);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > aksfuzz::kMaxInput)
        return 0;
    const QByteArrayView in = aksfuzz::bytes(data, size);

    // A plan as RestorePlan::load parses it.
    const nlohmann::json j = aks::parseBoundedJson(in);
    if (!j.is_discarded())
        if (const auto plan = aks::RestorePlan::fromJson(j))
            checkPlan(*plan);

    // The same bytes as a journal file (and as a plan file), through the loaders' file paths.
    {
        QFile f(tempPath());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(in.data(), in.size()) != in.size())
            return 0;
    }
    if (const auto plan = aks::RestorePlan::load(tempPath()))
        checkPlan(*plan);
    auto journal = aks::RestoreJournal::load(tempPath());
    if (!journal)
        return 0;
    checkPlan(journal->plan());
    for (const aks::JournalStep& s : journal->steps())
        if (s.id.isEmpty() || journal->step(s.id) == nullptr)
            __builtin_trap();
    // Saving and loading again keeps the plan, the outcome and every step.
    if (!journal->save())
        return 0;
    const auto again = aks::RestoreJournal::load(tempPath());
    if (!again || again->plan().toJson() != journal->plan().toJson() ||
        again->outcome() != journal->outcome() || again->outcomeMessage() != journal->outcomeMessage() ||
        again->steps().size() != journal->steps().size())
        __builtin_trap();
    for (qsizetype i = 0; i < journal->steps().size(); ++i) {
        const aks::JournalStep& a = journal->steps()[i];
        const aks::JournalStep& b = again->steps()[i];
        if (a.id != b.id || a.state != b.state || a.attempts != b.attempts || a.commands != b.commands ||
            a.log != b.log || a.warnings != b.warnings || a.message != b.message)
            __builtin_trap();
    }
    return 0;
}
