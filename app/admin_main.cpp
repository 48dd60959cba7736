// zhaocai-admin: start-up wiring only. Everything else lives in zc_ui,
// zc_sync and zc_models, which the tests link too.
#include "ui/MessageBox.h"
#include "ui/ServerProfilesDialog.h"
#include "ui/SessionFlow.h"
#include "ui/Startup.h"

#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/ServerProfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

namespace {

// --lang is needed before the parser's own (translated) texts exist.
QString requestedLanguage(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    zc::ui::Startup::setApplicationInfo();
    const QString language = zc::ui::Startup::resolveLanguage(requestedLanguage(app.arguments()));
    zc::ui::Startup::installTranslations(language);
    QGuiApplication::setApplicationDisplayName(zc::ui::Startup::displayName());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "admin_main",
        "Desktop administration of units, handler accounts and roles on provincial medical-insurance "
        "procurement platforms."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("admin_main", "Interface language for this run: zh_CN or en."),
        QStringLiteral("language"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile-file"),
        QCoreApplication::translate("admin_main",
                                    "Add (or update) the server profile in <file> and select it. "
                                    "Also read from ZC_PROFILE_FILE."),
        QStringLiteral("file"));
    parser.addOption(langOption);
    parser.addOption(profileOption);
    parser.process(app);

    QString profileFile = parser.value(profileOption);
    if (profileFile.isEmpty())
        profileFile = qEnvironmentVariable("ZC_PROFILE_FILE");
    if (!profileFile.isEmpty()) {
        QString why;
        const auto profile = zc::sync::ServerProfile::fromFile(profileFile, &why);
        if (profile) {
            zc::sync::ServerProfileStore::setLastProfileId(zc::ui::ServerProfilesDialog::upsert(*profile));
        } else {
            const QString text = QCoreApplication::translate("admin_main",
                                                             "The server profile “%1” cannot be used: %2")
                                     .arg(QDir::toNativeSeparators(profileFile),
                                          zc::ui::ServerProfilesDialog::reasonText(why));
            zc::ui::MessageBox::warning(nullptr, zc::ui::Startup::displayName(), text);
        }
    }

    zc::sync::ApiClient client;
    client.setLanguage(zc::ui::Startup::apiLanguage());
    zc::sync::CredentialStore credentials;

    // Windows come and go between login, gates and the main window; the flow says when to quit.
    QApplication::setQuitOnLastWindowClosed(false);
    zc::ui::SessionFlow flow(&client, &credentials);
    QObject::connect(&flow, &zc::ui::SessionFlow::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    flow.start();
    return QApplication::exec();
}
