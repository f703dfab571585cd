#include "CommandRegistry.h"

#include "commands/BackupsCommand.h"
#include "commands/ClustersCommand.h"
#include "commands/ConfigCommand.h"
#include "commands/CredentialsCommand.h"
#include "commands/EnvCommand.h"
#include "commands/HealthCommand.h"
#include "commands/HistoryCommand.h"
#include "commands/InspectCommand.h"
#include "commands/RestoreCommand.h"
#include "commands/RpoCommand.h"
#include "commands/SnapshotCommand.h"
#include "commands/VerifyCommand.h"

namespace aks {

std::vector<std::unique_ptr<CliCommand>> allCommands() {
    std::vector<std::unique_ptr<CliCommand>> list;
    list.push_back(std::make_unique<EnvCommand>());
    list.push_back(std::make_unique<ClustersCommand>());
    list.push_back(std::make_unique<ConfigCommand>());
    list.push_back(std::make_unique<CredentialsCommand>());
    list.push_back(std::make_unique<SnapshotCommand>());
    list.push_back(std::make_unique<BackupsCommand>());
    list.push_back(std::make_unique<InspectCommand>());
    list.push_back(std::make_unique<VerifyCommand>());
    list.push_back(std::make_unique<RestoreCommand>());
    list.push_back(std::make_unique<HistoryCommand>());
    list.push_back(std::make_unique<RpoCommand>());
    list.push_back(std::make_unique<HealthCommand>());
    return list;
}

CliCommand* findCommand(const std::vector<std::unique_ptr<CliCommand>>& commands, const QString& name) {
    for (const auto& c : commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

} // namespace aks
