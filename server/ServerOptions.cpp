#include "server/ServerOptions.h"

#include "server/auth/PasswordHasher.h"
#include "server/storage/PostgresEngine.h"
#include "server/sms/WebhookSmsSender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QThread>

namespace zc::server {

namespace {

// HOST:PORT, [IPv6]:PORT; HOST is an IP address or "localhost".
bool parseListen(const QString &text, QHostAddress *address, QString *host, quint16 *port)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]]+)):(\\d{1,5})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const QString h = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    bool ok = false;
    const uint p = m.captured(3).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    QHostAddress a;
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        a = QHostAddress(QHostAddress::LocalHost);
    else if (!a.setAddress(h))
        return false;
    *address = a;
    *host = h;
    *port = quint16(p);
    return true;
}

bool parsePositive(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

std::optional<ServerOptions> ServerOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "zhaocai-server: the reference HTTPS server of the zhaocai-admin API (v1)."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on; port 0 picks a free one (default 127.0.0.1:8443)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("Data directory: SQLite database, development TLS material, SMS outbox (required)."),
        QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("Storage engine: sqlite (default) or postgresql://user@host:port/db (password from the URL or PGPASSWORD)."),
        QStringLiteral("ENGINE"), QStringLiteral("sqlite"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate (chain) to serve; default: DIR/tls/server.pem, made on first run."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
        QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Load reference and demo data from a JSON file (idempotent)."), QStringLiteral("FILE.json"));
    const QCommandLineOption dev(QStringLiteral("dev"),
        QStringLiteral("Development mode: serve /api/v1/dev/sms and /api/v1/dev/captchas/{id}."));
    const QCommandLineOption insecure(QStringLiteral("insecure-http"),
        QStringLiteral("Serve plain HTTP (local load tests only; refused unless listening on loopback)."));
    const QCommandLineOption argonMem(QStringLiteral("argon2-memory-kib"),
        QStringLiteral("Argon2id memory cost in KiB (default 19456)."), QStringLiteral("N"), QStringLiteral("19456"));
    const QCommandLineOption argonOps(QStringLiteral("argon2-ops"),
        QStringLiteral("Argon2id iterations (default 2)."), QStringLiteral("N"), QStringLiteral("2"));

    const QCommandLineOption smsWebhook(QStringLiteral("sms-webhook"),
        QStringLiteral("Send SMS by POSTing JSON to this https URL (default: the outbox file)."), QStringLiteral("URL"));
    const QCommandLineOption smsWebhookCa(QStringLiteral("sms-webhook-ca"),
        QStringLiteral("PEM CA certificates to trust for --sms-webhook besides the system's."), QStringLiteral("FILE"));
    const QCommandLineOption smsWebhookTimeout(QStringLiteral("sms-webhook-timeout-ms"),
        QStringLiteral("Timeout of one webhook POST in ms (default 10000)."), QStringLiteral("N"));
    const QCommandLineOption smsWebhookAttempts(QStringLiteral("sms-webhook-attempts"),
        QStringLiteral("Attempts per message before it is dropped (default 6)."), QStringLiteral("N"));

    // The network front (docs/api.md, "The network front").
    const http::FrontLimits defaults;
    const QString cores = QString::number(qMax(1, QThread::idealThreadCount()));
    const QCommandLineOption workers(QStringLiteral("workers"),
        QStringLiteral("Worker threads serving connections, each with its own database connection (default: the"
                       " number of cores, %1).").arg(cores), QStringLiteral("N"));
    const QCommandLineOption slowWorkers(QStringLiteral("slow-workers"),
        QStringLiteral("Threads for password hashing and captchas, so that they never hold up other requests"
                       " (default: the number of cores, %1).").arg(cores), QStringLiteral("N"));
    const QCommandLineOption maxConn(QStringLiteral("max-connections"),
        QStringLiteral("Open connections in all (default %1); at the cap the oldest idle or slowest connection"
                       " is closed for a new one.").arg(defaults.maxConnections), QStringLiteral("N"));
    const QCommandLineOption maxPerAddress(QStringLiteral("max-connections-per-address"),
        QStringLiteral("Open connections per client address (default 0: no cap; behind a proxy every client has"
                       " one address)."), QStringLiteral("N"));
    const QCommandLineOption handshake(QStringLiteral("handshake-timeout-ms"),
        QStringLiteral("Deadline of the TLS handshake (default %1).").arg(defaults.handshakeTimeoutMs),
        QStringLiteral("MS"));
    const QCommandLineOption head(QStringLiteral("head-timeout-ms"),
        QStringLiteral("Deadline of a whole request head from its first byte, not renewed by each byte"
                       " (default %1; then 408).").arg(defaults.headTimeoutMs), QStringLiteral("MS"));
    const QCommandLineOption idleConn(QStringLiteral("idle-timeout-ms"),
        QStringLiteral("Keep-alive: how long a connection may wait for its next request (default %1).")
            .arg(defaults.idleTimeoutMs), QStringLiteral("MS"));
    const QCommandLineOption bodyRate(QStringLiteral("min-body-rate"),
        QStringLiteral("Bytes per second a request body must keep arriving at after --body-grace-ms"
                       " (default %1; then 408).").arg(defaults.minBodyBytesPerSecond), QStringLiteral("N"));
    const QCommandLineOption bodyGrace(QStringLiteral("body-grace-ms"),
        QStringLiteral("Grace before --min-body-rate applies (default %1).").arg(defaults.bodyGraceMs),
        QStringLiteral("MS"));
    const QCommandLineOption writeTimeout(QStringLiteral("write-timeout-ms"),
        QStringLiteral("Deadline for a client to take an answer (default %1).").arg(defaults.writeTimeoutMs),
        QStringLiteral("MS"));
    const QCommandLineOption headerBytes(QStringLiteral("max-header-bytes"),
        QStringLiteral("Size of a request head (default %1; beyond: 431).").arg(defaults.maxHeaderBytes),
        QStringLiteral("N"));
    const QCommandLineOption headerFields(QStringLiteral("max-header-fields"),
        QStringLiteral("Header fields of a request (default %1; beyond: 431).").arg(defaults.maxHeaderFields),
        QStringLiteral("N"));
    const QCommandLineOption linger(QStringLiteral("linger-ms"),
        QStringLiteral("After an answer that closes the connection, how long what the client still sends is read"
                       " and dropped (default %1).").arg(defaults.lingerMs), QStringLiteral("MS"));
    const QCommandLineOption shutdown(QStringLiteral("shutdown-timeout-ms"),
        QStringLiteral("On SIGTERM/SIGINT, how long requests in flight may take to finish (default %1).")
            .arg(defaults.shutdownTimeoutMs), QStringLiteral("MS"));

    // For tests: documented in docs/api.md, hidden from --help.
    QCommandLineOption idle(QStringLiteral("session-idle-seconds"), QString(), QStringLiteral("N"));
    QCommandLineOption total(QStringLiteral("session-total-seconds"), QString(), QStringLiteral("N"));
    QCommandLineOption smsWebhookBackoff(QStringLiteral("sms-webhook-backoff-ms"), QString(), QStringLiteral("N"));
    // Only with --dev: a "day" of an API token's lifetime, so that a test sees one expire.
    QCommandLineOption tokenDay(QStringLiteral("api-token-day-seconds"), QString(), QStringLiteral("N"));
    for (QCommandLineOption *o : {&idle, &total, &smsWebhookBackoff, &tokenDay})
        o->setFlags(QCommandLineOption::HiddenFromHelp);

    parser.addOptions({listen, data, database, tlsCert, tlsKey, seed, dev, insecure, argonMem, argonOps,
                       idle, total, tokenDay});
    parser.addOptions({smsWebhook, smsWebhookCa, smsWebhookTimeout, smsWebhookAttempts, smsWebhookBackoff});
    parser.addOptions({workers, slowWorkers, maxConn, maxPerAddress, handshake, head, idleConn, bodyRate, bodyGrace,
                       writeTimeout, headerBytes, headerFields, linger, shutdown});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);   // exits
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion(); // exits
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    ServerOptions o;
    if (!parseListen(parser.value(listen), &o.listenAddress, &o.listenHost, &o.listenPort)) {
        *error = QStringLiteral("--listen expects HOST:PORT with an IP address or localhost, e.g. 127.0.0.1:8443");
        return std::nullopt;
    }
    if (!parser.isSet(data) || parser.value(data).trimmed().isEmpty()) {
        *error = QStringLiteral("--data DIR is required");
        return std::nullopt;
    }
    o.dataDir = QDir(parser.value(data)).absolutePath();
    o.database = parser.value(database).trimmed();
    if (PostgresEngine::isPostgresUrl(o.database)) {
        if (!PostgresEngine::parseUrl(o.database, error))
            return std::nullopt;
    } else if (o.database != QLatin1String("sqlite")) {
        *error = QStringLiteral("--database expects sqlite or postgresql://user@host/db");
        return std::nullopt;
    }
    o.tlsCert = parser.value(tlsCert);
    o.tlsKey = parser.value(tlsKey);
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    o.seedFile = parser.value(seed);
    o.dev = parser.isSet(dev);
    o.insecureHttp = parser.isSet(insecure);
    if (o.insecureHttp && !o.listenAddress.isLoopback()) {
        *error = QStringLiteral("--insecure-http is refused unless listening on a loopback address");
        return std::nullopt;
    }
    if (o.insecureHttp && !o.tlsCert.isEmpty()) {
        *error = QStringLiteral("--insecure-http cannot be combined with --tls-cert");
        return std::nullopt;
    }

    qint64 v = 0;
    if (!parsePositive(parser.value(argonMem), 1, 1LL << 32, &v)) {
        *error = QStringLiteral("--argon2-memory-kib expects a positive number");
        return std::nullopt;
    }
    o.argon2MemoryKib = quint64(v);
    if (!parsePositive(parser.value(argonOps), 1, 1000, &v)) {
        *error = QStringLiteral("--argon2-ops expects a positive number");
        return std::nullopt;
    }
    o.argon2Ops = quint64(v);
    QString why;
    if (!PasswordHasher::parametersValid(o.argon2MemoryKib, o.argon2Ops, &why)) {
        *error = why;
        return std::nullopt;
    }

    const struct { const QCommandLineOption *opt; qint64 min; qint64 max; qint64 *out; const char *name; } ints[] = {
        {&idle, 1, 30LL * 86400, &o.sessionIdleSeconds, "--session-idle-seconds"},
        {&total, 1, 365LL * 86400, &o.sessionTotalSeconds, "--session-total-seconds"},
        {&tokenDay, 1, 86400, &o.apiTokenDaySeconds, "--api-token-day-seconds"},
    };
    for (const auto &i : ints) {
        if (parser.isSet(*i.opt) && !parsePositive(parser.value(*i.opt), i.min, i.max, i.out)) {
            *error = QStringLiteral("%1 expects a number from %2 to %3")
                         .arg(QLatin1String(i.name)).arg(i.min).arg(i.max);
            return std::nullopt;
        }
    }
    if (parser.isSet(tokenDay) && !o.dev) {
        *error = QStringLiteral("--api-token-day-seconds is a test seam and needs --dev");
        return std::nullopt;
    }
    o.workers = qMax(1, QThread::idealThreadCount());
    o.slowWorkers = o.workers;
    const struct { const QCommandLineOption *opt; qint64 min; qint64 max; int *out; } front[] = {
        {&workers, 1, 256, &o.workers},
        {&slowWorkers, 1, 256, &o.slowWorkers},
        {&maxConn, 1, 1000000, &o.limits.maxConnections},
        {&maxPerAddress, 0, 1000000, &o.limits.maxConnectionsPerAddress},
        {&handshake, 100, 600000, &o.limits.handshakeTimeoutMs},
        {&head, 100, 600000, &o.limits.headTimeoutMs},
        {&idleConn, 100, 3600000, &o.limits.idleTimeoutMs},
        {&bodyRate, 1, 1 << 30, &o.limits.minBodyBytesPerSecond},
        {&bodyGrace, 0, 600000, &o.limits.bodyGraceMs},
        {&writeTimeout, 100, 600000, &o.limits.writeTimeoutMs},
        {&headerBytes, 1024, 1 << 20, &o.limits.maxHeaderBytes},
        {&headerFields, 8, 10000, &o.limits.maxHeaderFields},
        {&linger, 0, 60000, &o.limits.lingerMs},
        {&shutdown, 0, 3600000, &o.limits.shutdownTimeoutMs},
    };
    for (const auto &i : front) {
        if (!parser.isSet(*i.opt))
            continue;
        if (!parsePositive(parser.value(*i.opt), i.min, i.max, &v)) {
            *error = QStringLiteral("--%1 expects a number from %2 to %3")
                         .arg(i.opt->names().constFirst()).arg(i.min).arg(i.max);
            return std::nullopt;
        }
        *i.out = int(v);
    }

    o.smsWebhook = parser.value(smsWebhook).trimmed();
    o.smsWebhookCa = parser.value(smsWebhookCa);
    if (!o.smsWebhook.isEmpty() && !WebhookSmsSender::checkUrl(QUrl(o.smsWebhook, QUrl::StrictMode), error))
        return std::nullopt;
    if (o.smsWebhook.isEmpty() && (parser.isSet(smsWebhookCa) || parser.isSet(smsWebhookTimeout)
                                   || parser.isSet(smsWebhookAttempts) || parser.isSet(smsWebhookBackoff))) {
        *error = QStringLiteral("the --sms-webhook-… options need --sms-webhook URL");
        return std::nullopt;
    }
    const struct { const QCommandLineOption *opt; qint64 min; qint64 max; int *out; const char *name; } webhookInts[] = {
        {&smsWebhookTimeout, 100, 600000, &o.smsWebhookTimeoutMs, "--sms-webhook-timeout-ms"},
        {&smsWebhookAttempts, 1, 100, &o.smsWebhookAttempts, "--sms-webhook-attempts"},
        {&smsWebhookBackoff, 10, 600000, &o.smsWebhookBackoffMs, "--sms-webhook-backoff-ms"},
    };
    for (const auto &i : webhookInts) {
        if (!parser.isSet(*i.opt))
            continue;
        if (!parsePositive(parser.value(*i.opt), i.min, i.max, &v)) {
            *error = QStringLiteral("%1 expects a number from %2 to %3").arg(QLatin1String(i.name)).arg(i.min).arg(i.max);
            return std::nullopt;
        }
        *i.out = int(v);
    }
    return o;
}

} // namespace zc::server
