#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

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

    PsCommand& hashtable(const QString& name,
                         const std::vector<std::pair<QString, QString>>& entries); // @{ 'k' = 'v'; ... }

    // $variable = New-Object PSCredential(user, (ConvertTo-SecureString password ...)); the password
    // is registered with the Redactor, so every shown copy of the statement is masked.
    static PsCommand credential(const QString& variable, const QString& user, const QString& password);

    QString toString() const;
    // The named parameters in the order given (no leading '-').
    QStringList parameterNames() const;

    // What was built, for checking it against the cmdlet table (CmdletCheck): the cmdlet and each
    // named argument with its value as given.
    struct Named {
        enum class Kind { Literal, Number, List, Variable, Flag, Switch, Hashtable };
        QString name;
        Kind kind = Kind::Literal;
        QStringList values; // Literal/Number/Variable: one; List: each; Hashtable: key, value, key, ...
        bool flag = true;   // Flag
    };
    const QString& cmdlet() const { return m_cmdlet; }
    const std::vector<Named>& named() const { return m_named; }

private:
    QString m_cmdlet;
    QString m_assignTo;
    QStringList m_parts;
    std::vector<Named> m_named;
};

// A script: statements run in order in one session. What a dry run shows is exactly toLines().
using PsScript = QList<PsCommand>;
QStringList scriptLines(const PsScript& script);
QString scriptText(const PsScript& script);

} // namespace aks
