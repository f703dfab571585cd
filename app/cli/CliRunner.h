#pragma once

#include "GlobalOptions.h"

namespace aks {

// Runs a headless invocation: --version, --help, --demo-reset, or one subcommand.
class CliRunner {
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
public:
    static int run(const GlobalOptions& options);
};

} // namespace aks
