#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace aks {

SettingsDialog::SettingsDialog(const ToolSettings& settings, QWidget* parent)
    : QDialog(parent), m_original(settings) {
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_powershell =
        addPathRow(form, tr("&PowerShell:"), settings.powershell, QStringLiteral("powershellPath"));
    m_velero = addPathRow(form, tr("&velero:"), settings.velero, QStringLiteral("veleroPath"));
    m_kubectl = addPathRow(form, tr("&kubectl:"), settings.kubectl, QStringLiteral("kubectlPath"));

    m_mode = new QComboBox(this);
    m_mode->addItem(tr("One long-lived session (faster)"), QStringLiteral("long-lived"));
    m_mode->addItem(tr("A new process for every call"), QStringLiteral("per-call"));
    m_mode->setCurrentIndex(settings.powershellMode == QLatin1String("per-call") ? 1 : 0);
    form->addRow(tr("PowerShell &mode:"), m_mode);

    m_remoteHost = new QLineEdit(settings.remoteHost, this);
    m_remoteHost->setPlaceholderText(
        tr("Empty: this machine; else an HCI node reached by PowerShell remoting"));
    form->addRow(tr("&Remote host:"), m_remoteHost);

    m_timeout = new QSpinBox(this);
    m_timeout->setRange(5, 86400);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.commandTimeoutSec);
    form->addRow(tr("&Timeout of a query:"), m_timeout);
    m_longTimeout = new QSpinBox(this);
    m_longTimeout->setRange(60, 7 * 86400);
    m_longTimeout->setSuffix(tr(" s"));
    m_longTimeout->setValue(settings.longCommandTimeoutSec);
    form->addRow(tr("Timeout of &installs and restores:"), m_longTimeout);
    m_rpo = new QSpinBox(this);
    m_rpo->setRange(1, 24 * 365);
    m_rpo->setSuffix(tr(" h"));
    m_rpo->setValue(settings.rpoHours);
    form->addRow(tr("Recovery point &objective:"), m_rpo);
    layout->addLayout(form);

    auto* note =
        new QLabel(tr("Options on the command line (--powershell, --velero, --kubectl) and the variables "
                      "AKS_RECOVERY_POWERSHELL, AKS_RECOVERY_VELERO and AKS_RECOVERY_KUBECTL override "
                      "these paths."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QLineEdit* SettingsDialog::addPathRow(QFormLayout* form, const QString& label, const QString& value,
                                      const QString& name) {
    auto* row = new QHBoxLayout;
    auto* edit = new QLineEdit(value, this);
    edit->setObjectName(name);
    auto* browse = new QPushButton(tr("Browse..."), this);
    browse->setAccessibleName(
        tr("Browse for %1").arg(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'))));
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    if (auto* l = qobject_cast<QLabel*>(form->labelForField(row)))
        l->setBuddy(edit);
    connect(browse, &QPushButton::clicked, this, [this, edit] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a program"), edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return edit;
}

ToolSettings SettingsDialog::settings() const {
    ToolSettings s = m_original;
    s.powershell = m_powershell->text().trimmed();
    s.velero = m_velero->text().trimmed();
    s.kubectl = m_kubectl->text().trimmed();
    s.powershellMode = m_mode->currentData().toString();
    s.remoteHost = m_remoteHost->text().trimmed();
    s.commandTimeoutSec = m_timeout->value();
    s.longCommandTimeoutSec = m_longTimeout->value();
    s.rpoHours = m_rpo->value();
    return s;
}

} // namespace aks
