#include "DiffResult.h"

namespace aks {

QString DiffEntry::className(FieldClass c) {
    switch (c) {
    case FieldClass::Cluster:
        return tr("Cluster");
    case FieldClass::ControlPlane:
        return tr("Control plane");
    case FieldClass::LoadBalancer:
        return tr("Load balancer");
    case FieldClass::NodePool:
        return tr("Node pool");
    case FieldClass::KubernetesVersion:
        return tr("Kubernetes version");
    case FieldClass::Network:
        return tr("Network");
    case FieldClass::Proxy:
        return tr("Proxy");
    case FieldClass::Storage:
        return tr("Storage");
    case FieldClass::Other:
        return tr("Other");
    case FieldClass::Secret:
        return tr("Secret (redacted)");
    case FieldClass::Volatile:
        return tr("Volatile");
    }
    return {};
}

QString DiffEntry::classId(FieldClass c) {
    static const char* const ids[] = {
        "cluster", "controlPlane", "loadBalancer", "nodePool", "kubernetesVersion", "network",
        "proxy",   "storage",      "other",        "secret",   "volatile"};
    return QString::fromLatin1(ids[int(c)]);
}

QString DiffEntry::statusName(Status s) {
    switch (s) {
    case Status::Equal:
        return tr("equal");
    case Status::Changed:
        return tr("changed");
    case Status::Added:
        return tr("added");
    case Status::Removed:
        return tr("removed");
    }
    return {};
}

QString DiffEntry::statusId(Status s) {
    static const char* const ids[] = {"equal", "changed", "added", "removed"};
    return QString::fromLatin1(ids[int(s)]);
}

bool DiffResult::matters() const {
    return mattersCount() > 0;
}

int DiffResult::mattersCount() const {
    int n = 0;
    for (const DiffEntry& e : entries)
        n += e.matters() ? 1 : 0;
    return n;
}

int DiffResult::count(DiffEntry::Status status) const {
    int n = 0;
    for (const DiffEntry& e : entries)
        n += e.status == status ? 1 : 0;
    return n;
}

nlohmann::json DiffResult::toJson() const {
    const auto value = [](const QString& v, bool present) {
        return present ? nlohmann::json(v.toStdString()) : nlohmann::json();
    };
    nlohmann::json j;
    j["a"] = labelA.toStdString();
    j["b"] = labelB.toStdString();
    j["matters"] = matters();
    j["summary"] = {
        {"equal", count(DiffEntry::Status::Equal)}, {"changed", count(DiffEntry::Status::Changed)},
        {"added", count(DiffEntry::Status::Added)}, {"removed", count(DiffEntry::Status::Removed)},
        {"differencesThatMatter", mattersCount()},  {"ignored", int(ignored.size())}};
    j["fields"] = nlohmann::json::array();
    for (const DiffEntry& e : entries)
        j["fields"].push_back({{"path", e.key.toStdString()},
                               {"section", e.section.toStdString()},
                               {"field", e.field.toStdString()},
                               {"class", DiffEntry::classId(e.fieldClass).toStdString()},
                               {"status", DiffEntry::statusId(e.status).toStdString()},
                               {"matters", e.matters()},
                               {"old", value(e.oldValue, e.status != DiffEntry::Status::Added)},
                               {"new", value(e.newValue, e.status != DiffEntry::Status::Removed)}});
    j["ignored"] = nlohmann::json::array();
    for (const DiffEntry& e : ignored)
        j["ignored"].push_back(e.key.toStdString());
    return j;
}

} // namespace aks
