#include "UserGuideWindow.h"

#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace aks {

UserGuideWindow::UserGuideWindow(QWidget* parent) : QWidget(parent), m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("userGuide"));
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("AKS Recovery Console - User guide"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    QString text = guide.open(QIODevice::ReadOnly)
                       ? QString::fromUtf8(guide.readAll())
                       : tr("The user guide is missing from this build (docs/user-guide.md).");
    if (QLocale().language() == QLocale::Japanese)
        text.replace(QStringLiteral("(images/en/"), QStringLiteral("(images/ja/"));
    // Relative image paths resolve against the guide's own folder in the resources.
    m_browser->setSearchPaths({QStringLiteral(":/docs")});
    m_browser->setMarkdown(text);
    resize(900, 640);
}

} // namespace aks
