#pragma once

#include "CmdletBinder.h"
#include "powershell/PsCommand.h"

namespace aks {

// Binds a command the client built against the cmdlet table, exactly as the simulator (and
// PowerShell) would bind it: an unknown or ambiguous parameter, a missing mandatory one or a value
// outside a documented set is a programming error the client's unit tests catch.
class CmdletCheck {
public:
    static CmdletBinding bind(const PsCommand& command, const CmdletTable& table = CmdletTable::akshci());
    // The command's named arguments in the binder's form.
    static std::vector<CmdletArgument> arguments(const PsCommand& command);
};

} // namespace aks
