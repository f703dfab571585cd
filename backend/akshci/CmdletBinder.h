#pragma once

#include "CmdletTable.h"
#include "PsErrorRecord.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <utility>
#include <vector>

namespace aks {

// One argument of a call as written in the script.
struct CmdletArgument {
    enum class Form {
        Switch,     // -name
        Colon,      // -name:value
        Separate,   // -name value
        Positional, // value without a name
    };
    QString name; // as written, without '-'; empty for a positional argument
    Form form = Form::Separate;
    // string, integer, bool, array, or an object for what is not a literal: {"$var": name},
    // {"$hashtable": {...}}, {"$block": n}.
    nlohmann::json value;
};

// The outcome of binding a call: the parameter set and each parameter's value under its documented
// name, or PowerShell's error record.
struct CmdletBinding {
    QString cmdlet; // as documented
    QString parameterSet;
    std::vector<std::pair<QString, nlohmann::json>> values; // documented name -> value (a bare switch: true)
    PsErrorRecord error;

    bool ok() const { return !error.isError(); }
    bool has(const QString& name) const;
    nlohmann::json value(const QString& name, nlohmann::json fallback = nullptr) const;
};

// Binds a call the way PowerShell's parameter binder does: case-insensitive names, unambiguous
// prefixes, the common parameters, parameter set resolution, mandatory parameters, ValidateSet,
// switch and Int32/Boolean conversion. -Confirm and -WhatIf are not documented for any AksHci
// cmdlet, so they are unknown parameters here.
class CmdletBinder {
public:
    explicit CmdletBinder(const CmdletTable& table = CmdletTable::akshci()) : m_table(table) {}

    CmdletBinding bind(const QString& cmdlet, const std::vector<CmdletArgument>& args) const;

private:
    const CmdletTable& m_table;
};

} // namespace aks
