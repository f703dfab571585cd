#pragma once

#include "cli/GlobalOptions.h"

namespace aks {

// Starts the GUI on the environment the options select.
int runGui(int& argc, char** argv, const GlobalOptions& options);

} // namespace aks
