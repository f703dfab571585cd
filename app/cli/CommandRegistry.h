#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace aks {

// Every headless subcommand, in the order `--help` lists them.
std::vector<std::unique_ptr<CliCommand>> allCommands();
CliCommand* findCommand(const std::vector<std::unique_ptr<CliCommand>>& commands, const QString& name);

} // namespace aks
