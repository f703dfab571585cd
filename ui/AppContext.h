#pragma once

#include "env/EnvironmentConfig.h"

#include <memory>

namespace aks {

class AksHciClient;
class JobManager;
class LogModel;
class DialogFacade;

// What every page shares: the environment in use, the job runner and the app-wide log.
struct AppContext {
    EnvironmentConfig environment;
    JobManager* jobs = nullptr;
    LogModel* log = nullptr;
    DialogFacade* dialogs = nullptr;
    // The environment's AksHci PowerShell session, shared by every page (one host per environment).
    std::shared_ptr<AksHciClient> akshci;
};

} // namespace aks
