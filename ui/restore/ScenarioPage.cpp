#include "ScenarioPage.h"

#include "RestoreWizard.h"
#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "env/AppPaths.h"
#include "jobs/JobManager.h"
#include "snapshot/SnapshotCatalog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace aks {

ScenarioPage::ScenarioPage(RestoreWizard* wizard) : m_wizard(wizard) {
    setObjectName(QStringLiteral("scenarioPage"));
    setTitle(tr("Scenario"));
    setSubTitle(tr("Which of Microsoft's two documented recoveries do you need?"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    m_newSite = new QRadioButton(tr("Restore on new hardware or a new site"), this);
    m_newSite->setObjectName(QStringLiteral("scenarioNewSite"));
    m_newSite->setChecked(true);
    auto* newSiteText = new QLabel(
        tr("A management cluster and one empty workload cluster per cluster to restore (a cold standby) are "
           "ready. Velero is installed on each where missing, pointing at the same backup storage, and each "
           "cluster is restored from its backup. Needs: the standby clusters and the backup storage."),
        this);
    newSiteText->setWordWrap(true);
    m_corruption = new QRadioButton(tr("Recover from management cluster corruption"), this);
    m_corruption->setObjectName(QStringLiteral("scenarioCorruption"));
    auto* corruptionText = new QLabel(
        tr("Uninstall AKS hybrid, reinstall the management cluster with the saved configuration, recreate "
           "every "
           "workload cluster with the same shape, install Velero and restore each from its backup. Needs: a "
           "configuration snapshot taken before the corruption, and the backup storage. Destroys what is "
           "left "
           "of the deployment."),
        this);
    corruptionText->setWordWrap(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_newSite);
    group->addButton(m_corruption);

    auto* snapRow = new QHBoxLayout;
    m_snapshot = new QLineEdit(this);
    m_snapshot->setObjectName(QStringLiteral("snapshotFolder"));
    m_snapshot->setAccessibleName(tr("Configuration snapshot folder"));
    m_snapshot->setPlaceholderText(tr("Configuration snapshot folder (corruption scenario)"));
    auto* browse = new QPushButton(tr("Browse..."), this);
    browse->setObjectName(QStringLiteral("browseSnapshot"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = m_wizard->context().dialogs->existingDirectory(this, tr("Configuration snapshot"),
                                                                           SnapshotCatalog::defaultFolder());
        if (dir.isEmpty())
            return;
        m_snapshot->setText(dir);
        checkSnapshot();
    });
    connect(m_snapshot, &QLineEdit::editingFinished, this, [this] {
        if (m_corruption->isChecked() && !m_snapshot->text().trimmed().isEmpty())
            checkSnapshot();
    });
    // The snapshots already taken, newest first: picking one fills the folder in.
    m_snapshots = new QComboBox(this);
    m_snapshots->setObjectName(QStringLiteral("snapshotChoices"));
    m_snapshots->setAccessibleName(tr("Snapshots taken on this machine"));
    m_snapshots->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_snapshots, &QComboBox::activated, this, [this](int i) {
        const QString folder = m_snapshots->itemData(i).toString();
        if (folder.isEmpty())
            return;
        m_snapshot->setText(folder);
        checkSnapshot();
    });
    m_snapshotState = new QLabel(this);
    m_snapshotState->setObjectName(QStringLiteral("snapshotState"));
    m_snapshotState->setTextFormat(Qt::PlainText);
    m_snapshotState->setWordWrap(true);
    snapRow->addWidget(m_snapshots);
    snapRow->addWidget(m_snapshot, 1);
    snapRow->addWidget(browse);
    // A snapshot exported with its secrets redacted lacks them; the rebuild asks here, never later.
    auto* secretsRow = new QHBoxLayout;
    // A default export redacts the proxy user together with its password.
    m_proxyUser = new QLineEdit(this);
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    m_proxyUser->setAccessibleName(tr("Proxy user"));
    m_proxyUser->setPlaceholderText(tr("Proxy user (if redacted)"));
    m_proxyPassword = new QLineEdit(this);
    m_proxyPassword->setObjectName(QStringLiteral("proxyPassword"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setPlaceholderText(tr("Proxy password (if the snapshot's secrets were redacted)"));
    m_spSecret = new QLineEdit(this);
    m_spSecret->setObjectName(QStringLiteral("servicePrincipalSecret"));
    m_spSecret->setEchoMode(QLineEdit::Password);
    m_spSecret->setAccessibleName(tr("Service principal secret"));
    m_spSecret->setPlaceholderText(tr("Registration's service principal secret (if any)"));
    secretsRow->addWidget(m_proxyUser);
    secretsRow->addWidget(m_proxyPassword);
    secretsRow->addWidget(m_spSecret);
    const auto syncSnapshot = [this, browse] {
        for (QWidget* w : {static_cast<QWidget*>(m_snapshot), static_cast<QWidget*>(browse),
                           static_cast<QWidget*>(m_snapshots), static_cast<QWidget*>(m_snapshotState),
                           static_cast<QWidget*>(m_proxyUser), static_cast<QWidget*>(m_proxyPassword),
                           static_cast<QWidget*>(m_spSecret)})
            w->setEnabled(m_corruption->isChecked());
    };
    connect(m_corruption, &QRadioButton::toggled, this, syncSnapshot);
    syncSnapshot();

    m_dryRun = new QCheckBox(tr("Dry run: walk every page and show every command, change nothing"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    auto* load = new QPushButton(tr("Load a plan file..."), this);
    load->setObjectName(QStringLiteral("loadPlan"));
    connect(load, &QPushButton::clicked, this, &ScenarioPage::loadPlan);

    layout->addWidget(m_newSite);
    layout->addWidget(newSiteText);
    layout->addSpacing(8);
    layout->addWidget(m_corruption);
    layout->addWidget(corruptionText);
    layout->addLayout(snapRow);
    layout->addWidget(m_snapshotState);
    layout->addLayout(secretsRow);
    layout->addSpacing(8);
    layout->addWidget(m_dryRun);
    layout->addWidget(load, 0, Qt::AlignLeft);
    layout->addStretch();
}

void ScenarioPage::initializePage() {
    if (m_wizard->hasPlan()) {
        const bool corruption = m_wizard->plan().scenario == RestorePlan::Scenario::Corruption;
        (corruption ? m_corruption : m_newSite)->setChecked(true);
        m_snapshot->setText(m_wizard->plan().snapshotDir);
    }
    listSnapshots();
}

void ScenarioPage::listSnapshots() {
    const QString folder = SnapshotCatalog::defaultFolder();
    m_wizard->context().jobs->run<QList<SnapshotInfo>>(
        tr("List the configuration snapshots"),
        [folder](const JobContext& job) -> Result<QList<SnapshotInfo>> {
            return SnapshotCatalog::list(folder, job.cancelToken());
        },
        this,
        [this, folder](const Result<QList<SnapshotInfo>>& r) {
            m_snapshots->clear();
            const int count = r ? int(r->size()) : 0;
            m_snapshots->addItem(count ? tr("Pick a snapshot (%n)", nullptr, count) : tr("No snapshot yet"));
            m_snapshots->setItemData(0,
                                     tr("Snapshots are looked for in %1 (Config snapshots page).")
                                         .arg(QDir::toNativeSeparators(folder)),
                                     Qt::ToolTipRole);
            if (!r)
                return;
            for (const SnapshotInfo& s : *r) {
                m_snapshots->addItem(s.verified ? s.name : tr("%1 (damaged)").arg(s.name), s.folder);
                m_snapshots->setItemData(m_snapshots->count() - 1,
                                         s.verified ? tr("%1: %n workload cluster(s), taken on %2", nullptr,
                                                         int(s.clusters.size()))
                                                          .arg(s.deployment, s.host)
                                                    : s.error,
                                         Qt::ToolTipRole);
            }
        });
}

bool ScenarioPage::checkSnapshot() {
    const auto checked = SnapshotCatalog::check(m_snapshot->text().trimmed());
    if (!checked) {
        m_snapshotError = true;
        m_snapshotState->clear();
        m_banner->showMessage(MessageBanner::Kind::Error, checked.error().message, checked.error().detail);
        return false;
    }
    // The error of a folder chosen before goes once a good one is chosen.
    if (m_snapshotError)
        m_banner->clear();
    m_snapshotError = false;
    m_snapshotState->setText(
        tr("Snapshot of %1 taken %2 on %3: %n workload cluster(s), every checksum verified.", nullptr,
           int(checked->clusters.size()))
            .arg(checked->deployment,
                 QLocale().toString(checked->createdUtc.toLocalTime(), QLocale::ShortFormat), checked->host));
    return true;
}

void ScenarioPage::loadPlan() {
    const QString file = m_wizard->context().dialogs->openFileName(
        this, tr("Load a restore plan"), QDir::homePath(), tr("Restore plans (*.json)"));
    if (file.isEmpty())
        return;
    auto plan = RestorePlan::load(file);
    if (!plan) {
        m_banner->showMessage(MessageBanner::Kind::Error, plan.error().message);
        return;
    }
    if (auto started = m_wizard->startFromPlan(*plan); !started) {
        m_banner->showMessage(MessageBanner::Kind::Error, started.error().message, started.error().detail);
        return;
    }
    initializePage();
    m_banner->showMessage(
        MessageBanner::Kind::Info,
        tr("Loaded the plan %1 (%n cluster(s)).", nullptr, int(plan->clusters.size())).arg(file));
}

bool ScenarioPage::validatePage() {
    const auto scenario =
        m_corruption->isChecked() ? RestorePlan::Scenario::Corruption : RestorePlan::Scenario::NewSite;
    if (scenario == RestorePlan::Scenario::Corruption && m_snapshot->text().trimmed().isEmpty()) {
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The corruption scenario rebuilds from a configuration snapshot: choose its folder."));
        return false;
    }
    if (scenario == RestorePlan::Scenario::Corruption && !checkSnapshot())
        return false;
    m_wizard->setDryRun(m_dryRun->isChecked());
    m_wizard->setRebuildSecrets({m_proxyPassword->text(), m_spSecret->text(), m_proxyUser->text().trimmed()});
    m_wizard->chooseScenario(scenario, m_snapshot->text().trimmed());
    return true;
}

} // namespace aks
