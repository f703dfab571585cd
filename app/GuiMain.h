#pragma once

#include "cli/GlobalOptions.h"

namespace aks {

// Starts the GUI on the environment the options select; openPath (a backup .tar.gz, a store
// folder or a snapshot) is opened once the window shows.
int runGui(int& argc, char** argv, const GlobalOptions& options, const QString& openPath = {});

} // namespace aks
