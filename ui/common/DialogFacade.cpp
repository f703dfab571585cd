#include "DialogFacade.h"

#include <QFileDialog>
#include <QInputDialog>

namespace aks {

QMessageBox::StandardButton DialogFacade::question(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton) {
    if (!m_answers.isEmpty())
        return m_answers.dequeue();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void DialogFacade::information(QWidget* parent, const QString& title, const QString& text) {
    if (!m_answers.isEmpty()) {
        m_answers.dequeue();
        return;
    }
    QMessageBox::information(parent, title, text);
}

bool DialogFacade::confirmByTyping(QWidget* parent, const QString& title, const QString& text,
                                   const QString& expected) {
    QString typed;
    if (!m_typed.isEmpty()) {
        typed = m_typed.dequeue();
    } else {
        bool ok = false;
        typed = QInputDialog::getText(
            parent, title, text + QStringLiteral("\n\n") + tr("Type %1 to continue:").arg(expected),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
    }
    return typed.trimmed() == expected;
}

QString DialogFacade::openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter) {
    if (!m_files.isEmpty())
        return m_files.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString DialogFacade::saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter) {
    if (!m_files.isEmpty())
        return m_files.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString DialogFacade::existingDirectory(QWidget* parent, const QString& caption, const QString& dir) {
    if (!m_files.isEmpty())
        return m_files.dequeue();
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

} // namespace aks
