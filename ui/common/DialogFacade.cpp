#include "DialogFacade.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

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

QByteArray DialogFacade::passphrase(QWidget* parent, const QString& title, const QString& text,
                                    bool confirm) {
    if (!m_passphrases.isEmpty())
        return m_passphrases.dequeue();
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* first = new QLineEdit(&dialog);
    first->setEchoMode(QLineEdit::Password);
    first->setAccessibleName(tr("Passphrase"));
    auto* second = new QLineEdit(&dialog);
    second->setEchoMode(QLineEdit::Password);
    second->setAccessibleName(tr("Passphrase again"));
    auto* hint = new QLabel(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), first);
    if (confirm)
        form->addRow(tr("&Again:"), second);
    else
        second->hide();
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(text, &dialog);
    label->setTextFormat(Qt::PlainText); // it names the snapshot
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    auto check = [=] {
        QString why;
        if (confirm && first->text().size() < 8)
            why = tr("At least 8 characters.");
        else if (confirm && first->text() != second->text())
            why = tr("The two passphrases differ.");
        else if (first->text().isEmpty())
            why = tr("Type the passphrase.");
        hint->setText(why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    QObject::connect(first, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(second, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return first->text().toUtf8();
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
