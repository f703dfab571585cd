#pragma once

#include "store/StoreSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace aks {

// The options every store-reading command shares: --store and how to reach it (--endpoint,
// --region, --credentials-file, --ca-file), turned into a StoreSpec. A lone positional .tar.gz
// stands for --store FILE.
class StoreCliOptions {
    Q_DECLARE_TR_FUNCTIONS(StoreCliOptions)

public:
    static void add(QCommandLineParser& parser);
    // positional: the command's positional arguments; a .tar.gz among them is taken (and removed)
    // when --store is not set.
    static Result<StoreSpec> spec(const QCommandLineParser& parser, QStringList* positional);
    // For commands whose only positional argument can be that .tar.gz: anything else is an error.
    static Result<StoreSpec> specAlone(const QCommandLineParser& parser);
};

} // namespace aks
