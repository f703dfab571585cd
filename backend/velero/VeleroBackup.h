#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace aks {

// A velero.io/v1 Backup as `velero backup get -o json` prints it (and as velero-backup.json holds
// it in the store). The typed fields are the ones the app shows; raw keeps the whole object.
struct VeleroBackup {
    Q_DECLARE_TR_FUNCTIONS(VeleroBackup)
public:
    QString name;
    QString veleroNamespace;
    QString uid;
    QString phase; // New, InProgress, Completed, PartiallyFailed, Failed, ... (see velero-format.md)
    QString storageLocation;
    QString scheduleName; // label velero.io/schedule-name; empty for a manual backup
    QStringList includedNamespaces;
    QStringList excludedNamespaces;
    QString ttl;           // Go duration as written, e.g. 720h0m0s
    qint64 ttlSeconds = 0; // 0 when absent or unreadable
    QDateTime created;
    QDateTime started;
    QDateTime completed;
    QDateTime expiration;
    int errors = 0;
    int warnings = 0;
    int totalItems = 0;
    int itemsBackedUp = 0;
    QString failureReason;
    QStringList validationErrors;
    nlohmann::json raw;

    bool isCompleted() const { return phase == QLatin1String("Completed"); }
    // The recovery point: the start (else creation, else completion) time.
    QDateTime pointInTime() const;

    static Result<VeleroBackup> fromJson(const nlohmann::json& object);
};

} // namespace aks
