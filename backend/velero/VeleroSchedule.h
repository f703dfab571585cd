#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace aks {

// A velero.io/v1 Schedule: a cron expression and the backup template it produces.
struct VeleroSchedule {
    Q_DECLARE_TR_FUNCTIONS(VeleroSchedule)
public:
    QString name;
    QString cron;  // spec.schedule
    QString phase; // Enabled, FailedValidation
    bool paused = false;
    QString ttl;
    qint64 ttlSeconds = 0;
    QStringList includedNamespaces;
    QString storageLocation;
    QDateTime created;
    QDateTime lastBackup;
    QStringList validationErrors;
    nlohmann::json raw;

    static Result<VeleroSchedule> fromJson(const nlohmann::json& object);
};

} // namespace aks
