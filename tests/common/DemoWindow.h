#pragma once

#include "MainWindow.h"
#include "common/DialogFacade.h"
#include "credentials/CredentialResolver.h"
#include "env/DemoEnvironment.h"
#include "env/EnvironmentResolver.h"
#include "jobs/JobManager.h"
#include "log/LogModel.h"

#include <QTest>

#include <memory>

namespace aks::test {

// The real main window with its job manager, log and dialog answers, as GUI tests open it: on this
// machine's environment or on a freshly seeded demo. Closing waits for the window's jobs.
class DemoWindow {
public:
    ~DemoWindow() { close(); }

    // False (with a QTest failure recorded) when the environment cannot be set up.
    bool open(bool demo, QSize size = {1280, 800}) {
        EnvironmentOverrides o;
        o.demo = demo;
        if (demo && !DemoEnvironment().ensureSeeded(true).ok()) {
            QTest::qFail("the demo environment could not be seeded", __FILE__, __LINE__);
            return false;
        }
        auto env = EnvironmentResolver::resolve(o, ToolSettings{});
        if (!env.ok()) {
            QTest::qFail(qPrintable(env.error().message), __FILE__, __LINE__);
            return false;
        }
        // As the app's GUI entry does: errors about missing credentials point at its dialogs.
        CredentialResolver::setAdvice(CredentialResolver::Advice::Desktop);
        window = std::make_unique<MainWindow>(AppContext{*env, &jobs, &log, &dialogs});
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void close() {
        jobs.cancelAll();
        jobs.waitForAll(30000);
        window.reset();
    }

    JobManager jobs;
    LogModel log;
    DialogFacade dialogs;
    std::unique_ptr<MainWindow> window;
};

} // namespace aks::test
