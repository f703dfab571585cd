#pragma once

#include "TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace aks::test {

// The npm packages ./dev installs (AKS_NPM_DIR), or the same folder under the source tree.
inline QString npmDir() {
    const QString fromEnv = qEnvironmentVariable("AKS_NPM_DIR");
    return fromEnv.isEmpty() ? QDir(sourceDir()).filePath(QStringLiteral(".deps/npm/node_modules")) : fromEnv;
}

// One of tools/test-services/*.js, running until this object dies: it prints one JSON line with
// its ports once it is ready, and stops its servers when its stdin closes.
class ServiceProcess {
public:
    ~ServiceProcess() { stop(); }

    // Empty on success, else why the service could not start (the test fails with it).
    QString start(const QString& script, const QStringList& args, const QProcessEnvironment& extraEnv = {}) {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            return QStringLiteral("node is not installed; run ./dev test, which installs it");
        for (const char* pkg : {"azurite", "s3rver", "aws4"})
            if (!QFileInfo::exists(QDir(npmDir()).filePath(QString::fromLatin1(pkg))))
                return QStringLiteral(
                           "the npm package %1 is missing from %2; run ./dev test (or: mkdir -p .deps/npm "
                           "&& cp tools/npm/package*.json .deps/npm/ && (cd .deps/npm && npm ci))")
                    .arg(QString::fromLatin1(pkg), npmDir());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AKS_NPM_DIR"), npmDir());
        for (const QString& k : extraEnv.keys())
            env.insert(k, extraEnv.value(k));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(
            node,
            QStringList{QDir(sourceDir()).filePath(QStringLiteral("tools/test-services/") + script)} + args);
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("cannot start node: %1").arg(m_process.errorString());
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine()) {
            if (m_process.state() != QProcess::Running || t.elapsed() > 150000)
                return QStringLiteral("%1 did not start: %2")
                    .arg(script, QString::fromUtf8(m_process.readAllStandardError()));
            m_process.waitForReadyRead(200);
        }
        m_info = QJsonDocument::fromJson(m_process.readLine()).object();
        return m_info.isEmpty() ? QStringLiteral("%1 printed no ports").arg(script) : QString();
    }

    int port(const char* name) const { return m_info.value(QString::fromLatin1(name)).toInt(); }

    void stop() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000)) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

private:
    QProcess m_process;
    QJsonObject m_info;
};

} // namespace aks::test
