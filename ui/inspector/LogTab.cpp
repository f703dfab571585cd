#include "LogTab.h"

#include "inspector/BackupLogFilterProxy.h"
#include "inspector/LogEntryModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace aks {

LogTab::LogTab(LogEntryModel* model, QWidget* parent)
    : QWidget(parent),
      m_proxy(new BackupLogFilterProxy(this)),
      m_view(new QTableView(this)),
      m_level(new QComboBox(this)),
      m_search(new QLineEdit(this)) {
    m_proxy->setSourceModel(model);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Backup log"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(LogEntryModel::Message, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(LogEntryModel::Time, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogEntryModel::Level, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);

    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->addItem(tr("All levels"), int(LogEntry::Level::Debug));
    m_level->addItem(tr("Info and above"), int(LogEntry::Level::Info));
    m_level->addItem(tr("Warnings and errors"), int(LogEntry::Level::Warning));
    m_level->addItem(tr("Errors only"), int(LogEntry::Level::Error));
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setClearButtonEnabled(true);

    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&Level:"), this);
    label->setBuddy(m_level);
    bar->addWidget(label);
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumLevel(static_cast<LogEntry::Level>(m_level->currentData().toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &BackupLogFilterProxy::setSearchText);
}

} // namespace aks
