#pragma once

#include "akshci/CmdletBinder.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace aks::sim {

// The subset of PowerShell the console's backend sends: statements of the form
//   [$var = ]Cmdlet -name 'literal' -count 3 -flag -flag:$false -vnet $var -list 'a','b' -ScriptBlock { ... }
//   -config @{ 'key' = 'value'; key2 = 3 }
//   $var = New-Object System.Management.Automation.PSCredential('user', (ConvertTo-SecureString 'pw'
//   -AsPlainText -Force)) $var = 'literal'
// Anything else (double quotes, $(...), backticks, pipes, operators) is a parse error, as a real
// parser would see code where none may be.
struct Token {
    enum Kind {
        Bare,
        Literal,
        Number,
        Variable,
        Param,
        LParen,
        RParen,
        LBrace,
        HashStart,
        RBrace,
        Comma,
        Assign,
        End
    };
    Kind kind = End;
    QString text;
    int line = 1;
};

// An argument as written (see aks::CmdletArgument): value is a string, number, bool, array, or
// {"$var": name} / {"$block": index} / {"$hashtable": {...}}.
using Argument = aks::CmdletArgument;

struct Statement {
    QString assignTo;
    QString cmdlet; // empty for a plain assignment or a credential
    std::vector<Argument> args;
    nlohmann::json value; // plain assignment or credential {"UserName","Password"}
    int line = 1;
};

struct Script {
    std::vector<Statement> statements;
    std::vector<Script> blocks; // script blocks, referenced by index from arguments
};

class ScriptParser {
public:
    // Fills `error` (a PowerShell-like parser message) and returns nullopt when the script is outside
    // the subset.
    static std::optional<Script> parse(const QString& text, QString* error);

private:
    static bool tokenize(const QString& text, std::vector<Token>* out, QString* error);
};

} // namespace aks::sim
