#pragma once

#include "server/http/Limits.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc::server {

// The command line of API.md ("Server command line"), parsed and checked.
struct ServerOptions
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    QString listenHost = QStringLiteral("127.0.0.1");   // as written, for the log line
    quint16 listenPort = 8443;
    QString dataDir;
    QString database = QStringLiteral("sqlite");
    QString tlsCert;
    QString tlsKey;
    QString seedFile;
    bool dev = false;
    bool insecureHttp = false;
    quint64 argon2MemoryKib = 19456;
    quint64 argon2Ops = 2;
    // SMS webhook sender (--sms-webhook URL); empty: the outbox.
    QString smsWebhook;
    QString smsWebhookCa;
    int smsWebhookTimeoutMs = 10000;
    int smsWebhookAttempts = 6;
    int smsWebhookBackoffMs = 1000;     // hidden: first retry delay, doubled each time

    // The network front: threads, limits and deadlines (docs/api.md, "The network front").
    int workers = 1;                    // default: the number of cores
    int slowWorkers = 1;                // the slow lane (Argon2id, captchas); default: the number of cores
    http::FrontLimits limits;

    // Hidden, for tests and load tests (docs/api.md).
    qint64 sessionIdleSeconds = 8 * 3600;
    qint64 sessionTotalSeconds = 24 * 3600;
    // How long one of an API token's expires_in_days lasts; another value only with --dev.
    qint64 apiTokenDaySeconds = 24 * 3600;

    // Parses arguments (argv including the program name). On a problem returns
    // nullopt with *error set; --help and --version print and exit.
    [[nodiscard]] static std::optional<ServerOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace zc::server
