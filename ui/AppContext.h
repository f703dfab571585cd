#pragma once

#include "env/EnvironmentConfig.h"

namespace aks {

class JobManager;
class LogModel;
class DialogFacade;

// What every page shares: the environment in use, the job runner and the app-wide log.
struct AppContext {
    EnvironmentConfig environment;
    JobManager* jobs = nullptr;
    LogModel* log = nullptr;
    DialogFacade* dialogs = nullptr;
};

} // namespace aks
