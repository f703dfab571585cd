#pragma once

#include "velero/RestoreOptions.h"

#include "RecoveryTarget.h"
#include "RestorePlan.h"
#include "RestoreStep.h"

#include <QCoreApplication>

#include <chrono>
#include <vector>

namespace aks {

// How long the waiting steps poll and how often.
struct StepTimings {
    std::chrono::milliseconds poll{2000};
    std::chrono::milliseconds locationTimeout{std::chrono::minutes(10)};
    std::chrono::milliseconds readyTimeout{std::chrono::minutes(10)};
    std::chrono::milliseconds restoreTimeout{std::chrono::hours(2)};
};

// Turns a plan into the documented procedure's steps (akshci.md §2), each bound to the target.
class RestoreStepsBuilder {
    Q_DECLARE_TR_FUNCTIONS(RestoreStepsBuilder)
public:
    // The target must outlive the steps.
    static std::vector<RestoreStep> build(const RestorePlan& plan, RecoveryTarget& target,
                                          const StepTimings& timings = {});

    // The plan's options as `velero restore create` takes them.
    static RestoreOptions restoreOptions(const ClusterRestorePlan& c);
    // The journal key of the step that verifies a cluster's backup (the report reads its verdict).
    static QString verifyStepId(const ClusterRestorePlan& c);
    // `velero restore create` as it will run for this cluster (VeleroClient's own argument list).
    static QStringList restoreCreateArguments(const ClusterRestorePlan& c);
    // The namespaces the restore should bring back, given the backup's and the options.
    static QStringList expectedNamespaces(const ClusterRestorePlan& c, const QStringList& inBackup);
};

} // namespace aks
