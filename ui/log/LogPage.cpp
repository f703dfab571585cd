#include "LogPage.h"

#include "common/PageShortcuts.h"
#include "core/Logging.h"
#include "log/LogFilterProxy.h"
#include "log/LogModel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace aks {

LogPage::LogPage(LogModel* model, QWidget* parent) : QWidget(parent), m_proxy(new LogFilterProxy(this)) {
    m_proxy->setSourceModel(model);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* levelLabel = new QLabel(tr("&Level:"), this);
    auto* level = new QComboBox(this);
    level->setObjectName(QStringLiteral("logLevel"));
    level->addItem(tr("Debug and above"), int(LogLevel::Debug));
    level->addItem(tr("Info and above"), int(LogLevel::Info));
    level->addItem(tr("Warnings and errors"), int(LogLevel::Warning));
    level->addItem(tr("Errors only"), int(LogLevel::Error));
    level->setCurrentIndex(1);
    levelLabel->setBuddy(level);
    auto* search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("logSearch"));
    search->setPlaceholderText(tr("Search the log"));
    search->setAccessibleName(tr("Search the log"));
    search->setClearButtonEnabled(true);
    auto* openFile = new QPushButton(tr("Open log folder"), this);
    openFile->setEnabled(!logFilePath().isEmpty());
    bar->addWidget(levelLabel);
    bar->addWidget(level);
    bar->addWidget(search, 1);
    bar->addWidget(openFile);
    layout->addLayout(bar);

    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("logView"));
    view->setModel(m_proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(LogModel::Time, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(LogModel::Level, QHeaderView::ResizeToContents);
    view->setAccessibleName(tr("Log records"));
    layout->addWidget(view, 1);

    connect(level, &QComboBox::currentIndexChanged, this,
            [this, level](int) { m_proxy->setMinimumLevel(LogLevel(level->currentData().toInt())); });
    connect(search, &QLineEdit::textChanged, m_proxy, &LogFilterProxy::setSearchText);
    connect(openFile, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(logFilePath()).absolutePath())); });
    PageShortcuts::install(this, nullptr, {search});
    // Follow the newest record unless the admin scrolled up to read.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, view, [view] {
        if (view->verticalScrollBar()->value() >= view->verticalScrollBar()->maximum() - 2)
            view->scrollToBottom();
    });
}

} // namespace aks
