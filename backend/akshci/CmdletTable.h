#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace aks {

// The project's table of AksHci cmdlets (akshci-cmdlets.json, compiled in as the resource
// :/akshci/akshci-cmdlets.json): every documented parameter set with its parameters' types,
// mandatory flags and allowed values. The client builds its scripts from it and the PowerShell
// simulator binds every call against it, so the two cannot drift from each other.
struct CmdletParameter {
    QString name; // spelled as documented
    QString type; // String, Int32, Boolean, SwitchParameter, String[], VirtualNetwork, ...
    bool mandatory = false;
    QStringList values; // ValidateSet; empty when any value goes
    int position = -1;  // binds the n-th positional argument; -1: named only (every AksHci parameter)
};

struct CmdletParameterSet {
    QString name;
    QList<CmdletParameter> parameters;
    const CmdletParameter* find(const QString& canonicalName) const;
};

struct CmdletSpec {
    QString name;
    bool deprecated = false;
    QList<CmdletParameterSet> sets; // the first is the default set
    // Every parameter name of every set, each once, in declaration order.
    QStringList parameterNames() const;
};

class CmdletTable {
public:
    // The table compiled into the app; loaded once, thread-safe.
    static const CmdletTable& akshci();
    // A table from JSON text in the same format; nullopt (with error) when malformed.
    static std::optional<CmdletTable> fromJson(const QByteArray& json, QString* error);

    const CmdletSpec* find(const QString& cmdlet) const; // case-insensitive, as PowerShell
    const QList<CmdletSpec>& cmdlets() const { return m_cmdlets; }
    const QStringList& commonParameters() const { return m_common; }

private:
    QList<CmdletSpec> m_cmdlets;
    QStringList m_common;
};

} // namespace aks
