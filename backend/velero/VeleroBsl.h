#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <nlohmann/json.hpp>

namespace aks {

// A velero.io/v1 BackupStorageLocation: where backups are kept and whether Velero can reach it.
struct VeleroBsl {
    Q_DECLARE_TR_FUNCTIONS(VeleroBsl)
public:
    QString name;
    QString provider; // azure, aws, velero.io/azure ...
    QString bucket;
    QString prefix;
    QMap<QString, QString> config;
    bool isDefault = false;
    QString accessMode = QStringLiteral("ReadWrite"); // or ReadOnly
    QString phase;                                    // Available, Unavailable; empty before validation
    QString message;
    QDateTime lastValidationTime;
    QDateTime lastSyncedTime;
    nlohmann::json raw;

    bool isAvailable() const { return phase == QLatin1String("Available"); }
    bool isReadOnly() const { return accessMode == QLatin1String("ReadOnly"); }

    static Result<VeleroBsl> fromJson(const nlohmann::json& object);
};

} // namespace aks
