#pragma once

#include "KubeObjects.h"
#include "VeleroTarget.h"
#include "core/Result.h"
#include "env/EnvironmentConfig.h"
#include "jobs/CancelToken.h"
#include "jobs/ProcessSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace aks {

// The few kubectl calls velero has no answer for: which namespaces exist and whether the restored
// workloads and volumes are up. Same rules as VeleroClient (blocking, argument lists, thread-safe);
// the target's veleroNamespace is not used.
class KubectlClient {
    Q_DECLARE_TR_FUNCTIONS(KubectlClient)
public:
    KubectlClient(EnvironmentConfig environment, VeleroTarget target);

    Result<QStringList> namespaces(const CancelToken& cancel) const;
    Result<QList<KubeWorkload>> deployments(const QString& namespaceName, const CancelToken& cancel) const;
    Result<QList<KubeWorkload>> statefulSets(const QString& namespaceName, const CancelToken& cancel) const;
    Result<QList<KubePvc>> persistentVolumeClaims(const QString& namespaceName,
                                                  const CancelToken& cancel) const;

    Result<QList<KubeNode>> nodes(const CancelToken& cancel) const;
    Result<QList<KubeDaemonSet>> daemonSets(const QString& namespaceName, const CancelToken& cancel) const;
    Result<QList<KubeStorageClass>> storageClasses(const CancelToken& cancel) const;
    Result<QStringList> csiDrivers(const CancelToken& cancel) const;
    // `kubectl patch KIND NAME -n NS --type merge -p ...` adding nodeSelector kubernetes.io/os=linux
    // to the pod template (kind: deployment or daemonset); without the global arguments.
    static QStringList pinToLinuxArguments(const QString& kind, const QString& name,
                                           const QString& namespaceName);
    Status pinToLinux(const QString& kind, const QString& name, const QString& namespaceName,
                      const CancelToken& cancel) const;

    QStringList globalArguments() const;

private:
    Result<nlohmann::json> getItems(const QString& resource, const QString& namespaceName,
                                    const CancelToken& cancel) const;
    Result<QList<KubeWorkload>> workloads(const QString& resource, const QString& kind,
                                          const QString& namespaceName, const CancelToken& cancel) const;

    EnvironmentConfig m_env;
    VeleroTarget m_target;
};

} // namespace aks
