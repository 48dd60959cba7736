// zhaocai-cli: start-up wiring only; the commands live in zc_cli (app/cli/).
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same settings as the desktop client, so both see the same server profiles.
    QCoreApplication::setOrganizationName(QStringLiteral("zhaocai"));
    QCoreApplication::setApplicationName(QStringLiteral("zhaocai-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZC_VERSION));

    zc::cli::CliApp::installLanguage(QCoreApplication::arguments());
    zc::cli::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
