#pragma once

#include "TestEnv.h"
#include "env/EnvironmentConfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

// A seeded simulator state folder and an environment that runs aks-sim-powershell over it.
struct SimFixture {
    QTemporaryDir dir;

    bool seed(int extraClusters = 0) {
        QStringList args{QStringLiteral("--seed-demo"), QStringLiteral("--state"), dir.path()};
        if (extraClusters > 0)
            args << QStringLiteral("--extra-clusters") << QString::number(extraClusters);
        return QProcess::execute(simulator(), args) == 0;
    }
    static QString simulator() { return aks::test::binary(QStringLiteral("aks-sim-powershell")); }
    QString akshciDir() const { return QDir(dir.path()).filePath(QStringLiteral("akshci")); }

    aks::EnvironmentConfig env(aks::EnvironmentConfig::PowerShellMode mode =
                                   aks::EnvironmentConfig::PowerShellMode::LongLived) const {
        aks::EnvironmentConfig e;
        e.powershell = simulator();
        e.powershellMode = mode;
        e.processEnvironment.insert(QStringLiteral("AKS_SIM_STATE"), dir.path());
        e.processEnvironment.insert(QStringLiteral("AKS_SIM_DELAY_MS"), QStringLiteral("200"));
        e.commandTimeout = std::chrono::seconds(20);
        e.longCommandTimeout = std::chrono::seconds(30);
        return e;
    }
    void setFault(const QString& spec) const {
        QFile f(QDir(akshciDir()).filePath(QStringLiteral("fault")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(spec.toUtf8());
    }
    void clearFault() const { QFile::remove(QDir(akshciDir()).filePath(QStringLiteral("fault"))); }
    nlohmann::json state() const {
        QFile f(QDir(akshciDir()).filePath(QStringLiteral("state.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return nlohmann::json::parse(f.readAll().toStdString());
    }
    // Every cmdlet call the simulator recorded, in order.
    QList<nlohmann::json> calls() const {
        QList<nlohmann::json> out;
        QFile f(QDir(akshciDir()).filePath(QStringLiteral("calls.jsonl")));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                out << nlohmann::json::parse(line.toStdString());
        return out;
    }
    int processStarts() const {
        QFile f(QDir(akshciDir()).filePath(QStringLiteral("processes.log")));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return int(f.readAll().count('\n'));
    }
};
