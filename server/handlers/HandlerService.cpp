#include "server/handlers/HandlerService.h"

#include "server/feed/AuditLog.h"
#include "server/storage/ChangeStorage.h"
#include "server/storage/CredentialStorage.h"
#include "server/storage/Database.h"
#include "server/storage/AccountStorage.h"
#include "server/storage/Directory.h"
#include "server/storage/RoleStorage.h"
#include "server/storage/ThrottleStorage.h"
#include "server/Logging.h"
#include "server/auth/LoginThrottle.h"
#include "server/auth/PasswordGenerator.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/SessionService.h"
#include "server/sms/SmsCodeService.h"
#include "server/sms/SmsSender.h"
#include "server/units/UnitScope.h"

#include <QDateTime>
#include <QJsonArray>

namespace zc::server {

namespace {

AuditLog::Entry entry(const AuthSession &caller, const char *action, qint64 accountId, const QString &summary)
{
    return {caller.unitId(), caller.actor(), QString::fromLatin1(action), QStringLiteral("account"), accountId,
            summary};
}

QString unitName(const AuthSession &caller)
{
    return caller.view.unit ? caller.view.unit->name : QString();
}

QString label(const QString &name, const QString &phone)
{
    return QStringLiteral("%1（%2）").arg(name, phone);
}

} // namespace

HandlerService::HandlerService(Database &db, AccountStorage &storage, UnitScope &scope, ChangeStorage &changes,
                               AuditLog &audit, SessionService &sessions, LoginThrottle &throttle,
                               SmsCodeService &smsCodes, SmsSender &sms, const PasswordHasher &hasher)
    : m_db(db), m_storage(storage), m_scope(scope), m_changes(changes), m_audit(audit), m_sessions(sessions),
      m_throttle(throttle), m_smsCodes(smsCodes), m_sms(sms), m_hasher(hasher)
{
}

Result<Account> HandlerService::reload(const AuthSession &caller, qint64 accountId)
{
    auto record = m_scope.account(caller, accountId);
    if (!record)
        return record.error();
    return record->account;
}

Result<QByteArray> HandlerService::list(const AuthSession &caller, const ListQuery &query)
{
    AccountStorage::HandlerFilter f;
    f.page = query.page;
    f.size = query.size;
    f.q = query.q.trimmed();
    f.status = query.status;
    return m_storage.handlerPageJson(caller.unitId(), f);
}

Result<Account> HandlerService::add(const AuthSession &caller, const QString &phone, const QString &name,
                                    const QString &smsCode)
{
    // The code first (API.md's order); a right code is not used up yet.
    const Result<SmsCodeService::Ticket> ticket =
        m_smsCodes.verify(phone, SmsCodeService::Purpose::AddHandler, smsCode);
    if (!ticket)
        return ticket.error();

    // A phone without credentials gets an initial password: hashed here, outside
    // the write lock (Argon2 takes tens of milliseconds).
    const auto known = CredentialStorage(m_db).idOfPhone(phone);
    if (!known)
        return known.error();
    QString initialPassword;
    QString initialHash;
    const auto prepareInitial = [&]() -> bool {
        initialPassword = PasswordGenerator::generate();
        initialHash = m_hasher.hash(initialPassword);
        return !initialHash.isEmpty();
    };
    if (!known->has_value() && !prepareInitial())
        return internalError();

    const Result<qint64> added = m_db.transaction<qint64>([&]() -> Result<qint64> {
        const Result<std::optional<qint64>> member = m_storage.idOfHandler(caller.unitId(), phone);
        if (!member)
            return member.error();
        if (member->has_value())
            return apiError(409, ErrorCode::LoginTaken, QStringLiteral("phone"));
        if (const Status used = m_smsCodes.consume(ticket.value()); !used)
            return used.error();

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        CredentialStorage credentials(m_db);
        const auto credential = credentials.idOfPhone(phone);   // again, under the write lock
        if (!credential)
            return credential.error();
        qint64 credentialId = 0;
        const bool newCredential = !credential->has_value();
        if (newCredential) {
            if (initialHash.isEmpty() && !prepareInitial())   // it went away meanwhile
                return internalError();
            const auto inserted = credentials.insert(phone, initialHash, true, now);
            if (!inserted)
                return inserted.error();
            credentialId = inserted.value();
        } else {
            credentialId = *credential.value();
        }

        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        const Result<std::optional<qint64>> account = m_storage.insert(
            {caller.unitId(), QStringLiteral("handler"), phone, name, Directory::nameKey(name), phone, credentialId,
             seq.value()},
            now);
        if (!account)
            return account.error();
        if (!account->has_value())
            return apiError(409, ErrorCode::LoginTaken, QStringLiteral("phone"));
        const qint64 accountId = account->value();
        const Status audited = m_audit.record(entry(caller, "account.create", accountId,
                                                    QStringLiteral("新增经办人 %1").arg(label(name, phone))));
        if (!audited)
            return audited.error();

        SmsMessage message;
        message.phone = phone;
        if (newCredential) {
            message.kind = QStringLiteral("initial_password");
            message.password = initialPassword;
            message.text = QStringLiteral("【医保招采】%1已将您添加为经办人。登录账号为本手机号，初始密码 %2，"
                                          "首次登录后须修改密码。请勿将密码告诉他人。")
                               .arg(unitName(caller), initialPassword);
        } else {
            message.kind = QStringLiteral("notice");
            message.text = QStringLiteral("【医保招采】%1已将您添加为经办人，请使用本手机号及原密码登录。")
                               .arg(unitName(caller));
        }
        const Status sent = m_sms.send(message);
        if (!sent)
            return sent.error();
        return accountId;
    });
    if (!added)
        return added.error();
    qCInfo(lcAdmin).noquote() << "handler" << added.value() << "added to unit" << caller.unitId() << "phone"
                              << SmsSender::maskPhone(phone);
    return reload(caller, added.value());
}

Result<Account> HandlerService::update(const AuthSession &caller, qint64 accountId, const std::optional<QString> &name,
                                       const std::optional<Account::Status> &status, const IfMatch &ifMatch)
{
    const Status done = m_db.transaction<Done>([&]() -> Status {
        const auto record = m_scope.account(caller, accountId);
        if (!record)
            return record.error();
        const Account &a = record->account;
        if (const Status pre = ifMatch.check(a.version, true); !pre)
            return pre;
        if (a.kind == Account::Kind::Unit)
            return apiError(422, ErrorCode::MainAccountImmutable);

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto lock = ThrottleStorage(m_db).lockedUntil(a.login);
        if (!lock)
            return lock.error();
        const bool locked = lock->has_value() && *lock.value() > now;
        const bool disabled = a.status == Account::Status::Disabled;

        const bool rename = name && *name != a.name;
        const bool disable = status == Account::Status::Disabled && !disabled;
        const bool enable = status == Account::Status::Active && disabled;
        const bool unlock = status == Account::Status::Active && locked;
        if (!rename && !disable && !enable && !unlock)
            return Done{};   // nothing changes: no version, no event

        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        const QString newName = rename ? *name : a.name;
        const QString newStatus = disable ? QStringLiteral("disabled")
                                          : (enable ? QStringLiteral("active")
                                                    : (disabled ? QStringLiteral("disabled") : QStringLiteral("active")));
        if (const Status st = m_storage.update(accountId, newName, newStatus, seq.value(), now); !st)
            return st;
        if (disable) {
            // At once: its sessions are gone before the answer leaves.
            const Result<int> revoked = m_sessions.revokeAccount(accountId);
            if (!revoked)
                return revoked.error();
            if (revoked.value() > 0)
                qCInfo(lcAdmin) << "disabling account" << accountId << "revoked" << revoked.value() << "session(s)";
        }
        if (unlock) {
            // The lock is the phone's (one credential, every unit): lifting it
            // stamps all of the phone's memberships.
            if (const Status cleared = m_throttle.clear(LoginThrottle::keyFor(a.login)); !cleared)
                return cleared;
        }

        const char *action = disable ? "account.disable"
                                     : (enable ? "account.enable" : (unlock ? "account.unlock" : "account.update"));
        QStringList what;
        if (rename)
            what << QStringLiteral("账号名称“%1”→“%2”").arg(a.name, newName);
        if (disable)
            what << QStringLiteral("禁用");
        if (enable)
            what << QStringLiteral("启用");
        if (unlock)
            what << QStringLiteral("解除锁定");
        return m_audit.record(entry(caller, action, accountId,
                                    QStringLiteral("修改经办人 %1：%2")
                                        .arg(label(newName, a.phone), what.join(QStringLiteral("，")))));
    });
    if (!done)
        return done.error();
    return reload(caller, accountId);
}

Status HandlerService::resetPassword(const AuthSession &caller, qint64 accountId)
{
    {
        const auto record = m_scope.account(caller, accountId);
        if (!record)
            return record.error();
        if (record->account.kind == Account::Kind::Unit)
            return apiError(422, ErrorCode::MainAccountImmutable);
    }
    const QString password = PasswordGenerator::generate();
    const QString hash = m_hasher.hash(password);   // outside the write lock
    if (hash.isEmpty())
        return internalError();

    const Status done = m_db.transaction<Done>([&]() -> Status {
        const auto record = m_scope.account(caller, accountId);   // it may be gone meanwhile
        if (!record)
            return record.error();
        const Account &a = record->account;
        if (a.kind == Account::Kind::Unit)
            return apiError(422, ErrorCode::MainAccountImmutable);
        if (const Status set = CredentialStorage(m_db).setPassword(record->credentialId, hash, true,
                                                                   QDateTime::currentMSecsSinceEpoch());
            !set)
            return set;
        // The phone's password changed: every session of it ends, in every unit.
        const Result<int> revoked = m_sessions.revokeCredential(record->credentialId);
        if (!revoked)
            return revoked.error();
        if (const Status cleared = m_throttle.clear(LoginThrottle::keyFor(a.login)); !cleared)
            return cleared;
        const Status audited = m_audit.record(entry(caller, "account.reset_password", accountId,
                                                    QStringLiteral("重置经办人 %1 的密码（新密码已短信发送）")
                                                        .arg(label(a.name, a.phone))));
        if (!audited)
            return audited;
        SmsMessage message;
        message.phone = a.phone;
        message.kind = QStringLiteral("password_reset");
        message.password = password;
        message.text = QStringLiteral("【医保招采】%1已重置您的登录密码，新密码 %2，登录后须修改密码。"
                                      "如非本人申请，请联系单位管理员。")
                           .arg(unitName(caller), password);
        return m_sms.send(message);
    });
    if (done)
        qCInfo(lcAdmin) << "password of handler" << accountId << "reset by" << caller.actor().typeName()
                        << caller.actor().id;
    return done;
}

Status HandlerService::remove(const AuthSession &caller, qint64 accountId, const IfMatch &ifMatch)
{
    const Status done = m_db.transaction<Done>([&]() -> Status {
        const auto record = m_scope.account(caller, accountId);
        if (!record)
            return record.error();
        const Account &a = record->account;
        if (const Status pre = ifMatch.check(a.version, false); !pre)
            return pre;
        if (a.kind == Account::Kind::Unit)
            return apiError(422, ErrorCode::MainAccountImmutable);
        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        // Its roles' account_count drops; its assignments and sessions go with it (cascade).
        if (const Status st = m_changes.touchRolesOfAccount(accountId, seq.value()); !st)
            return st;
        if (const Status st = m_storage.remove(accountId); !st)
            return st;
        // Credentials no unit uses any more go too: the phone starts afresh if it is added again.
        if (const Status st = CredentialStorage(m_db).removeIfUnused(record->credentialId); !st)
            return st;
        if (const Status st = m_changes.tombstone(caller.unitId(), QStringLiteral("account"), accountId, seq.value());
            !st)
            return st;
        return m_audit.record(entry(caller, "account.delete", accountId,
                                    QStringLiteral("删除经办人 %1").arg(label(a.name, a.phone))));
    });
    if (done)
        qCInfo(lcAdmin) << "handler" << accountId << "deleted from unit" << caller.unitId();
    return done;
}

namespace {

// [{id, name}]: the answer's removed_roles and the event's details alike.
QJsonArray removedRolesJson(const QList<HandlerService::Offboarding::RemovedRole> &roles)
{
    QJsonArray out;
    for (const HandlerService::Offboarding::RemovedRole &r : roles)
        out.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}});
    return out;
}

} // namespace

QJsonObject HandlerService::Offboarding::toJson() const
{
    return {{QStringLiteral("account"), account.toJson()},
            {QStringLiteral("removed_roles"), removedRolesJson(removedRoles)},
            {QStringLiteral("revoked_sessions"), revokedSessions},
            {QStringLiteral("already_offboarded"), alreadyOffboarded}};
}

Result<HandlerService::Offboarding> HandlerService::offboard(const AuthSession &caller, qint64 accountId)
{
    Offboarding result;
    bool disabledNow = false;
    const Status done = m_db.transaction<Done>([&]() -> Status {
        const auto record = m_scope.account(caller, accountId);
        if (!record)
            return record.error();
        const Account &a = record->account;
        if (a.kind == Account::Kind::Unit)
            return apiError(422, ErrorCode::MainAccountImmutable);
        // A person does not offboard themselves: the main account or another administrator does.
        if (!caller.isApiToken() && caller.accountId() == accountId)
            return apiError(409, ErrorCode::Conflict);

        // Read under the write lock: an assignment racing this one came before
        // (and is removed and named here) or comes after (and stays, visible).
        RoleStorage roles(m_db);
        const auto held = roles.ofAccount(accountId);
        if (!held)
            return held.error();
        const Result<int> revoked = m_sessions.revokeAccount(accountId);
        if (!revoked)
            return revoked.error();
        result.revokedSessions = revoked.value();
        disabledNow = a.status != Account::Status::Disabled;
        for (const RoleStorage::NamedRole &r : held.value())
            result.removedRoles.append({r.id, r.name});
        if (!disabledNow && result.removedRoles.isEmpty() && result.revokedSessions == 0) {
            result.alreadyOffboarded = true;
            return Done{};   // nothing changes: no version, no event, no feed entry
        }

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (disabledNow || !result.removedRoles.isEmpty()) {
            // The account's JSON changes (status, role_ids), and so does each
            // removed role's account_count: one seq for all, as DELETE stamps them.
            const Result<qint64> seq = m_changes.nextSeq();
            if (!seq)
                return seq.error();
            if (const Status st = m_changes.touchRolesOfAccount(accountId, seq.value()); !st)
                return st;
            if (const Status st = roles.unassignAll(accountId); !st)
                return st;
            if (const Status st = m_storage.update(accountId, a.name, QStringLiteral("disabled"), seq.value(), now); !st)
                return st;
        }

        QStringList what;
        if (disabledNow)
            what << QStringLiteral("禁用账号");
        if (!result.removedRoles.isEmpty()) {
            QString names;
            for (const Offboarding::RemovedRole &r : std::as_const(result.removedRoles))
                names += QStringLiteral("“%1”").arg(r.name);
            what << QStringLiteral("移除角色") + names;
        }
        if (result.revokedSessions > 0)
            what << QStringLiteral("%1 个登录会话已失效").arg(result.revokedSessions);
        return m_audit.record(entry(caller, "account.offboard", accountId,
                                    QStringLiteral("离职处理 %1：%2")
                                        .arg(label(a.name, a.phone), what.join(QStringLiteral("，")))),
                              QJsonObject{{QStringLiteral("removed_roles"), removedRolesJson(result.removedRoles)},
                                          {QStringLiteral("revoked_sessions"), result.revokedSessions},
                                          {QStringLiteral("disabled"), disabledNow}});
    });
    if (!done)
        return done.error();
    if (!result.alreadyOffboarded)
        qCInfo(lcAdmin) << "handler" << accountId << "offboarded in unit" << caller.unitId() << "by"
                        << caller.actor().typeName() << caller.actor().id << ":" << result.removedRoles.size()
                        << "role(s)," << result.revokedSessions << "session(s)";
    const Result<Account> after = reload(caller, accountId);
    if (!after)
        return after.error();
    result.account = after.value();
    return result;
}

} // namespace zc::server
