#include "PageShortcuts.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QShortcut>

namespace aks {

void PageShortcuts::install(QWidget* page, QAbstractButton* refresh, const QList<QLineEdit*>& finds) {
    // Shortcuts of a hidden page (another one is in front in the stack) do not fire.
    if (refresh) {
        auto* f5 = new QShortcut(QKeySequence::Refresh, page);
        f5->setObjectName(QStringLiteral("refreshShortcut"));
        QObject::connect(f5, &QShortcut::activated, refresh, [refresh] {
            if (refresh->isEnabled())
                refresh->click();
        });
    }
    if (!finds.isEmpty()) {
        auto* find = new QShortcut(QKeySequence::Find, page);
        find->setObjectName(QStringLiteral("findShortcut"));
        QObject::connect(find, &QShortcut::activated, page, [finds] {
            for (QLineEdit* edit : finds) {
                if (edit && edit->isVisible() && edit->isEnabled()) {
                    edit->setFocus(Qt::ShortcutFocusReason);
                    edit->selectAll();
                    return;
                }
            }
        });
    }
}

} // namespace aks
