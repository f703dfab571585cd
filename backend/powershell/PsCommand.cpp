#include "PsCommand.h"

#include "PsLiteral.h"
#include "core/Redactor.h"

namespace aks {

PsCommand::PsCommand(QString cmdlet, QString assignTo)
    : m_cmdlet(std::move(cmdlet)), m_assignTo(std::move(assignTo)) {}

PsCommand& PsCommand::arg(const QString& name, const QString& value) {
    if (!value.isEmpty()) {
        m_parts << QLatin1Char('-') + name + QLatin1Char(' ') + psLiteral(value);
        m_named.push_back({name, Named::Kind::Literal, {value}});
    }
    return *this;
}

PsCommand& PsCommand::arg(const QString& name, std::optional<int> value) {
    if (value) {
        m_parts << QStringLiteral("-%1 %2").arg(name).arg(*value);
        m_named.push_back({name, Named::Kind::Number, {QString::number(*value)}});
    }
    return *this;
}

PsCommand& PsCommand::list(const QString& name, const QStringList& values) {
    if (values.isEmpty())
        return *this;
    QStringList quoted;
    for (const QString& v : values)
        quoted << psLiteral(v);
    m_parts << QLatin1Char('-') + name + QLatin1Char(' ') + quoted.join(QLatin1Char(','));
    m_named.push_back({name, Named::Kind::List, values});
    return *this;
}

PsCommand& PsCommand::variable(const QString& name, const QString& variableName) {
    m_parts << QStringLiteral("-%1 $%2").arg(name, variableName);
    m_named.push_back({name, Named::Kind::Variable, {variableName}});
    return *this;
}

PsCommand& PsCommand::flag(const QString& name, bool value) {
    m_parts << QStringLiteral("-%1:%2").arg(name, value ? QStringLiteral("$true") : QStringLiteral("$false"));
    m_named.push_back({name, Named::Kind::Flag, {}, value});
    return *this;
}

PsCommand& PsCommand::sw(const QString& name) {
    m_parts << QLatin1Char('-') + name;
    m_named.push_back({name, Named::Kind::Switch, {}});
    return *this;
}

PsCommand& PsCommand::hashtable(const QString& name,
                                const std::vector<std::pair<QString, QString>>& entries) {
    QStringList pairs;
    QStringList flat;
    for (const auto& [k, v] : entries) {
        pairs << psLiteral(k) + QStringLiteral(" = ") + psLiteral(v);
        flat << k << v;
    }
    m_parts << QStringLiteral("-%1 @{ %2 }").arg(name, pairs.join(QStringLiteral("; ")));
    m_named.push_back({name, Named::Kind::Hashtable, flat});
    return *this;
}

PsCommand PsCommand::credential(const QString& variable, const QString& user, const QString& password) {
    Redactor::registerSecret(password);
    PsCommand c(QStringLiteral("New-Object"), variable);
    c.m_parts << QStringLiteral("System.Management.Automation.PSCredential(%1, (ConvertTo-SecureString %2 "
                                "-AsPlainText -Force))")
                     .arg(psLiteral(user), psLiteral(password));
    return c;
}

QStringList PsCommand::parameterNames() const {
    QStringList names;
    for (const Named& n : m_named)
        names << n.name;
    return names;
}

QString PsCommand::toString() const {
    QString s;
    if (!m_assignTo.isEmpty())
        s = QStringLiteral("$%1 = ").arg(m_assignTo);
    s += m_cmdlet;
    if (!m_parts.isEmpty())
        s += QLatin1Char(' ') + m_parts.join(QLatin1Char(' '));
    return s;
}

QStringList scriptLines(const PsScript& script) {
    QStringList out;
    for (const PsCommand& c : script)
        out << c.toString();
    return out;
}

QString scriptText(const PsScript& script) {
    return scriptLines(script).join(QLatin1Char('\n'));
}

} // namespace aks
