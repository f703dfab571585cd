#include "SimState.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>

namespace aks::sim {

SimState::SimState(QString stateDir) : m_stateDir(std::move(stateDir)) {}

QString SimState::akshciDir() const {
    return QDir(m_stateDir).filePath(QStringLiteral("akshci"));
}
QString SimState::statePath() const {
    return QDir(akshciDir()).filePath(QStringLiteral("state.json"));
}

nlohmann::json SimState::emptyState() {
    return {{"installed", false}, {"deploymentName", "aks-demo"}, {"version", "1.0.24.11029"},
            {"config", nullptr},  {"registration", nullptr},      {"clusters", nlohmann::json::array()}};
}

nlohmann::json SimState::read() const {
    QFile f(statePath());
    if (!f.open(QIODevice::ReadOnly))
        return emptyState();
    const QByteArray data = f.readAll();
    try {
        auto j = nlohmann::json::parse(data.constBegin(), data.constEnd());
        if (j.is_object())
            return j;
    } catch (const nlohmann::json::exception&) {
    }
    return emptyState();
}

bool SimState::write(const nlohmann::json& state, QString* error) {
    QDir().mkpath(akshciDir());
    QSaveFile f(statePath());
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1").arg(statePath());
        return false;
    }
    f.write(QByteArray::fromStdString(state.dump(2)));
    if (!f.commit()) {
        *error = QStringLiteral("Cannot write %1").arg(statePath());
        return false;
    }
    return true;
}

bool SimState::update(const std::function<bool(nlohmann::json&)>& fn, QString* error) {
    QDir().mkpath(akshciDir());
    QLockFile lock(QDir(akshciDir()).filePath(QStringLiteral("state.lock")));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(30000)) {
        *error = QStringLiteral("The AksHci state is locked by another operation.");
        return false;
    }
    nlohmann::json state = read();
    if (!fn(state))
        return true;
    return write(state, error);
}

void SimState::recordCall(const nlohmann::json& call) const {
    QDir().mkpath(akshciDir());
    QFile f(QDir(akshciDir()).filePath(QStringLiteral("calls.jsonl")));
    if (f.open(QIODevice::Append))
        f.write(QByteArray::fromStdString(call.dump()) + '\n');
}

void SimState::recordProcessStart() const {
    QDir().mkpath(akshciDir());
    QFile f(QDir(akshciDir()).filePath(QStringLiteral("processes.log")));
    if (f.open(QIODevice::Append))
        f.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
}

} // namespace aks::sim
