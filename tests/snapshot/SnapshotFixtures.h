#pragma once

#include "TestEnv.h"
#include "snapshot/Snapshot.h"
#include "snapshot/SnapshotCapture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTimeZone>

#include <nlohmann/json.hpp>

// The hand-made deployment in tests/snapshot/data, shaped like the cmdlets' output.
namespace aks::test {

inline nlohmann::json readFixture(const QString& name) {
    QFile f(QDir(sourceDir()).filePath(QStringLiteral("tests/snapshot/data/") + name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return nlohmann::json::parse(f.readAll().toStdString());
}

inline Snapshot fixtureSnapshot() {
    std::vector<SnapshotCluster> clusters;
    for (const auto& c : readFixture(QStringLiteral("clusters.json")))
        clusters.push_back(
            {QString::fromStdString(c["name"].get<std::string>()), c["cluster"], c["nodePools"]});
    Snapshot s = SnapshotCapture::fromDocuments(readFixture(QStringLiteral("config.json")), clusters,
                                                readFixture(QStringLiteral("versions.json")));
    s.createdUtc = QDateTime(QDate(2026, 11, 1), QTime(2, 30, 0), QTimeZone::utc());
    s.host = QStringLiteral("hci-node-1");
    return s;
}

// The secrets config.json holds; none may appear in a redacted export.
inline QStringList fixtureSecrets() {
    return {QStringLiteral("Pr0xyPassw0rd!"),
            QStringLiteral("svc-proxy-user-77"),
            QStringLiteral("S3cretProxyPassw0rd#42"),
            QStringLiteral("spn-Secret-Value-9f8e7d6c5b"),
            QStringLiteral("ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNklrdFdRU0o5LmtpZC1zZWNyZXQtdG9rZW4="),
            QStringLiteral("PRIVATEKEYBODY")};
}

// Every file under a folder, hidden ones included, with its bytes.
inline QList<QPair<QString, QByteArray>> allFiles(const QString& dir) {
    QList<QPair<QString, QByteArray>> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.append({path, f.readAll()});
    }
    return out;
}

} // namespace aks::test
