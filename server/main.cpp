// zhaocai-server: start-up only; everything else is in zc_server.
#include "server/Crypto.h"
#include "server/Logging.h"
#include "server/ServerApp.h"
#include "server/ServerOptions.h"
#include "server/TerminationWatcher.h"

#include <QGuiApplication>

#include <cstdio>

#include <sys/resource.h>

namespace {

// Thousands of connections need as many file descriptors: use what the hard
// limit allows (the soft one is often 1024).
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        (void)setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Captchas are drawn with QPainter, which needs a QGuiApplication; a server has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zhaocai-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZC_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} "
                                      "%{if-debug}D%{endif}%{if-info}I%{endif}%{if-warning}W%{endif}"
                                      "%{if-critical}E%{endif}%{if-fatal}F%{endif} %{category}: %{message}"));

    QString error;
    const auto options = zc::server::ServerOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "zhaocai-server: %s\n(see zhaocai-server --help)\n", qPrintable(error));
        return 2;
    }
    if (!zc::server::Crypto::initialize()) {
        qCCritical(lcServer) << "libsodium cannot be initialised";
        return 1;
    }
    raiseFileLimit();
    zc::server::ServerApp server(*options);
    // Before start(): a SIGTERM right after "listening on" must already stop cleanly.
    zc::server::TerminationWatcher termination;
    QObject::connect(&termination, &zc::server::TerminationWatcher::terminationRequested, &app, [&server] {
        qCInfo(lcServer) << "shutting down";
        server.stop();   // stops accepting, answers what is in flight, then returns
        QCoreApplication::quit();
    });
    if (!server.start(&error)) {
        qCCritical(lcServer).noquote() << "cannot start:" << error;
        return 1;
    }
    const int code = QCoreApplication::exec();
    qCInfo(lcServer) << "stopped";
    return code;
}
