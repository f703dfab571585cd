#include "KubectlCommand.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    return aks::sim::KubectlCommand().run(app.arguments().mid(1));
}
