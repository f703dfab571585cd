#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace aks {

// A velero.io/v1 Restore and how far it got.
struct VeleroRestore {
    Q_DECLARE_TR_FUNCTIONS(VeleroRestore)
public:
    QString name;
    QString backupName;
    QString scheduleName;
    QString phase; // New, InProgress, Completed, PartiallyFailed, Failed, FailedValidation, ...
    QStringList includedNamespaces;
    QStringList excludedNamespaces;
    QStringList includedResources;
    QStringList excludedResources;
    QMap<QString, QString> namespaceMapping;
    QString existingResourcePolicy;
    QDateTime created;
    QDateTime started;
    QDateTime completed;
    int errors = 0;
    int warnings = 0;
    int totalItems = 0;
    int itemsRestored = 0;
    QString failureReason;
    QStringList validationErrors;
    nlohmann::json raw;

    // A phase after which nothing changes any more.
    bool isFinished() const;
    bool isSuccessful() const { return phase == QLatin1String("Completed"); }
    // 0-100, or -1 when Velero has not counted the items yet.
    int percent() const;

    static Result<VeleroRestore> fromJson(const nlohmann::json& object);
};

} // namespace aks
