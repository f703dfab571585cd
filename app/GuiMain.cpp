#include "GuiMain.h"

#include "MainWindow.h"
#include "Translations.h"
#include "common/DialogFacade.h"
#include "core/Logging.h"
#include "env/AppPaths.h"
#include "env/DemoEnvironment.h"
#include "jobs/JobManager.h"
#include "log/LogModel.h"

#include <QApplication>
#include <QMessageBox>

namespace aks {

int runGui(int& argc, char** argv, const GlobalOptions& options, const QString& openPath) {
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aks-recovery.svg")));
    installTranslations(app, options.language);

    LogModel logModel;
    logModel.attachToLogBus();
    initLogging({AppPaths::logDir(), options.verbose, options.verbose});
    logLine(LogLevel::Info, QApplication::translate("GuiMain", "AKS Recovery Console %1 starting")
                                .arg(QStringLiteral(AKS_VERSION)));

    if (options.overrides.demo || options.demoReset) {
        const DemoEnvironment demo;
        if (auto s = demo.ensureSeeded(options.demoReset); !s) {
            QMessageBox::critical(nullptr, QApplication::translate("GuiMain", "Demo environment"),
                                  s.error().fullText());
            return 1;
        }
    }
    auto env = EnvironmentResolver::resolve(options.overrides, ToolSettings::load());
    if (!env) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiMain", "Settings"),
                              env.error().fullText());
        return 2;
    }

    JobManager jobs;
    DialogFacade dialogs;
    AppContext context{*env, &jobs, &logModel, &dialogs};
    MainWindow window(context);
    window.show();
    if (!openPath.isEmpty())
        window.openPath(openPath);
    const int code = QApplication::exec();
    jobs.cancelAll();
    return code;
}

} // namespace aks
