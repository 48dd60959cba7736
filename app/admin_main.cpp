// zhaocai-admin: start-up wiring only. Everything else lives in zc_ui,
// zc_sync and zc_models, which the tests link too.
#include "ui/SessionFlow.h"
#include "ui/Startup.h"

#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    zc::ui::Startup::setApplicationInfo();
    // Chinese on a Chinese system, English otherwise; settings and --lang override.
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
    flow.start();
    return QApplication::exec();
}
