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

} // namespace aks
