#include "JobsPanel.h"

#include "ModelRoles.h"
#include "ProgressDelegate.h"
#include "jobs/JobsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace aks {

JobsPanel::JobsPanel(JobsModel* model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_view(new QTableView(this)),
      m_cancel(new QPushButton(tr("&Cancel job"), this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(JobsModel::Progress, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false); // a long title elides, whole in its tooltip
    // The title and the last message share the width: titles name a backup and were cut short.
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::Title, QHeaderView::Stretch);
    m_view->setColumnWidth(JobsModel::Progress, 160);
    m_view->setAccessibleName(tr("Jobs"));
    auto* side = new QVBoxLayout;
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    side->addWidget(m_cancel);
    side->addStretch(1);
    layout->addWidget(m_view, 1);
    layout->addLayout(side);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_model->cancelRow(current.isValid() ? current.row() : 0);
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPanel::updateButtons);
    connect(model, &JobsModel::runningCountChanged, this, &JobsPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_view->selectRow(0);
        updateButtons();
    });
    updateButtons();
}

void JobsPanel::updateButtons() {
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    const bool running =
        row < m_model->rowCount() &&
        m_model->index(row, JobsModel::State).data(StateRole).toInt() == int(JobsModel::JobState::Running);
    m_cancel->setEnabled(m_model->runningCount() > 0 && running);
}

} // namespace aks
