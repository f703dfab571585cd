#include "CommandRegistry.h"

#include "commands/EnvCommand.h"

namespace aks {

std::vector<std::unique_ptr<CliCommand>> allCommands() {
    std::vector<std::unique_ptr<CliCommand>> list;
    list.push_back(std::make_unique<EnvCommand>());
    return list;
}

CliCommand* findCommand(const std::vector<std::unique_ptr<CliCommand>>& commands, const QString& name) {
    for (const auto& c : commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

} // namespace aks
