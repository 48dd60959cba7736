#pragma once

#include "DemoSeed.h"
#include "TestServer.h"

#include <QAbstractSocket>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace zc::test {

// Logins of tests/server/data/admin-seed.json: unit A (unit_a) with handlers
// of every shape of rights, unit B (unit_b) with one handler, 12 plain
// handlers of unit A (1320000 0001…0012, 经办人01…12) for lists and paging.
namespace admin {
inline const QString Password = QStringLiteral("Test@2026x");
inline const QString MainA = QStringLiteral("unit_a");
inline const QString MainB = QStringLiteral("unit_b");
inline const QString NoRights = QStringLiteral("13100000001");    // 甲无权: no role
inline const QString RolesOnly = QStringLiteral("13100000002");   // 乙管角色: basic.roles
inline const QString AccountsOnly = QStringLiteral("13100000003"); // 丙管账号: basic.accounts
inline const QString AllBasic = QStringLiteral("13100000004");    // 丁全权: basic.* and drug.settlement.* (a manufacturer's: payments)
inline const QString Buyer = QStringLiteral("13100000005");       // 戊采购: drug.settlement.payments
inline const QString OtherUnit = QStringLiteral("13300000001");   // unit B's handler (basic.*)
inline const QString RoleRoles = QStringLiteral("角色管理员");
inline const QString RoleAccounts = QStringLiteral("账号管理员");
inline const QString RoleAll = QStringLiteral("系统管理员");
inline const QString RoleBuyer = QStringLiteral("采购员");
constexpr int UnitAHandlers = 17;   // 5 + 12 fillers
constexpr int UnitARoles = 4;
[[nodiscard]] QString filler(int i);   // "132000000ii", i in 1..12

// A server on the admin seed (dev mode, cheap Argon2 so sign-ins are fast).
[[nodiscard]] TestServer::Options serverOptions();
} // namespace admin

// Helpers over a running server for the admin tests.
class Api
{
public:
    explicit Api(TestServer &server) : m_server(server) {}

    // A token per login (signed in once, then reused); empty when sign-in fails.
    QString token(const QString &login, const QString &password = admin::Password);
    void forget(const QString &login) { m_tokens.remove(login); }

    TestServer::Reply get(const QString &login, const QString &path);
    TestServer::Reply send(const QString &login, const QByteArray &verb, const QString &path,
                           const QJsonObject &body = {}, const QString &ifMatch = {});

    // Ids of unit A's things as its main account sees them.
    qint64 accountId(const QString &login, const QString &asLogin = admin::MainA);
    qint64 roleId(const QString &name, const QString &asLogin = admin::MainA);
    // An SMS code of purpose for phone, asked for with a solved captcha and read from the dev outbox.
    QString smsCode(const QString &phone, const QString &purpose);
    // The newest message to phone (dev outbox).
    QJsonObject lastSms(const QString &phone);
    // Number of audit events of unit A (as its main account sees them).
    qint64 auditCount(const QString &asLogin = admin::MainA);

private:
    TestServer &m_server;
    QHash<QString, QString> m_tokens;
};

// The version in an ETag header ("3" → 3).
[[nodiscard]] QString etag(const TestServer::Reply &reply);
[[nodiscard]] QList<QPair<QByteArray, QByteArray>> ifMatchHeader(const QString &version);

// A connection of the test to the server's SQLite file (WAL: fine while it runs).
class ServerDb
{
public:
    explicit ServerDb(const QString &dataDir);
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    [[nodiscard]] bool isOpen() const;
    // First column of the first row (invalid QVariant when none / on error).
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &binds = {});
    [[nodiscard]] bool exec(const QString &sql, const QVariantList &binds = {});
    // "table:count" for every table: the seed-idempotency fingerprint.
    [[nodiscard]] QStringList tableCounts();
    [[nodiscard]] QString lastError() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

// One client connection that speaks raw HTTP/1.1 over verified TLS (or plain
// TCP), for what QNetworkAccessManager will not send: ambiguous framing, slow
// heads, pipelined requests, HTTP/1.0.
class RawConnection
{
public:
    explicit RawConnection(const TestServer &server, bool tls = true);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    // Connects (and completes the TLS handshake); false on failure or timeout.
    [[nodiscard]] bool open(int timeoutMs = 5000);
    // Starts connecting without waiting (many connections at once).
    void openAsync();
    [[nodiscard]] bool isOpen() const;
    // Writes bytes (flushed); false when the connection is gone.
    bool send(const QByteArray &bytes);

    struct Answer
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
        [[nodiscard]] QString errorCode() const;
    };
    // Reads one whole answer (its head and Content-Length body); nullopt when
    // none came within timeoutMs or the connection ended first.
    [[nodiscard]] std::optional<Answer> readAnswer(int timeoutMs = 5000);
    // True once the server has closed the connection (waits up to timeoutMs).
    [[nodiscard]] bool waitClosed(int timeoutMs);
    void close();
    [[nodiscard]] QAbstractSocket &socket() { return *m_socket; }

private:
    void pump(int ms);

    const TestServer &m_server;
    const bool m_tls;
    std::unique_ptr<QAbstractSocket> m_socket;
    QByteArray m_pending;
};

// The resident memory (VmRSS) of a process in KiB, from /proc/<pid>/status; -1 when unknown.
[[nodiscard]] qint64 residentKib(qint64 pid);

// POST /sessions body with an explicit captcha.
[[nodiscard]] QJsonObject loginBody(const QString &login, const QString &password, const QString &captchaId,
                                    const QString &captchaAnswer);

} // namespace zc::test
