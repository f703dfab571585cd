#include "DemoSeed.h"
#include "SimEnv.h"
#include "VeleroCommand.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--seed-demo"))) {
        const QString state =
            aks::sim::SimEnv::stateDirFrom(aks::sim::SimArgs::parse(args, {QStringLiteral("seed-demo")}));
        if (state.isEmpty()) {
            std::fprintf(stderr, "aks-sim-velero --seed-demo needs --state DIR or AKS_SIM_STATE\n");
            return 2;
        }
        const QString error = aks::sim::DemoSeed::run(state, aks::sim::SimEnv::now());
        if (!error.isEmpty()) {
            std::fprintf(stderr, "aks-sim-velero: seeding failed: %s\n", error.toLocal8Bit().constData());
            return 1;
        }
        return 0;
    }
    return aks::sim::VeleroCommand().run(args);
}
