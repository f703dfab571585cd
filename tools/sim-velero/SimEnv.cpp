#include "SimEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace aks::sim {

QString SimEnv::stateDirFrom(const SimArgs& args) {
    const QString dir = args.value(QStringLiteral("state"), qEnvironmentVariable("AKS_SIM_STATE"));
    return dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

std::optional<SimEnv> SimEnv::connect(const SimArgs& args, const QString& contextFlag, QString* error) {
    SimEnv env;
    env.stateDir = stateDirFrom(args);
    if (env.stateDir.isEmpty()) {
        *error = QStringLiteral("simulator: no state folder (give --state DIR or set AKS_SIM_STATE)");
        return std::nullopt;
    }
    QString kubeconfig = args.value(QStringLiteral("kubeconfig"), qEnvironmentVariable("KUBECONFIG"));
    kubeconfig = kubeconfig.section(QLatin1Char(':'), 0, 0);
    QString context = args.value(contextFlag);
    if (kubeconfig.isEmpty() && context.isEmpty()) {
        *error = QStringLiteral("invalid configuration: no configuration has been provided, try setting "
                                "KUBERNETES_MASTER environment variable");
        return std::nullopt;
    }
    if (!kubeconfig.isEmpty()) {
        QFile f(kubeconfig);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("stat %1: no such file or directory").arg(kubeconfig);
            return std::nullopt;
        }
        if (context.isEmpty()) {
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine()).trimmed();
                if (line.startsWith(QLatin1String("current-context:"))) {
                    context = line.mid(16).trimmed();
                    context.remove(QLatin1Char('"'));
                    context.remove(QLatin1Char('\''));
                }
            }
        }
    }
    if (context.isEmpty()) {
        *error = QStringLiteral("invalid configuration: no configuration has been provided");
        return std::nullopt;
    }
    const auto state = readJson(env.stateDir + QStringLiteral("/akshci/state.json"));
    bool known = false;
    if (state && state->contains("clusters") && (*state)["clusters"].is_array())
        for (const auto& c : (*state)["clusters"])
            if (c.is_object() && c.value("Name", std::string()) == context.toStdString())
                known = true;
    if (!known) {
        *error = QStringLiteral("Get \"https://%1:6443/api?timeout=32s\": dial tcp: lookup %1: no such host")
                     .arg(context);
        return std::nullopt;
    }
    env.cluster = context;
    return env;
}

QString SimEnv::veleroDir() const {
    return stateDir + QStringLiteral("/velero/") + cluster;
}

QString SimEnv::kubeDir() const {
    return stateDir + QStringLiteral("/kube/") + cluster;
}

bool SimEnv::fault(const QString& fault, const char* variable) {
    return qEnvironmentVariable(variable).split(QLatin1Char(','), Qt::SkipEmptyParts).contains(fault);
}

QDateTime SimEnv::now() {
    const QString fixed = qEnvironmentVariable("AKS_SIM_NOW");
    if (!fixed.isEmpty()) {
        const QDateTime t = QDateTime::fromString(fixed, Qt::ISODate);
        if (t.isValid())
            return t.toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

QString SimEnv::timestamp(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<nlohmann::json> SimEnv::readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray data = f.readAll();
    auto j = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (j.is_discarded())
        return std::nullopt;
    return j;
}

bool SimEnv::writeJson(const QString& path, const nlohmann::json& value) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const std::string text = value.dump(2) + "\n";
    f.write(text.data(), qint64(text.size()));
    return f.commit();
}

} // namespace aks::sim
