#include "HistoryJson.h"

#include "VeleroJson.h"

namespace aks {
namespace {
nlohmann::json str(const QString& s) {
    return s.isEmpty() ? nlohmann::json() : nlohmann::json(s.toStdString());
}
nlohmann::json time(const QDateTime& t) {
    return t.isValid() ? nlohmann::json(VeleroJson::rfc3339(t).toStdString()) : nlohmann::json();
}
const char* stateKey(RpoStatus::State s) {
    switch (s) {
    case RpoStatus::State::Met:
        return "met";
    case RpoStatus::State::Breached:
        return "breached";
    case RpoStatus::State::NoBackup:
        return "no-backup";
    case RpoStatus::State::Unknown:
        break;
    }
    return "unknown";
}
} // namespace

nlohmann::json HistoryJson::backup(const VeleroBackup& b) {
    return {{"name", b.name.toStdString()},
            {"phase", str(b.phase)},
            {"schedule", str(b.scheduleName)},
            {"started", time(b.started)},
            {"completed", time(b.completed)},
            {"expiration", time(b.expiration)},
            {"itemsBackedUp", b.itemsBackedUp},
            {"totalItems", b.totalItems},
            {"errors", b.errors},
            {"warnings", b.warnings},
            {"storageLocation", str(b.storageLocation)},
            {"failureReason", str(b.failureReason)}};
}

nlohmann::json HistoryJson::rpo(const RpoStatus& s) {
    return {{"cluster", s.cluster.toStdString()},
            {"rpoSeconds", s.rpoSeconds},
            {"status", stateKey(s.state)},
            {"newestCompletedBackup", str(s.newestBackup)},
            {"newestCompletedTime", time(s.newestTime)},
            {"ageSeconds", s.ageSeconds < 0 ? nlohmann::json() : nlohmann::json(s.ageSeconds)},
            {"schedule", str(s.schedule)},
            {"error", str(s.error)}};
}

nlohmann::json HistoryJson::cluster(const ClusterHistory& h, const RpoStatus& s) {
    nlohmann::json j = {{"cluster", h.cluster.toStdString()}, {"rpo", rpo(s)}};
    j["backups"] = nlohmann::json::array();
    for (const auto& b : h.backups)
        j["backups"].push_back(backup(b));
    j["schedules"] = nlohmann::json::array();
    for (const auto& sc : h.schedules)
        j["schedules"].push_back({{"name", sc.name.toStdString()},
                                  {"cron", str(sc.cron)},
                                  {"phase", str(sc.phase)},
                                  {"paused", sc.paused},
                                  {"ttl", str(sc.ttl)},
                                  {"lastBackup", time(sc.lastBackup)}});
    j["locations"] = nlohmann::json::array();
    for (const auto& l : h.locations)
        j["locations"].push_back({{"name", l.name.toStdString()},
                                  {"provider", str(l.provider)},
                                  {"bucket", str(l.bucket)},
                                  {"prefix", str(l.prefix)},
                                  {"accessMode", str(l.accessMode)},
                                  {"phase", str(l.phase)},
                                  {"lastSyncedTime", time(l.lastSyncedTime)}});
    j["restores"] = nlohmann::json::array();
    for (const auto& r : h.restores)
        j["restores"].push_back({{"name", r.name.toStdString()},
                                 {"backup", str(r.backupName)},
                                 {"phase", str(r.phase)},
                                 {"errors", r.errors},
                                 {"warnings", r.warnings}});
    return j;
}

} // namespace aks
