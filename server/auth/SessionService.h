#pragma once

#include "server/auth/AuthSession.h"
#include "server/Result.h"
#include "server/storage/SessionStorage.h"
#include "server/storage/StampedCache.h"

#include <QVariant>

#include <optional>
#include <QString>

namespace zc::server {

class Database;
class Directory;

// Sessions in the database (never only in memory): creation with a random
// token of which only the SHA-256 is stored, lookup with idle / total expiry,
// the gates of API.md, and revocation. A session resolved once is kept in
// this thread's cache under the database's DataStamp: it is served from there
// only while nothing at all was committed since (a revocation, a role edit,
// a sign-in anywhere moves the stamp) and until its own expiry, the next
// sliding of its idle expiry or the end of a lock, whichever comes first.
class SessionService
{
public:
    struct Lifetimes
    {
        qint64 idleSeconds = 8 * 3600;
        qint64 totalSeconds = 24 * 3600;
    };

    SessionService(Database &db, Directory &directory, Lifetimes lifetimes);

    // Inside the caller's transaction. accountId 0: not chosen yet. Returns the token.
    [[nodiscard]] Result<QString> create(qint64 credentialId, qint64 accountId, const QString &loginKey);
    // 401 unauthenticated for an unknown, malformed, expired or revoked token.
    [[nodiscard]] Result<AuthSession> resolve(const QString &token);
    // The session again after a change (unit or institution chosen, password changed).
    [[nodiscard]] Result<AuthSession> reload(qint64 sessionId);
    [[nodiscard]] Status revoke(qint64 sessionId);
    // Inside the caller's transaction: every other session of the credential.
    [[nodiscard]] Status revokeOthers(qint64 credentialId, qint64 keepSessionId);
    // Inside the caller's transaction: every session in that account (a disabled
    // handler) / of that credential (a password reset by the unit). Returns how many.
    [[nodiscard]] Result<int> revokeAccount(qint64 accountId);
    [[nodiscard]] Result<int> revokeCredential(qint64 credentialId);
    // Removes expired sessions (housekeeping).
    void purgeExpired();

    [[nodiscard]] static QString hashToken(const QString &token);
    [[nodiscard]] static bool looksLikeToken(const QString &token);

private:
    Result<AuthSession> describe(const SessionStorage::Row &row);
    [[nodiscard]] qint64 touchEveryMs() const;

    static constexpr qsizetype CachedSessions = 4096;

    Database &m_db;
    Directory &m_directory;
    Lifetimes m_lifetimes;
    StampedCache<AuthSession> m_cache{CachedSessions};   // by token hash
};

} // namespace zc::server
