#pragma once

#include "restore/RecoveryTarget.h"

#include <QMap>
#include <QSet>

// An in-memory deployment for the engine's unit tests: counts every changing call.
class FakeRecoveryTarget : public aks::RecoveryTarget {
public:
    bool management = true;
    QSet<QString> clusters;
    // Clusters whose node pools are not all there (a run died between the cmdlets).
    QSet<QString> poolsMissing;
    QMap<QString, QStringList> clusterNamespaces;
    QSet<QString> velero;
    QMap<QString, QStringList> backupNs;
    QSet<QString> badBackups;
    QMap<QString, QString> restores; // restore name -> cluster
    QString finalPhase = QStringLiteral("Completed");
    QStringList snapshotDiff;
    QString readOnlyCluster;
    QMap<QString, QStringList>
        expiringBackups; // cluster -> backups a ReadWrite location would lose ("chosen": the restored one)
    QMap<QString, int> calls;
    // Set to make the next call of that name fail once.
    QString failOnce;

    aks::Status verifyBackup(const QString&, const QString& backup, const aks::CancelToken&) override {
        if (badBackups.contains(backup))
            return aks::Error::make(aks::Error::Kind::Corrupt, QStringLiteral("the tarball is truncated."));
        return {};
    }
    QDateTime backupTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QString newerBackup; // a later Completed backup in the store; empty: the one planned is the newest
    bool snapshotOk = true;
    QMap<QString, QString> backupPhase; // backup -> phase, Completed when not listed
    aks::Result<aks::BackupFacts> backupFacts(const QString&, const QString& backup,
                                              const aks::CancelToken&) override {
        return aks::BackupFacts{backupPhase.value(backup, QStringLiteral("Completed")), backupTime,
                                newerBackup};
    }
    aks::Status snapshotUsable() override {
        if (!snapshotOk)
            return aks::Error::make(aks::Error::Kind::NotFound, QStringLiteral("no snapshot"));
        return {};
    }
    aks::Result<QStringList> backupNamespaces(const QString& cluster, const QString&,
                                              const aks::CancelToken&) override {
        return backupNs.value(cluster);
    }
    aks::Result<bool> managementInstalled(const aks::CancelToken&) override { return management; }
    aks::Status uninstallManagement(const aks::CancelToken&) override {
        ++calls[QStringLiteral("uninstall")];
        management = false;
        clusters.clear();
        clusterNamespaces.clear();
        velero.clear();
        restores.clear();
        return {};
    }
    QString liveName = QStringLiteral("aks-demo");
    aks::Result<QString> liveDeploymentName(const aks::CancelToken&) override { return liveName; }
    aks::Result<QStringList> liveClusters(const aks::CancelToken&) override {
        QStringList out(clusters.cbegin(), clusters.cend());
        out.sort();
        return out;
    }
    aks::Status installManagement(const aks::CancelToken&) override {
        if (failOnce == QLatin1String("install")) {
            failOnce.clear();
            return aks::Error::make(aks::Error::Kind::ExitCode, QStringLiteral("Install-AksHci failed."));
        }
        ++calls[QStringLiteral("install")];
        management = true;
        return {};
    }
    aks::Result<bool> clusterExists(const QString& c, const aks::CancelToken&) override {
        return clusters.contains(c);
    }
    aks::Result<QStringList> missingNodePools(const QString& c, const aks::CancelToken&) override {
        if (poolsMissing.contains(c))
            return QStringList{c + QStringLiteral("-pool2")};
        return QStringList();
    }
    aks::Status createCluster(const QString& c, const aks::CancelToken&) override {
        if (clusters.contains(c)) {
            ++calls[QStringLiteral("add-pools:") + c];
            poolsMissing.remove(c);
            return {};
        }
        ++calls[QStringLiteral("create:") + c];
        clusters.insert(c);
        clusterNamespaces[c] = {QStringLiteral("default"), QStringLiteral("kube-system")};
        return {};
    }
    aks::Result<QStringList> compareWithSnapshot(const aks::CancelToken&) override { return snapshotDiff; }
    aks::Result<QStringList> namespaces(const QString& c, const aks::CancelToken&) override {
        return clusterNamespaces.value(c);
    }
    aks::Result<bool> veleroInstalled(const QString& c, const aks::CancelToken&) override {
        return velero.contains(c);
    }
    aks::Status installVelero(const QString& c, const aks::CancelToken&) override {
        ++calls[QStringLiteral("velero:") + c];
        velero.insert(c);
        clusterNamespaces[c].append(QStringLiteral("velero"));
        return {};
    }
    aks::Result<aks::LocationChoice> locationChoice(const QString& c, const aks::CancelToken&) override {
        aks::LocationChoice choice;
        choice.readOnly = c == readOnlyCluster;
        choice.expiring = expiringBackups.value(c);
        choice.chosenExpires = choice.expiring.contains(QStringLiteral("chosen"));
        choice.why = QStringLiteral("fake choice for %1").arg(c);
        return choice;
    }
    aks::Result<aks::BackupLocationState> backupLocation(const QString& c, const QString&,
                                                         const aks::CancelToken&) override {
        aks::BackupLocationState s;
        s.name = QStringLiteral("default");
        s.phase = QStringLiteral("Available");
        s.accessMode = c == readOnlyCluster ? QStringLiteral("ReadOnly") : QStringLiteral("ReadWrite");
        s.backupSynced = true;
        return s;
    }
    aks::Result<bool> restoreExists(const QString&, const QString& name, const aks::CancelToken&) override {
        return restores.contains(name);
    }
    aks::Status createRestore(const aks::ClusterRestorePlan& p, const aks::CancelToken&) override {
        ++calls[QStringLiteral("restore:") + p.cluster];
        restores.insert(p.restoreName, p.cluster);
        for (const QString& ns : backupNs.value(p.cluster))
            clusterNamespaces[p.cluster].append(p.namespaceMappings.value(ns, ns));
        return {};
    }
    aks::Result<aks::RestoreRunState> restoreState(const QString&, const QString&,
                                                   const aks::CancelToken&) override {
        aks::RestoreRunState s;
        s.phase = finalPhase;
        s.itemsRestored = s.totalItems = 10;
        if (finalPhase == QLatin1String("PartiallyFailed")) {
            s.warnings = 1;
            s.warningsByNamespace[QStringLiteral("shop")] = {QStringLiteral("could not restore service web")};
        }
        return s;
    }
    QStringList installManagementCommands() const override {
        return {QStringLiteral("Set-AksHciConfig ..."), QStringLiteral("Install-AksHci")};
    }
    QStringList createClusterCommands(const QString& c) const override {
        return {QStringLiteral("New-AksHciCluster -name %1").arg(c)};
    }
    QStringList installVeleroCommands(const QString& c) const override {
        return {QStringLiteral("velero install # %1").arg(c)};
    }
    QStringList pinVeleroCommands(const QString& c) const override {
        return {QStringLiteral("kubectl patch deployment velero # %1").arg(c)};
    }

    // Versions: the CLI, the server (empty: none runs) and the floor of the backup's maker.
    QString clientVersion = QStringLiteral("v1.13.2");
    QMap<QString, QString> serverVersion; // cluster -> version, when Velero runs there before the run
    aks::BackupMadeBy backupMadeBy{{1, 13, 0}, QStringLiteral("the volume information file")};
    aks::Result<aks::VeleroVersions> veleroVersions(const QString& c, const QString&,
                                                    const aks::CancelToken&) override {
        ++calls[QStringLiteral("versions:") + c];
        return aks::VeleroVersions{clientVersion,
                                   velero.contains(c) ? serverVersion.value(c, clientVersion) : QString(),
                                   backupMadeBy};
    }
    // Readiness: nodes not Ready, Windows nodes, and whether the node agent rolls out (it never does on a
    // cluster with Windows nodes until Velero is pinned to Linux).
    QMap<QString, QStringList> notReady;
    QMap<QString, QStringList> windowsNodes;
    QSet<QString> pinned;
    aks::Result<aks::ClusterReadiness> clusterReadiness(const QString& c, const aks::CancelToken&) override {
        ++calls[QStringLiteral("readiness:") + c];
        aks::ClusterReadiness r;
        r.nodes = QStringList{c + QStringLiteral("-linux-0")} + windowsNodes.value(c);
        r.notReadyNodes = notReady.value(c);
        r.windowsNodes = windowsNodes.value(c);
        r.nodeAgent = QStringLiteral("node-agent");
        const bool onWindows = !r.windowsNodes.isEmpty() && !pinned.contains(c);
        r.nodeAgentDesired = onWindows ? int(r.nodes.size()) : 1;
        r.nodeAgentUpdated = r.nodeAgentDesired;
        r.nodeAgentAvailable = 1;
        r.veleroAvailable = !onWindows;
        return r;
    }
    aks::Status pinVeleroToLinux(const QString& c, const aks::CancelToken&) override {
        ++calls[QStringLiteral("pin:") + c];
        pinned.insert(c);
        return {};
    }
    // Storage the backups need that the clusters lack.
    QMap<QString, QList<aks::MissingStorage>> storageMissing;
    aks::Result<QList<aks::MissingStorage>> missingStorage(const aks::ClusterRestorePlan& p,
                                                           const aks::CancelToken&) override {
        return storageMissing.value(p.cluster);
    }
};
