#include "KubectlCommand.h"

#include "SimEnv.h"
#include "SimKube.h"
#include "SimRestores.h"
#include "SimStore.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <cstdlib>

namespace aks::sim {
namespace {

QString canonical(const QString& resource) {
    static const QList<QStringList> aliases{
        {QStringLiteral("namespaces"), QStringLiteral("namespace"), QStringLiteral("ns")},
        {QStringLiteral("deployments"), QStringLiteral("deployment"), QStringLiteral("deploy"),
         QStringLiteral("deployments.apps")},
        {QStringLiteral("statefulsets"), QStringLiteral("statefulset"), QStringLiteral("sts"),
         QStringLiteral("statefulsets.apps")},
        {QStringLiteral("persistentvolumeclaims"), QStringLiteral("persistentvolumeclaim"),
         QStringLiteral("pvc")},
        {QStringLiteral("pods"), QStringLiteral("pod"), QStringLiteral("po")},
        {QStringLiteral("services"), QStringLiteral("service"), QStringLiteral("svc")},
        {QStringLiteral("configmaps"), QStringLiteral("configmap"), QStringLiteral("cm")},
        {QStringLiteral("secrets"), QStringLiteral("secret")},
        {QStringLiteral("replicasets"), QStringLiteral("replicaset"), QStringLiteral("rs")},
        {QStringLiteral("serviceaccounts"), QStringLiteral("serviceaccount"), QStringLiteral("sa")}};
    for (const auto& group : aliases)
        if (group.contains(resource))
            return group.first();
    return {};
}

} // namespace

KubectlCommand::KubectlCommand() : m_out(stdout), m_err(stderr) {}

int KubectlCommand::run(const QStringList& arguments) {
    const SimArgs args =
        SimArgs::parse(arguments, {QStringLiteral("all-namespaces"), QStringLiteral("help")});
    const char* faults = "AKS_SIM_KUBECTL_FAULT";
    if (SimEnv::fault(QStringLiteral("hang"), faults))
        for (;;)
            QThread::sleep(60);
    if (SimEnv::fault(QStringLiteral("crash"), faults))
        std::abort();
    if (SimEnv::fault(QStringLiteral("garbage"), faults)) {
        m_out << "{\"apiVersion\": \"v1\", \"items\": [" << Qt::endl;
        return 0;
    }
    if (args.positional.value(0) != QLatin1String("get")) {
        m_err << "error: unknown command \"" << args.positional.value(0) << "\" for \"kubectl\"" << Qt::endl;
        return 1;
    }
    const QString resource = canonical(args.positional.value(1));
    if (resource.isEmpty()) {
        m_err << "error: the server doesn't have a resource type \"" << args.positional.value(1) << "\""
              << Qt::endl;
        return 1;
    }
    QString error;
    const auto env = SimEnv::connect(args, QStringLiteral("context"), &error);
    if (!env) {
        m_err << "E1128 " << error << "\nUnable to connect to the server: " << error << Qt::endl;
        return 1;
    }
    // A restore that is due is finished before the cluster is looked at.
    const auto install = SimEnv::readJson(env->veleroDir() + QStringLiteral("/install.json"));
    if (install && install->is_object()) {
        QString bucket = QString::fromStdString(install->value("bucket", std::string()));
        if (!QDir::isAbsolutePath(bucket))
            bucket = env->defaultBucket();
        SimRestores(*env,
                    SimStore(SimStore::prefixRoot(
                        bucket, QString::fromStdString(install->value("prefix", std::string())))),
                    QString::fromStdString(install->value("namespace", std::string("velero"))))
            .all();
    }
    const SimKube kube(env->kubeDir());
    const bool all = args.isTrue(QStringLiteral("all-namespaces"));
    const QString ns = all ? QString() : args.value(QStringLiteral("namespace"), QStringLiteral("default"));
    nlohmann::json items = nlohmann::json::array();
    if (resource == QLatin1String("namespaces")) {
        for (const QString& n : kube.namespaces(install.has_value()))
            items.push_back({{"apiVersion", "v1"},
                             {"kind", "Namespace"},
                             {"metadata", {{"name", n.toStdString()}}},
                             {"spec", {{"finalizers", {"kubernetes"}}}},
                             {"status", {{"phase", "Active"}}}});
    } else {
        for (auto& o : kube.objects(resource, ns))
            items.push_back(std::move(o));
    }
    const QString output = args.value(QStringLiteral("output"));
    if (output == QLatin1String("json")) {
        const nlohmann::json list = {{"apiVersion", "v1"},
                                     {"items", items},
                                     {"kind", "List"},
                                     {"metadata", {{"resourceVersion", ""}}}};
        m_out << QString::fromStdString(list.dump(4)) << Qt::endl;
        return 0;
    }
    if (items.empty()) {
        m_err << (ns.isEmpty() ? QStringLiteral("No resources found")
                               : QStringLiteral("No resources found in %1 namespace.").arg(ns))
              << Qt::endl;
        return 0;
    }
    m_out << "NAME" << Qt::endl;
    for (const auto& i : items)
        m_out << QString::fromStdString(i["metadata"].value("name", std::string())) << Qt::endl;
    return 0;
}

} // namespace aks::sim
