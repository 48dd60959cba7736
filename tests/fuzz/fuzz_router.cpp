// The server's request handling, raw bytes in, answer out, no network: the
// front's framing (RequestFraming.h), then the Router of a real WorkerContext
// over a SQLite database in a scratch folder, migrated and seeded with the
// demo seed, in dev mode. So that inputs reach the routes behind sign-in, the
// placeholders @MAIN@ (js_group, a manufacturer's main account) and @HANDLER@
// (13770004444, a handler with basic.roles and basic.accounts) in an input
// are replaced by the tokens of sessions signed in at start (and again when
// an input ended one). The database keeps what earlier inputs wrote.
//
// Every answer has a status the front can send; an error answer is JSON
// {"error": {"code", "field", "message"}} as API.md says; no answer is a 500.
#include "FuzzSupport.h"
#include "RequestFraming.h"

#include "models/StrictJson.h"
#include "server/WorkerContext.h"
#include "server/Crypto.h"
#include "server/auth/PasswordHasher.h"
#include "server/http/Router.h"
#include "server/seed/Seeder.h"
#include "server/storage/Migrations.h"
#include "server/storage/SqliteEngine.h"

#include <QGuiApplication>
#include <QJsonObject>

#include <mutex>

namespace {

using zc::server::http::Request;
using zc::server::http::Response;

constexpr char MainLogin[] = "js_group";
constexpr char HandlerLogin[] = "13770004444";
constexpr char DemoPassword[] = "Demo@2026";

[[noreturn]] void finding(const char *what, const Response &r)
{
    zc::fuzz::finding(what, QStringLiteral("status %1, body %2").arg(r.status).arg(QString::fromUtf8(r.body.left(500))));
}

class Server
{
public:
    Server()
    {
        if (!zc::server::Crypto::initialize())   // as the server's main() does first
            zc::fuzz::finding("libsodium cannot be used");
        zc::server::ContextConfig &config = m_config;   // the contexts keep references into it
        config.options.dev = true;
        config.outboxPath = zc::fuzz::scratch().filePath(QStringLiteral("sms-outbox.jsonl"));
        // libsodium's smallest Argon2id cost: the fuzzer is after the routes, not the hash.
        config.hasher = std::make_shared<const zc::server::PasswordHasher>(8, 1);
        const QString path = zc::fuzz::scratch().filePath(QStringLiteral("server.sqlite3"));
        auto writeMutex = std::make_shared<std::mutex>();
        config.engine = [path, writeMutex] { return std::make_unique<zc::server::SqliteEngine>(path, writeMutex); };
        config.maxBodyBytes = m_limits.maxBodyBytes;
        QString error;
        m_context = zc::server::WorkerContext::create(config, &error);
        if (!m_context || !zc::server::Migrations::run(m_context->database(), &error)) {
            zc::fuzz::finding("cannot set up the server", error);
        }
        zc::server::Seeder seeder(m_context->database(), *config.hasher);
        if (!seeder.load(QStringLiteral(ZC_DEMO_SEED), &error)) {
            zc::fuzz::finding("cannot load the demo seed", error);
        }
        m_mainToken = signIn(MainLogin);
        m_handlerToken = signIn(HandlerLogin);
    }

    Response answer(QByteArray bytes)
    {
        const bool signedIn = bytes.contains("@MAIN@") || bytes.contains("@HANDLER@");
        bytes.replace("@MAIN@", m_mainToken).replace("@HANDLER@", m_handlerToken);
        const std::optional<Request> request = zc::fuzz::frameRequest(bytes, m_limits);
        if (!request)
            return Response(0);
        const Response response = m_context->router().handle(*request);
        if (signedIn && request->method != zc::server::http::Method::Get) {
            // A sign-out, a password change or a handler disabled: sign in again.
            if (!stillSignedIn(m_mainToken))
                m_mainToken = signIn(MainLogin);
            if (!stillSignedIn(m_handlerToken))
                m_handlerToken = signIn(HandlerLogin);
        }
        return response;
    }

private:
    Response call(const char *method, const QString &path, const QJsonObject &body = {}, const QByteArray &token = {})
    {
        Request r;
        r.methodText = method;
        r.method = zc::server::http::methodFromName(r.methodText);
        r.path = path;
        r.headers.append(zc::server::http::Header{"Host", "localhost"});
        if (!token.isEmpty())
            r.headers.append(zc::server::http::Header{"Authorization", "Bearer " + token});
        if (!body.isEmpty()) {
            r.headers.append(zc::server::http::Header{"Content-Type", "application/json"});
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return m_context->router().handle(r);
    }

    static QJsonObject json(const Response &r)
    {
        const auto doc = zc::StrictJson::parseDocument(r.body);
        return doc && doc->isObject() ? doc->object() : QJsonObject();
    }

    // A token, or garbage that is none when the account is locked (the fuzzer may lock it).
    QByteArray signIn(const char *login)
    {
        const QString captchaId = json(call("POST", QStringLiteral("/api/v1/captchas")))
                                      .value(QLatin1String("captcha_id")).toString();
        const QString answer = json(call("GET", QStringLiteral("/api/v1/dev/captchas/") + captchaId))
                                   .value(QLatin1String("answer")).toString();
        const Response r = call("POST", QStringLiteral("/api/v1/sessions"),
                                QJsonObject{{QStringLiteral("login"), QLatin1String(login)},
                                            {QStringLiteral("password"), QLatin1String(DemoPassword)},
                                            {QStringLiteral("captcha_id"), captchaId},
                                            {QStringLiteral("captcha_answer"), answer}});
        const QString token = json(r).value(QLatin1String("token")).toString();
        return token.isEmpty() ? QByteArrayLiteral("signed-out") : token.toLatin1();
    }

    bool stillSignedIn(const QByteArray &token)
    {
        return call("GET", QStringLiteral("/api/v1/me"), {}, token).status == 200;
    }

    zc::server::http::FrontLimits m_limits = [] {
        zc::server::http::FrontLimits l;
        l.maxBodyBytes = 64 * 1024;
        return l;
    }();
    zc::server::ContextConfig m_config;
    std::unique_ptr<zc::server::WorkerContext> m_context;
    QByteArray m_mainToken;
    QByteArray m_handlerToken;
};

void checkAnswer(const Response &r)
{
    if (r.status < 200 || r.status > 599 || r.status == 500)
        finding("an answer no route should give", r);
    if (r.status < 400)
        return;
    const auto doc = zc::StrictJson::parseDocument(r.body);
    const QJsonObject error = doc && doc->isObject() ? doc->object().value(QLatin1String("error")).toObject()
                                                      : QJsonObject();
    if (!error.value(QLatin1String("code")).isString() || !error.value(QLatin1String("message")).isString())
        finding("an error answer not in API.md's shape", r);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    zc::fuzz::ensureApplication<QGuiApplication>();
    static Server *server = new Server;   // never destroyed, see ensureApplication()
    const Response response = server->answer(zc::fuzz::bytes(data, size));
    if (response.status != 0)
        checkAnswer(response);
    return 0;
}
