#include "KubectlClient.h"

#include "KubeNames.h"
#include "VeleroJson.h"
#include "jobs/ProcessRunner.h"

namespace aks {

KubectlClient::KubectlClient(EnvironmentConfig environment, VeleroTarget target)
    : m_env(std::move(environment)), m_target(std::move(target)) {}

QStringList KubectlClient::globalArguments() const {
    QStringList a;
    if (!m_target.kubeconfig.isEmpty())
        a << QStringLiteral("--kubeconfig") << m_target.kubeconfig;
    if (!m_target.kubecontext.isEmpty())
        a << QStringLiteral("--context") << m_target.kubecontext;
    return a;
}

Result<nlohmann::json> KubectlClient::getItems(const QString& resource, const QString& namespaceName,
                                               const CancelToken& cancel) const {
    QStringList args{QStringLiteral("get"), resource};
    if (!namespaceName.isEmpty()) {
        if (auto ok = KubeNames::checkLabel(namespaceName, tr("namespace")); !ok)
            return ok.error();
        args << QStringLiteral("-n") << namespaceName;
    }
    args << QStringLiteral("-o") << QStringLiteral("json");
    ProcessSpec s;
    s.program = m_env.kubectl;
    s.arguments = args + globalArguments();
    s.environment = m_env.processEnvironment;
    s.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(m_env.commandTimeout);
    s.displayName = QStringLiteral("kubectl get %1").arg(resource);
    auto out = ProcessRunner::runJson(s, cancel);
    if (!out)
        return out.error();
    // kubectl always prints a List for `get <resource>`, never a single object.
    const auto it = out->find("items");
    if (!out->is_object() || it == out->end() || !(it->is_array() || it->is_null()))
        return Error::make(Error::Kind::BadOutput,
                           tr("kubectl printed something that is not a list of %1.").arg(resource),
                           tr("Command: %1").arg(s.describe()));
    return it->is_null() ? nlohmann::json::array() : *it;
}

Result<QStringList> KubectlClient::namespaces(const CancelToken& cancel) const {
    auto items = getItems(QStringLiteral("namespaces"), {}, cancel);
    if (!items)
        return items.error();
    QStringList names;
    for (const auto& i : *items) {
        const QString n = VeleroJson::string(i, "/metadata/name");
        if (!n.isEmpty())
            names.append(n);
    }
    names.sort();
    return names;
}

Result<QList<KubeWorkload>> KubectlClient::workloads(const QString& resource, const QString& kind,
                                                     const QString& namespaceName,
                                                     const CancelToken& cancel) const {
    auto items = getItems(resource, namespaceName, cancel);
    if (!items)
        return items.error();
    QList<KubeWorkload> list;
    for (const auto& i : *items) {
        KubeWorkload w;
        w.kind = kind;
        w.name = VeleroJson::string(i, "/metadata/name");
        w.namespaceName = VeleroJson::string(i, "/metadata/namespace");
        w.replicas = int(i.contains(nlohmann::json::json_pointer("/spec/replicas"))
                             ? VeleroJson::integer(i, "/spec/replicas")
                             : 1); // Kubernetes' default
        w.readyReplicas = int(VeleroJson::integer(i, "/status/readyReplicas"));
        w.availableReplicas = int(VeleroJson::integer(i, "/status/availableReplicas"));
        w.raw = i;
        list.append(std::move(w));
    }
    return list;
}

Result<QList<KubeWorkload>> KubectlClient::deployments(const QString& namespaceName,
                                                       const CancelToken& cancel) const {
    return workloads(QStringLiteral("deployments"), QStringLiteral("Deployment"), namespaceName, cancel);
}

Result<QList<KubeWorkload>> KubectlClient::statefulSets(const QString& namespaceName,
                                                        const CancelToken& cancel) const {
    return workloads(QStringLiteral("statefulsets"), QStringLiteral("StatefulSet"), namespaceName, cancel);
}

Result<QList<KubePvc>> KubectlClient::persistentVolumeClaims(const QString& namespaceName,
                                                             const CancelToken& cancel) const {
    auto items = getItems(QStringLiteral("persistentvolumeclaims"), namespaceName, cancel);
    if (!items)
        return items.error();
    QList<KubePvc> list;
    for (const auto& i : *items) {
        KubePvc p;
        p.name = VeleroJson::string(i, "/metadata/name");
        p.namespaceName = VeleroJson::string(i, "/metadata/namespace");
        p.phase = VeleroJson::string(i, "/status/phase");
        p.storageClass = VeleroJson::string(i, "/spec/storageClassName");
        p.capacity = VeleroJson::string(i, "/status/capacity/storage");
        p.volumeName = VeleroJson::string(i, "/spec/volumeName");
        p.raw = i;
        list.append(std::move(p));
    }
    return list;
}

Result<QList<KubeNode>> KubectlClient::nodes(const CancelToken& cancel) const {
    auto items = getItems(QStringLiteral("nodes"), {}, cancel);
    if (!items)
        return items.error();
    QList<KubeNode> list;
    for (const auto& i : *items) {
        KubeNode n;
        n.name = VeleroJson::string(i, "/metadata/name");
        n.os = VeleroJson::string(i, "/metadata/labels/kubernetes.io~1os");
        const auto conditions = i.find("status");
        if (conditions != i.end() && conditions->is_object() && conditions->contains("conditions") &&
            conditions->at("conditions").is_array())
            for (const auto& c : conditions->at("conditions"))
                if (c.is_object() && c.value("type", std::string()) == "Ready")
                    n.ready = c.value("status", std::string()) == "True";
        list.append(std::move(n));
    }
    return list;
}

Result<QList<KubeDaemonSet>> KubectlClient::daemonSets(const QString& namespaceName,
                                                       const CancelToken& cancel) const {
    auto items = getItems(QStringLiteral("daemonsets"), namespaceName, cancel);
    if (!items)
        return items.error();
    QList<KubeDaemonSet> list;
    for (const auto& i : *items) {
        KubeDaemonSet d;
        d.name = VeleroJson::string(i, "/metadata/name");
        d.desired = int(VeleroJson::integer(i, "/status/desiredNumberScheduled"));
        d.updated = int(VeleroJson::integer(i, "/status/updatedNumberScheduled"));
        d.available = int(VeleroJson::integer(i, "/status/numberAvailable"));
        list.append(d);
    }
    return list;
}

Result<QList<KubeStorageClass>> KubectlClient::storageClasses(const CancelToken& cancel) const {
    auto items = getItems(QStringLiteral("storageclasses"), {}, cancel);
    if (!items)
        return items.error();
    QList<KubeStorageClass> list;
    for (const auto& i : *items) {
        KubeStorageClass c;
        c.name = VeleroJson::string(i, "/metadata/name");
        c.provisioner = VeleroJson::string(i, "/provisioner");
        c.isDefault =
            VeleroJson::string(i, "/metadata/annotations/storageclass.kubernetes.io~1is-default-class") ==
            QLatin1String("true");
        list.append(c);
    }
    return list;
}

Result<QStringList> KubectlClient::csiDrivers(const CancelToken& cancel) const {
    auto items = getItems(QStringLiteral("csidrivers"), {}, cancel);
    if (!items)
        return items.error();
    QStringList names;
    for (const auto& i : *items)
        names << VeleroJson::string(i, "/metadata/name");
    return names;
}

QStringList KubectlClient::pinToLinuxArguments(const QString& kind, const QString& name,
                                               const QString& namespaceName) {
    return {QStringLiteral("patch"),
            kind,
            name,
            QStringLiteral("-n"),
            namespaceName,
            QStringLiteral("--type"),
            QStringLiteral("merge"),
            QStringLiteral("-p"),
            QStringLiteral("{\"spec\":{\"template\":{\"spec\":{\"nodeSelector\":{\"kubernetes.io/os\":"
                           "\"linux\"}}}}}")};
}

Status KubectlClient::pinToLinux(const QString& kind, const QString& name, const QString& namespaceName,
                                 const CancelToken& cancel) const {
    ProcessSpec s;
    s.program = m_env.kubectl;
    s.arguments = pinToLinuxArguments(kind, name, namespaceName) + globalArguments();
    s.environment = m_env.processEnvironment;
    s.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(m_env.commandTimeout);
    s.displayName = QStringLiteral("kubectl patch %1 %2").arg(kind, name);
    auto r = ProcessRunner::run(s, cancel);
    if (!r)
        return r.error();
    if (r->exitCode != 0)
        return Error::make(Error::Kind::ExitCode,
                           tr("kubectl patch %1 %2 failed: %3")
                               .arg(kind, name, r->stderrTail.isEmpty() ? QString() : r->stderrTail.last()),
                           tr("Command: %1").arg(s.describe()));
    return {};
}

} // namespace aks
