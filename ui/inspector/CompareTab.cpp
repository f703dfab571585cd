#include "CompareTab.h"

#include "inspector/ComparisonModel.h"

#include "ModelRoles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace aks {

CompareTab::CompareTab(ComparisonModel* model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_other(new QComboBox(this)),
      m_run(new QPushButton(tr("&Compare"), this)),
      m_summary(new QLabel(this)),
      m_view(new QTableView(this)) {
    m_other->setObjectName(QStringLiteral("compareWith"));
    m_other->setAccessibleName(tr("Backup to compare with"));
    m_run->setObjectName(QStringLiteral("compareButton"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::PlainText); // it names the backups
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(RawValueRole);
    m_view->setObjectName(QStringLiteral("compareView"));
    m_view->setAccessibleName(tr("Differences"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Compare &with:"), this);
    label->setBuddy(m_other);
    bar->addWidget(label);
    bar->addWidget(m_other, 1);
    bar->addWidget(m_run);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_run, &QPushButton::clicked, this, [this] {
        if (!m_other->currentText().isEmpty())
            emit compareRequested(m_other->currentText());
    });
    connect(m_view, &QTableView::activated, this, [this, proxy](const QModelIndex& index) {
        const QModelIndex source = proxy->mapToSource(index);
        emit objectActivated(m_model->index(source.row(), ComparisonModel::Kind).data().toString(),
                             m_model->index(source.row(), ComparisonModel::Name).data().toString());
    });
}

void CompareTab::setCandidates(const QStringList& backups, const QString& current) {
    m_other->clear();
    for (const QString& b : backups)
        if (b != current)
            m_other->addItem(b);
    m_run->setEnabled(m_other->count() > 0);
}

void CompareTab::setSummary(const QString& text) {
    m_summary->setText(text);
}

void CompareTab::setBusy(bool busy) {
    m_run->setEnabled(!busy && m_other->count() > 0);
}

} // namespace aks
