#pragma once

#include <QList>
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

    // $variable = New-Object PSCredential(user, (ConvertTo-SecureString password ...)); the password
    // is registered with the Redactor, so every shown copy of the statement is masked.
    static PsCommand credential(const QString& variable, const QString& user, const QString& password);

    QString toString() const;
    const QString& cmdlet() const { return m_cmdlet; }
    // The named parameters in the order given (no leading '-'), for binding against the cmdlet table.
    const QStringList& parameterNames() const { return m_names; }

private:
    QString m_cmdlet;
    QString m_assignTo;
    QStringList m_parts;
    QStringList m_names;
};

// A script: statements run in order in one session. What a dry run shows is exactly toLines().
using PsScript = QList<PsCommand>;
QStringList scriptLines(const PsScript& script);
QString scriptText(const PsScript& script);

} // namespace aks
