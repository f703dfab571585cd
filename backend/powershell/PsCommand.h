#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace aks {

// One cmdlet call built from parts: every value becomes a single-quoted literal, numbers are
// printed as numbers, switches as -Name or -Name:$false. Nothing given is ever pasted in as code.
class PsCommand {
public:
    explicit PsCommand(QString cmdlet, QString assignTo = {});

    PsCommand& arg(const QString& name, const QString& value);             // skipped when empty
    PsCommand& arg(const QString& name, std::optional<int> value);         // skipped when unset
    PsCommand& list(const QString& name, const QStringList& values);       // 'a','b'; skipped when empty
    PsCommand& variable(const QString& name, const QString& variableName); // -vnet $vnet
    PsCommand& flag(const QString& name, bool value);                      // -Name:$true / -Name:$false
    PsCommand& sw(const QString& name);                                    // -Name

    QString toString() const;

private:
    QString m_cmdlet;
    QString m_assignTo;
    QStringList m_parts;
};

} // namespace aks
