#pragma once

#include "env/ToolSettings.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QComboBox;
class QFormLayout;

namespace aks {

// Paths of the tools and the timeouts. Secrets are never here: they live in the keychain.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const ToolSettings& settings, QWidget* parent = nullptr);
    ToolSettings settings() const;

private:
    QLineEdit* addPathRow(QFormLayout* form, const QString& label, const QString& value, const QString& name);

    ToolSettings m_original;
    QLineEdit* m_powershell;
    QLineEdit* m_velero;
    QLineEdit* m_kubectl;
    QLineEdit* m_remoteHost;
    QComboBox* m_mode;
    QSpinBox* m_timeout;
    QSpinBox* m_longTimeout;
    QSpinBox* m_rpo;
};

} // namespace aks
