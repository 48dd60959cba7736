// zhaocai-admin: start-up wiring only. Everything else lives in zc_ui,
// zc_sync and zc_models, which the tests link too.
#include "ui/SessionFlow.h"
#include "ui/Startup.h"
#include "ui/workspace/MainWindow.h"
#include "ui/workspace/WorkspaceModels.h"

#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"

#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    zc::ui::Startup::setApplicationInfo();
    // Chinese unless the system asks for English; settings and --lang override.
    const QString language =
        zc::ui::Startup::resolveLanguage(zc::ui::Startup::requestedLanguage(QCoreApplication::arguments()));
    zc::ui::Startup::installTranslations(language);
    QGuiApplication::setApplicationDisplayName(zc::ui::Startup::displayName());

    const zc::ui::Startup::Options options = zc::ui::Startup::processCommandLine(app);
    if (!options.profileFile.isEmpty())
        zc::ui::Startup::useProfileFile(options.profileFile);

    zc::sync::ApiClient client;
    client.setLanguage(zc::ui::Startup::apiLanguage());
    zc::sync::CredentialStore credentials;

    // Windows come and go between login, gates and main window; the flow says when to quit.
    QApplication::setQuitOnLastWindowClosed(false);
    zc::ui::SessionFlow flow(&client, &credentials);
    QObject::connect(&flow, &zc::ui::SessionFlow::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    // Benchmark hook (bench/bench_sync measures the cold start): with
    // ZC_EXIT_WHEN_SHOWN=1 the client prints a line when the main window is
    // shown, another once its cached models are loaded, and quits.
    if (qEnvironmentVariableIntValue("ZC_EXIT_WHEN_SHOWN") == 1) {
        QObject::connect(&flow, &zc::ui::SessionFlow::mainWindowShown, &app, [&flow] {
            std::printf("zc-exit-when-shown: window shown\n");
            std::fflush(stdout);
            zc::ui::MainWindow *window = flow.mainWindow();
            zc::ui::WorkspaceModels *models = window ? window->models() : nullptr;
            const auto report = [window, models] {
                std::printf("zc-exit-when-shown: models loaded offline=%d accounts=%d roles=%d\n",
                            window && !window->offlineBannerText().isEmpty() ? 1 : 0,
                            models ? models->accounts()->rowCount() : -1, models ? models->roles()->rowCount() : -1);
                std::fflush(stdout);
                QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
            };
            if (!models || models->isLoaded())
                report();
            else
                QObject::connect(models, &zc::ui::WorkspaceModels::loaded, models, report);
        });
    }
    flow.start();
    return QApplication::exec();
}
