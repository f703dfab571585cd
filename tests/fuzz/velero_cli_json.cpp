// What `velero ... get -o json` and `kubectl get ... -o json` print, read as VeleroClient,
// KubectlClient and the history and RPO views read it.
#include "FuzzSupport.h"
#include "core/BoundedJson.h"
#include "velero/ClusterHistory.h"
#include "velero/HistoryJson.h"
#include "velero/RpoCalculator.h"
#include "velero/VeleroJson.h"

#include <cstddef>
#include <cstdint>

namespace {
// VeleroClient::getList: the items of a <Kind>List (or the lone object), each parsed.
template <typename T> QList<T> parseList(const nlohmann::json& out, const QString& kind) {
    QList<T> list;
    const auto items = aks::VeleroJson::items(out, kind);
    if (!items)
        return list;
    for (const auto& item : *items) {
        if (!item.is_object())
            __builtin_trap(); // items() hands on objects only
        auto parsed = T::fromJson(item);
        if (!parsed)
            continue;
        if (parsed->name.isEmpty()) // fromJson never accepts an object without a name
            __builtin_trap();
        list.append(std::move(parsed).value());
    }
    return list;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > aksfuzz::kMaxInput)
        return 0;
    const QByteArrayView in = aksfuzz::bytes(data, size);
    nlohmann::json out;
    out = aks::parseBoundedJson(in); // as ProcessRunner::runJson
    if (out.is_discarded())
        return 0;

    aks::ClusterHistory h;
    h.cluster = QStringLiteral("shop-prod");
    h.backups = parseList<aks::VeleroBackup>(out, QStringLiteral("Backup"));
    h.restores = parseList<aks::VeleroRestore>(out, QStringLiteral("Restore"));
    h.schedules = parseList<aks::VeleroSchedule>(out, QStringLiteral("Schedule"));
    h.locations = parseList<aks::VeleroBsl>(out, QStringLiteral("BackupStorageLocation"));
    for (const auto& b : h.backups)
        if (b.ttlSeconds < 0)
            __builtin_trap();
    for (const auto& r : h.restores) {
        const int p = r.percent();
        if (p < -1 || p > 100)
            __builtin_trap();
    }

    // The history and rpo commands' JSON, printed.
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-18T12:00:00Z"), Qt::ISODate);
    const aks::RpoStatus rpo = aks::RpoCalculator::evaluate(h, 24 * 3600, now);
    const bool judged =
        rpo.state == aks::RpoStatus::State::Met || rpo.state == aks::RpoStatus::State::Breached;
    if (judged != !rpo.newestBackup.isEmpty() || (judged && rpo.ageSeconds < 0))
        __builtin_trap();
    (void)aks::HistoryJson::cluster(h, rpo).dump();
    (void)aks::RpoCalculator::formatAge(rpo.ageSeconds);
    if (aks::RpoCalculator::longestGap(h.backups, now.addDays(-30), now) < 0)
        __builtin_trap();

    // KubectlClient: a List's items, read field by field.
    if (out.is_object() && out.contains("items") && out["items"].is_array()) {
        for (const auto& i : out["items"]) {
            (void)aks::VeleroJson::string(i, "/metadata/name");
            (void)aks::VeleroJson::string(i, "/metadata/namespace");
            (void)aks::VeleroJson::integer(i, "/spec/replicas");
            (void)aks::VeleroJson::integer(i, "/status/readyReplicas");
            (void)aks::VeleroJson::string(i, "/status/capacity/storage");
            (void)aks::VeleroJson::stringMap(i, "/metadata/labels");
            (void)aks::VeleroJson::time(i, "/metadata/creationTimestamp");
        }
    }
    // Go durations as the user or velero writes them (--ttl, spec.ttl).
    if (size <= 256 && aks::VeleroJson::goDurationSeconds(QString::fromUtf8(in)) < -1)
        __builtin_trap();
    return 0;
}
