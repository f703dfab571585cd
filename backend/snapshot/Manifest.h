#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace aks {

// manifest.json: who wrote a snapshot, when, and the SHA-256 and size of every other file in it,
// so a copy that was cut short or edited is caught before anyone trusts it.
struct Manifest {
    Q_DECLARE_TR_FUNCTIONS(Manifest)
public:
    struct FileEntry {
        QString name;
        QString sha256; // lowercase hex
        qint64 size = 0;
    };

    int formatVersion = 0;
    QString toolVersion;
    QString host;
    QDateTime createdUtc;
    QString deployment;
    QStringList clusters;
    bool redacted = true;
    bool encrypted = false;
    int kdfIterations = 0; // PBKDF2 iterations when encrypted
    std::vector<FileEntry> files;

    const FileEntry* file(const QString& name) const;
    nlohmann::json toJson() const;
    // `source` names the file in error messages.
    static Result<Manifest> fromJson(const nlohmann::json& j, const QString& source);
};

} // namespace aks
