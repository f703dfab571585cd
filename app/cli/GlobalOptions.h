#pragma once

#include "core/Result.h"
#include "env/EnvironmentResolver.h"

#include <QCoreApplication>
#include <QStringList>

namespace aks {

// The options every invocation understands, wherever they stand on the command line; the rest is
// left for the subcommand.
struct GlobalOptions {
    Q_DECLARE_TR_FUNCTIONS(GlobalOptions)

public:
    EnvironmentOverrides overrides;
    bool demoReset = false;
    bool verbose = false;
    bool help = false;
    bool version = false;
    QString language; // --lang ja|en
    QStringList rest;

    static Result<GlobalOptions> parse(const QStringList& arguments);
    static QString usage();
};

} // namespace aks
