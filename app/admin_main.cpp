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
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

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
    // shown, one when its first page has what it shows (the roles and the
    // catalog), one once every cached model is loaded — with the longest the
    // event loop was blocked meanwhile — and quits.
    if (qEnvironmentVariableIntValue("ZC_EXIT_WHEN_SHOWN") == 1) {
        QObject::connect(&flow, &zc::ui::SessionFlow::mainWindowShown, &app, [&flow] {
            std::printf("zc-exit-when-shown: window shown\n");
            std::fflush(stdout);
            zc::ui::MainWindow *window = flow.mainWindow();
            zc::ui::WorkspaceModels *models = window ? window->models() : nullptr;
            // The event loop's longest stall while the models load (a 5 ms tick).
            auto *tick = new QTimer(models);
            auto stall = std::make_shared<QElapsedTimer>();
            auto longest = std::make_shared<qint64>(0);
            stall->start();
            tick->setInterval(5);
            QObject::connect(tick, &QTimer::timeout, tick, [stall, longest] {
                *longest = std::max(*longest, stall->restart());
            });
            tick->start();
            auto filled = std::make_shared<bool>(false);
            const auto pageFilled = [filled, models] {
                if (*filled || !models || models->roles()->rowCount() == 0)
                    return;
                *filled = true;
                std::printf("zc-exit-when-shown: page filled roles=%d\n", models->roles()->rowCount());
                std::fflush(stdout);
            };
            const auto report = [window, models, pageFilled, stall, longest] {
                pageFilled();
                *longest = std::max(*longest, stall->elapsed());
                std::printf("zc-exit-when-shown: models loaded offline=%d accounts=%d roles=%d stall=%lld\n",
                            window && !window->offlineBannerText().isEmpty() ? 1 : 0,
                            models ? models->accounts()->rowCount() : -1, models ? models->roles()->rowCount() : -1,
                            static_cast<long long>(*longest));
                std::fflush(stdout);
                QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
            };
            if (!models || models->isLoaded()) {
                report();
            } else {
                pageFilled();
                QObject::connect(models, &zc::ui::WorkspaceModels::contentChanged, models, pageFilled);
                QObject::connect(models, &zc::ui::WorkspaceModels::loaded, models, report);
            }
        });
    }
    flow.start();
    return QApplication::exec();
}
