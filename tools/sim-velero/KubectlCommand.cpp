#include "KubectlCommand.h"

#include "SimEnv.h"
#include "SimKube.h"
#include "SimNodes.h"
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
        {QStringLiteral("serviceaccounts"), QStringLiteral("serviceaccount"), QStringLiteral("sa")},
        {QStringLiteral("nodes"), QStringLiteral("node"), QStringLiteral("no")},
        {QStringLiteral("daemonsets"), QStringLiteral("daemonset"), QStringLiteral("ds"),
         QStringLiteral("daemonsets.apps")},
        {QStringLiteral("storageclasses"), QStringLiteral("storageclass"), QStringLiteral("sc"),
         QStringLiteral("storageclasses.storage.k8s.io")},
        {QStringLiteral("csidrivers"), QStringLiteral("csidriver"),
         QStringLiteral("csidrivers.storage.k8s.io")}};
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
    if (args.positional.value(0) == QLatin1String("patch"))
        return patch(args);
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
    const auto env = connect(args);
    if (!env)
        return 1;
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
    } else if (resource == QLatin1String("nodes")) {
        items = SimNodes(*env).nodes();
    } else if (resource == QLatin1String("storageclasses")) {
        items = kube.storageClasses();
    } else if (resource == QLatin1String("csidrivers")) {
        items = kube.csiDrivers();
    } else {
        for (auto& o : kube.objects(resource, ns))
            items.push_back(std::move(o));
        // Velero's own workloads, in its namespace, once installed.
        const bool veleroNs =
            install && install->is_object() &&
            (all || ns == QString::fromStdString(install->value("namespace", std::string("velero"))));
        if (veleroNs && resource == QLatin1String("deployments"))
            for (auto& o : SimNodes(*env).deployments(*install))
                items.push_back(std::move(o));
        if (veleroNs && resource == QLatin1String("daemonsets"))
            for (auto& o : SimNodes(*env).daemonSets(*install))
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

std::optional<SimEnv> KubectlCommand::connect(const SimArgs& args) {
    QString error;
    auto env = SimEnv::connect(args, QStringLiteral("context"), &error);
    if (!env)
        m_err << "E1128 " << error << "\nUnable to connect to the server: " << error << Qt::endl;
    return env;
}

// `kubectl patch deployment|daemonset NAME -n NS --type merge -p JSON` on Velero's workloads: only the
// pod template's nodeSelector is kept (what the simulator models).
int KubectlCommand::patch(const SimArgs& args) {
    const QString kind = canonical(args.positional.value(1));
    const QString name = args.positional.value(2);
    if (kind.isEmpty() || name.isEmpty()) {
        m_err << "error: You must provide one or more resources by argument or filename." << Qt::endl;
        return 1;
    }
    for (auto it = args.flags.cbegin(); it != args.flags.cend(); ++it)
        if (!QStringList{QStringLiteral("namespace"), QStringLiteral("type"), QStringLiteral("p"),
                         QStringLiteral("patch"), QStringLiteral("kubeconfig"), QStringLiteral("context")}
                 .contains(it.key())) {
            m_err << "error: unknown flag: --" << it.key() << Qt::endl;
            return 1;
        }
    const QString type = args.value(QStringLiteral("type"), QStringLiteral("strategic"));
    if (type != QLatin1String("merge") && type != QLatin1String("strategic") &&
        type != QLatin1String("json")) {
        m_err << "error: --type must be one of [json merge strategic], not \"" << type << "\"" << Qt::endl;
        return 1;
    }
    const QString body = args.value(QStringLiteral("patch"), args.value(QStringLiteral("p")));
    if (body.isEmpty()) {
        m_err << "error: must specify -p to patch" << Qt::endl;
        return 1;
    }
    const auto j = nlohmann::json::parse(body.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || type == QLatin1String("json")) {
        m_err << "error: unable to parse \"" << body << "\": yaml: did not find expected node content"
              << Qt::endl;
        return 1;
    }
    const auto env = connect(args);
    if (!env)
        return 1;
    const QString installFile = env->veleroDir() + QStringLiteral("/install.json");
    auto install = SimEnv::readJson(installFile);
    const QString ns = args.value(QStringLiteral("namespace"), QStringLiteral("default"));
    const QString plural = kind == QLatin1String("deployments") ? QStringLiteral("deployments.apps")
                                                                : QStringLiteral("daemonsets.apps");
    bool found = false;
    if (install && install->is_object() &&
        ns == QString::fromStdString(install->value("namespace", std::string("velero")))) {
        const SimNodes nodes(*env);
        const auto list =
            kind == QLatin1String("deployments") ? nodes.deployments(*install) : nodes.daemonSets(*install);
        for (const auto& o : list)
            found = found || o["metadata"].value("name", std::string()) == name.toStdString();
    }
    if (!found || (kind != QLatin1String("deployments") && kind != QLatin1String("daemonsets"))) {
        m_err << "Error from server (NotFound): " << plural << " \"" << name << "\" not found" << Qt::endl;
        return 1;
    }
    const auto selector = j.value("spec", nlohmann::json::object())
                              .value("template", nlohmann::json::object())
                              .value("spec", nlohmann::json::object())
                              .value("nodeSelector", nlohmann::json());
    if (selector.is_object()) {
        (*install)["nodeSelector"][kind == QLatin1String("deployments") ? "deployment" : "daemonset"] =
            selector;
        if (!SimEnv::writeJson(installFile, *install)) {
            m_err << "error: could not write the simulator state" << Qt::endl;
            return 1;
        }
    }
    m_out << plural << "/" << name << " patched" << Qt::endl;
    return 0;
}

} // namespace aks::sim
