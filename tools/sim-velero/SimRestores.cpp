#include "SimRestores.h"
#include "SimEnv.h"

#include "SimKube.h"
#include "StoreWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

namespace aks::sim {
namespace {

nlohmann::json stringArray(const QStringList& l) {
    nlohmann::json a = nlohmann::json::array();
    for (const QString& v : l)
        a.push_back(stdStr(v));
    return a;
}

QStringList toList(const nlohmann::json& a) {
    QStringList out;
    if (a.is_array())
        for (const auto& v : a)
            if (v.is_string())
                out.append(QString::fromStdString(v.get<std::string>()));
    return out;
}

bool matches(const QStringList& included, const QStringList& excluded, const QString& value) {
    if (excluded.contains(value))
        return false;
    return included.isEmpty() || included.contains(QStringLiteral("*")) || included.contains(value);
}

bool resourceMatches(const QStringList& included, const QStringList& excluded, const QString& resource) {
    const QString plural = resource.section(QLatin1Char('.'), 0, 0);
    const auto in = [&](const QStringList& l) { return l.contains(resource) || l.contains(plural); };
    if (in(excluded))
        return false;
    return included.isEmpty() || included.contains(QStringLiteral("*")) || in(included);
}

int restoreMs() {
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("AKS_SIM_RESTORE_MS", &ok);
    return ok && ms >= 0 ? ms : 3000;
}

} // namespace

SimRestores::SimRestores(SimEnv env, SimStore store, QString veleroNamespace)
    : m_env(std::move(env)), m_store(std::move(store)), m_namespace(std::move(veleroNamespace)) {}

QString SimRestores::file(const QString& name) const {
    return m_env.veleroDir() + QStringLiteral("/restores/") + name + QStringLiteral(".json");
}

bool SimRestores::isFinished(const nlohmann::json& r) {
    const std::string phase = r.value("status", nlohmann::json::object()).value("phase", std::string());
    return phase == "Completed" || phase == "PartiallyFailed" || phase == "Failed" ||
           phase == "FailedValidation";
}

std::optional<nlohmann::json> SimRestores::create(const SimArgs& args, QString* error) {
    const QString backup = args.value(QStringLiteral("from-backup"));
    if (backup.isEmpty()) {
        *error = QStringLiteral("either a backup or schedule must be specified, but not both");
        return std::nullopt;
    }
    const QDateTime now = SimEnv::now();
    QString name = args.positional.value(2);
    if (name.isEmpty())
        name = backup + QLatin1Char('-') + now.toString(QStringLiteral("yyyyMMddHHmmss"));
    if (QFileInfo::exists(file(name))) {
        *error = QStringLiteral("restores.velero.io \"%1\" already exists").arg(name);
        return std::nullopt;
    }
    QStringList included = args.list(QStringLiteral("include-namespaces"));
    if (included.isEmpty())
        included = {QStringLiteral("*")};
    nlohmann::json spec = {
        {"backupName", stdStr(backup)},
        {"includedNamespaces", stringArray(included)},
        {"excludedNamespaces", stringArray(args.list(QStringLiteral("exclude-namespaces")))},
        {"includedResources", stringArray(args.list(QStringLiteral("include-resources")))},
        {"excludedResources", stringArray(args.list(QStringLiteral("exclude-resources")))},
        {"hooks", nlohmann::json::object()},
        {"itemOperationTimeout", "4h0m0s"}};
    nlohmann::json mapping = nlohmann::json::object();
    for (const QString& pair : args.list(QStringLiteral("namespace-mappings"))) {
        const QStringList kv = pair.split(QLatin1Char(':'));
        if (kv.size() != 2 || kv[0].isEmpty() || kv[1].isEmpty()) {
            *error = QStringLiteral("invalid argument \"%1\" for \"--namespace-mappings\" flag: "
                                    "syntax error: must be of the form src1:dst1,src2:dst2")
                         .arg(args.value(QStringLiteral("namespace-mappings")));
            return std::nullopt;
        }
        mapping[stdStr(kv[0])] = stdStr(kv[1]);
    }
    if (!mapping.empty())
        spec["namespaceMapping"] = mapping;
    if (args.has(QStringLiteral("restore-volumes")))
        spec["restorePVs"] = args.isTrue(QStringLiteral("restore-volumes"));
    if (args.has(QStringLiteral("existing-resource-policy"))) {
        const QString policy = args.value(QStringLiteral("existing-resource-policy"));
        if (policy != QLatin1String("none") && policy != QLatin1String("update")) {
            *error =
                QStringLiteral("invalid existing-resource-policy \"%1\": must be none or update").arg(policy);
            return std::nullopt;
        }
        spec["existingResourcePolicy"] = stdStr(policy);
    }

    nlohmann::json restore = {{"apiVersion", "velero.io/v1"},
                              {"kind", "Restore"},
                              {"metadata",
                               {{"name", stdStr(name)},
                                {"namespace", stdStr(m_namespace)},
                                {"uid", stdStr(QUuid::createUuid().toString(QUuid::WithoutBraces))},
                                {"creationTimestamp", stdStr(SimEnv::timestamp(now))}}},
                              {"spec", spec},
                              {"status", nlohmann::json::object()}};
    nlohmann::json sim = {
        {"createdMs", now.toMSecsSinceEpoch()},
        {"durationMs", restoreMs()},
        {"outcome", SimEnv::fault(QStringLiteral("partially-failed")) ? "PartiallyFailed" : "Completed"}};

    const auto stored = m_store.backup(backup);
    const std::string backupPhase =
        stored ? stored->value("status", nlohmann::json::object()).value("phase", std::string())
               : std::string();
    QString why;
    if (!stored)
        why = QStringLiteral("Backup %1 not found in the backup storage location").arg(backup);
    else if (backupPhase != "Completed" && backupPhase != "PartiallyFailed")
        why = QStringLiteral("backup %1 is in phase %2, not Completed or PartiallyFailed")
                  .arg(backup, QString::fromStdString(backupPhase));
    else if (!QFileInfo::exists(m_store.tarball(backup)))
        why = QStringLiteral("error downloading backup: backup tarball %1.tar.gz not found").arg(backup);
    if (!why.isEmpty()) {
        restore["status"] = {{"phase", "FailedValidation"}, {"validationErrors", {stdStr(why)}}};
        sim["finished"] = true;
    } else {
        QString readError;
        const auto objects = SimStore::readObjects(m_store.tarball(backup), &readError);
        sim["totalItems"] = objects ? int(objects->size()) : 0;
    }
    QDir().mkpath(m_env.veleroDir() + QStringLiteral("/restores"));
    if (!SimEnv::writeJson(file(name), {{"restore", restore}, {"sim", sim}})) {
        *error = QStringLiteral("could not write the restore to %1").arg(file(name));
        return std::nullopt;
    }
    return refresh(name);
}

std::vector<nlohmann::json> SimRestores::all() const {
    std::vector<nlohmann::json> out;
    const QDir dir(m_env.veleroDir() + QStringLiteral("/restores"));
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto r = refresh(f.chopped(5));
        if (!r.is_null())
            out.push_back(std::move(r));
    }
    return out;
}

std::optional<nlohmann::json> SimRestores::get(const QString& name) const {
    if (name.contains(QLatin1Char('/')) || !QFileInfo::exists(file(name)))
        return std::nullopt;
    auto r = refresh(name);
    if (r.is_null())
        return std::nullopt;
    return r;
}

nlohmann::json SimRestores::refresh(const QString& name) const {
    // Several velero and kubectl calls may read a restore at once; one of them finishes it.
    QLockFile lock(m_env.veleroDir() + QStringLiteral("/restores.lock"));
    lock.lock();
    auto record = SimEnv::readJson(file(name));
    if (!record || !record->contains("restore"))
        return {};
    nlohmann::json& r = (*record)["restore"];
    nlohmann::json& sim = (*record)["sim"];
    if (sim.value("finished", false))
        return r;
    const qint64 created = sim.value("createdMs", qint64(0));
    const qint64 duration = sim.value("durationMs", qint64(0));
    const qint64 elapsed = SimEnv::now().toMSecsSinceEpoch() - created;
    const int total = sim.value("totalItems", 0);
    const QString started =
        SimEnv::timestamp(QDateTime::fromMSecsSinceEpoch(created + duration / 10, Qt::UTC));
    if (elapsed < duration / 10) {
        r["status"] = {{"phase", "New"}};
    } else if (elapsed < duration) {
        const int done = int(qint64(total) * elapsed / qMax<qint64>(duration, 1));
        r["status"] = {{"phase", "InProgress"},
                       {"startTimestamp", stdStr(started)},
                       {"progress", {{"totalItems", total}, {"itemsRestored", done}}}};
    } else {
        r["status"] = {{"startTimestamp", stdStr(started)}};
        finish(*record);
        SimEnv::writeJson(file(name), *record);
    }
    return r;
}

void SimRestores::finish(nlohmann::json& record) const {
    nlohmann::json& r = record["restore"];
    nlohmann::json& sim = record["sim"];
    const nlohmann::json& spec = r["spec"];
    const QString name = QString::fromStdString(r["metadata"].value("name", std::string()));
    const QString backup = QString::fromStdString(spec.value("backupName", std::string()));
    const QStringList inNs = toList(spec.value("includedNamespaces", nlohmann::json()));
    const QStringList exNs = toList(spec.value("excludedNamespaces", nlohmann::json()));
    const QStringList inRes = toList(spec.value("includedResources", nlohmann::json()));
    const QStringList exRes = toList(spec.value("excludedResources", nlohmann::json()));
    const nlohmann::json mapping = spec.value("namespaceMapping", nlohmann::json::object());
    const bool update = spec.value("existingResourcePolicy", std::string()) == "update";
    const bool restorePVs = spec.value("restorePVs", true);

    QString error;
    const auto objects = SimStore::readObjects(m_store.tarball(backup), &error);
    const QDateTime done = SimEnv::now();
    if (!objects) {
        r["status"]["phase"] = "Failed";
        r["status"]["failureReason"] = stdStr(error);
        r["status"]["completionTimestamp"] = stdStr(SimEnv::timestamp(done));
        sim["finished"] = true;
        return;
    }
    SimKube kube(m_env.kubeDir());
    storegen::RestoreSpec out;
    out.name = name;
    out.backupName = backup;
    out.start = QDateTime::fromString(
        QString::fromStdString(r["status"].value("startTimestamp", std::string())), Qt::ISODate);
    out.completion = done;
    int total = 0;
    for (storegen::KubeObject o : *objects) {
        const QString sourceNs = o.ns.isEmpty() && o.resource == QLatin1String("namespaces") ? o.name : o.ns;
        if (!sourceNs.isEmpty() && !matches(inNs, exNs, sourceNs))
            continue;
        if (!resourceMatches(inRes, exRes, o.resource) || o.resource == QLatin1String("events"))
            continue;
        if (!restorePVs && o.resource == QLatin1String("persistentvolumes"))
            continue;
        ++total;
        const std::string mapped = mapping.value(stdStr(sourceNs), std::string());
        if (!mapped.empty()) {
            if (o.resource == QLatin1String("namespaces")) {
                o.name = QString::fromStdString(mapped);
                o.json["metadata"]["name"] = mapped;
            } else {
                o.ns = QString::fromStdString(mapped);
            }
        }
        if (o.resource == QLatin1String("namespaces")) {
            kube.addNamespace(o.name);
        } else if (!o.ns.isEmpty()) {
            if (kube.contains(o) && !update) {
                ++out.warnings; // Velero: "could not restore, X already exists"
                continue;
            }
            kube.put(o);
        }
        out.objects.push_back(o);
    }
    if (sim.value("outcome", std::string()) == "PartiallyFailed") {
        out.errors += 1;
        out.warnings += 1;
    }
    kube.save();
    nlohmann::json status = r["status"];
    if (Status st = storegen::writeRestore(m_store.root(), out); !st) {
        // Velero finishes the restore but reports that its logs could not be uploaded.
        ++out.errors;
        status["failureReason"] = "error uploading restore log: " + stdStr(st.error().message);
    }
    status["phase"] = out.errors > 0 ? "PartiallyFailed" : "Completed";
    status["completionTimestamp"] = stdStr(SimEnv::timestamp(done));
    status["progress"] = {{"totalItems", total}, {"itemsRestored", total}};
    if (out.errors > 0)
        status["errors"] = out.errors;
    if (out.warnings > 0)
        status["warnings"] = out.warnings;
    r["status"] = status;
    sim["finished"] = true;
}

} // namespace aks::sim
