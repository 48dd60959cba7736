#include "server/auth/SessionService.h"

#include "server/Crypto.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "server/storage/SessionStorage.h"
#include "server/Logging.h"
#include "models/PermissionCatalog.h"

#include <QDateTime>
#include <QRegularExpression>

namespace zc::server {

namespace {

ApiError unauthenticated()
{
    return apiError(401, ErrorCode::Unauthenticated);
}

} // namespace


SessionService::SessionService(Database &db, Directory &directory, Lifetimes lifetimes)
    : m_db(db), m_directory(directory), m_lifetimes(lifetimes)
{
}

QString SessionService::hashToken(const QString &token)
{
    return Crypto::sha256Hex(token.toLatin1());
}

bool SessionService::looksLikeToken(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return re.match(token).hasMatch();
}

Result<QString> SessionService::create(qint64 credentialId, qint64 accountId, const QString &loginKey)
{
    Q_ASSERT(m_db.inTransaction());
    const QString token = Crypto::randomToken(32);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 total = now + m_lifetimes.totalSeconds * 1000;
    const qint64 idle = qMin(total, now + m_lifetimes.idleSeconds * 1000);
    if (const Status st = SessionStorage(m_db).insert(hashToken(token), credentialId, accountId, loginKey, now, idle,
                                                     total);
        !st)
        return st.error();
    return token;
}

Result<AuthSession> SessionService::resolve(const QString &token)
{
    if (!looksLikeToken(token))
        return unauthenticated();
    const QString hash = hashToken(token);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<DataStamp> stamp = m_db.dataStamp();   // before the rows: they are at least as new
    if (const AuthSession *cached = m_cache.find(hash, stamp, now))
        return *cached;

    auto found = SessionStorage(m_db).byTokenHash(hash, now);
    if (!found)
        return found.error();
    if (!found->has_value())
        return unauthenticated();
    SessionStorage::Row row = *found.take();
    // The index found it; compare once more in constant time anyway.
    if (!Crypto::constantTimeEquals(row.tokenHash.toLatin1(), hash.toLatin1()))
        return unauthenticated();

    if (now >= row.expires || now >= row.idleExpires) {
        (void)SessionStorage(m_db).remove(row.id);
        return unauthenticated();
    }
    // Slide the idle expiry, but write at most every idle/8 (capped at a minute):
    // a read is no write, except once a minute per session.
    const qint64 touchEvery = touchEveryMs();
    bool touched = false;
    if (now - row.lastSeen >= touchEvery) {
        const qint64 newIdle = qMin(row.expires, now + m_lifetimes.idleSeconds * 1000);
        if (const Status st = SessionStorage(m_db).touch(row.id, now, newIdle); !st)
            return st.error();
        row.idleExpires = newIdle;
        touched = true;   // a write of this connection: the stamp read above is already behind
    }
    Result<AuthSession> session = describe(row);
    if (session && !touched) {
        qint64 validUntil = qMin(qMin(row.expires, row.idleExpires), row.lastSeen + touchEvery);
        if (row.lockedUntil > 0)
            validUntil = qMin(validUntil, row.lockedUntil);
        m_cache.insert(hash, stamp, validUntil, session.value());
    }
    return session;
}

qint64 SessionService::touchEveryMs() const
{
    return qMin<qint64>(60000, m_lifetimes.idleSeconds * 1000 / 8);
}

Result<AuthSession> SessionService::reload(qint64 sessionId)
{
    auto found = SessionStorage(m_db).byId(sessionId, QDateTime::currentMSecsSinceEpoch());
    if (!found)
        return found.error();
    if (!found->has_value())
        return unauthenticated();
    return describe(*found.value());
}

Result<AuthSession> SessionService::describe(const SessionStorage::Row &row)
{
    AuthSession s;
    s.sessionId = row.id;
    s.credentialId = row.credentialId;
    s.loginKey = row.loginKey;
    s.credentialPhone = row.credentialPhone;
    s.view.expiresAt = Directory::timeFromMs(qMin(row.expires, row.idleExpires));
    s.view.passwordChangeRequired = row.passwordChangeRequired;

    if (row.accountId == 0) {
        // A phone that is a handler of several units: it picks one (选择登录单位).
        if (s.credentialPhone.isEmpty())
            return unauthenticated();
        auto units = m_directory.activeHandlerUnits(s.credentialPhone);
        if (!units)
            return units.error();
        if (units->isEmpty())
            return unauthenticated();   // every membership was disabled or removed meanwhile
        s.view.unitChoiceRequired = true;
        s.view.unitOptions = units.take();
        return s;
    }
    if (!row.accountFound || row.account.account.status == Account::Status::Disabled || !row.unitFound)
        return unauthenticated();
    Account a = row.account.account;
    const Unit &u = row.unit;

    // 选择医疗机构: a handler of a medical institution whose USCC has several institutions.
    if (a.kind == Account::Kind::Handler && u.kind == Unit::Kind::MedicalInstitution && a.institutionId == 0) {
        auto institutions = m_directory.institutionsOfUscc(u.uscc);
        if (!institutions)
            return institutions.error();
        if (institutions->size() > 1) {
            s.view.institutionChoiceRequired = true;
            s.view.institutionOptions = institutions.take();
        }
    }
    // Only ever the menus of the unit's kind (its roles hold no others; the
    // expansion drops what a change of kind left behind, if anything).
    const PermissionCatalog &catalog = PermissionCatalog::builtInFor(u.kind);
    if (a.kind == Account::Kind::Unit) {
        s.view.permissions = catalog.leaves();   // a main account holds every leaf of its kind
    } else {
        // The handler's roles and their codes in one statement.
        QStringList codes;
        if (const Status read = SessionStorage(m_db).rolesOfAccount(a.id, &a.roleIds, &codes); !read)
            return read.error();
        // Expanding drops codes the catalog no longer has and sorts in tree order.
        s.view.permissions = catalog.expand(codes);
    }
    s.view.account = a;
    s.view.unit = u;
    return s;
}

Status SessionService::revoke(qint64 sessionId)
{
    return SessionStorage(m_db).remove(sessionId);
}

Status SessionService::revokeOthers(qint64 credentialId, qint64 keepSessionId)
{
    Q_ASSERT(m_db.inTransaction());
    const Result<int> revoked = SessionStorage(m_db).removeOthersOfCredential(credentialId, keepSessionId);
    if (!revoked)
        return revoked.error();
    if (revoked.value() > 0)
        qCInfo(lcAuth) << "revoked" << revoked.value() << "other session(s) of credential" << credentialId;
    return Done{};
}

Result<int> SessionService::revokeAccount(qint64 accountId)
{
    Q_ASSERT(m_db.inTransaction());
    return SessionStorage(m_db).removeOfAccount(accountId);
}

Result<int> SessionService::revokeCredential(qint64 credentialId)
{
    Q_ASSERT(m_db.inTransaction());
    return SessionStorage(m_db).removeOfCredential(credentialId);
}

void SessionService::purgeExpired()
{
    SessionStorage(m_db).purgeExpired(QDateTime::currentMSecsSinceEpoch());
}

} // namespace zc::server
