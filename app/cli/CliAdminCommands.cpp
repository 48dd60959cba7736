// The administration commands of LegacyCliApp (handlers, roles, assignment, audit,
// registration, sync, export); the session commands and the plumbing they
// share live in LegacyCliApp.cpp.
#include "LegacyCliApp.h"

#include "CsvWriter.h"
#include "TextTable.h"

#include "models/JsonReader.h"
#include "models/PermissionCatalog.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <atomic>

namespace zc::cli {

namespace {

std::atomic<int> g_cacheConnections{0};

QString timeText(const QDateTime &t)
{
    return t.isValid() ? toRfc3339(t) : QString();
}

QString humanTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QStringLiteral(", "));
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

ApiError localError(const char *code, const QString &message, int status = -1)
{
    ApiError e;
    e.status = status;
    e.code = QString::fromLatin1(code);
    e.message = message;
    return e;
}

} // namespace

// ---------------------------------------------------------------- shared helpers

bool LegacyCliApp::readPassword(const QString &prompt, bool fromStdin, QString *password)
{
    const bool ask = !fromStdin && TerminalInput::isInteractive();
    if (ask) {
        m_err << prompt;
        m_err.flush();
    }
    bool eof = false;
    *password = m_in.readSecret(&eof);
    if (eof || password->isEmpty())
        return false;
    if (ask) {
        m_err << tr("Again: ");
        m_err.flush();
        if (m_in.readSecret(&eof) != *password) {
            password->clear();
            return false;
        }
    }
    return true;
}

bool LegacyCliApp::confirm(const QString &question, const Options &o)
{
    if (o.yes)
        return true;
    if (!TerminalInput::isInteractive())
        return false;
    m_err << question << QStringLiteral(" [y/N] ");
    m_err.flush();
    bool eof = false;
    const QString answer = m_in.readLine(&eof).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == QStringLiteral("是");
}

QString LegacyCliApp::cachePath() const
{
    return m_sessionLogin.isEmpty() ? QString() : sync::Cache::defaultPath(m_profile.id, m_sessionLogin);
}

void LegacyCliApp::writeThroughCache(const std::function<sync::CacheError(sync::Cache &)> &apply)
{
    const QString path = cachePath();
    if (path.isEmpty() || !QFile::exists(path))
        return;
    sync::Cache cache(path, QStringLiteral("zc-cli-%1").arg(++g_cacheConnections));
    sync::CacheError e = cache.open();
    if (e.ok())
        e = apply(cache);
    if (!e.ok())
        m_err << tr("Warning: the local cache could not be updated (%1); 'zhaocai-cli sync' will catch up.")
                     .arg(e.message)
              << Qt::endl;
}

QJsonObject LegacyCliApp::pageJson(const QJsonArray &items, int total, int page, int size) const
{
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("page"), page},
                       {QStringLiteral("size"), size}};
}

void LegacyCliApp::printPage(const QString &what, int total, int page, int size, int shown)
{
    const int pages = size > 0 ? (total + size - 1) / size : 0;
    if (shown == 0)
        m_out << tr("No %1 on this page.").arg(what) << QLatin1Char(' ');
    m_out << tr("%n in all, page %1 of %2 (%3 per page).", nullptr, total).arg(page).arg(qMax(1, pages)).arg(size)
          << Qt::endl;
}

void LegacyCliApp::printAccounts(const sync::Page<Account> &page)
{
    TextTable table({tr("ID"), tr("Login"), tr("Name"), tr("Phone"), tr("Kind"), tr("Status"), tr("Roles"),
                     tr("Created"), tr("Last login")});
    for (const Account &a : page.items) {
        table.addRow({QString::number(a.id), a.login, a.name, a.phone,
                      a.kind == Account::Kind::Unit ? tr("main account") : tr("handler"),
                      Account::statusToString(a.status), a.roleIds.isEmpty() ? tr("(none)") : idList(a.roleIds),
                      humanTime(a.createdAt), humanTime(a.lastLoginAt)});
    }
    if (!table.isEmpty())
        m_out << table.toString();
    printPage(tr("accounts"), page.total, page.page, page.size, static_cast<int>(page.items.size()));
}

void LegacyCliApp::printRole(const Role &role)
{
    m_out << tr("Role %1: %2").arg(role.id).arg(role.name) << Qt::endl;
    if (!role.remark.isEmpty())
        m_out << tr("  Remark:      %1").arg(role.remark) << Qt::endl;
    m_out << tr("  Accounts:    %1").arg(role.accountCount) << Qt::endl
          << tr("  Created by:  %1, %2").arg(role.createdByName, humanTime(role.createdAt)) << Qt::endl
          << tr("  Updated:     %1").arg(humanTime(role.updatedAt)) << Qt::endl
          << tr("  Permissions: %n", nullptr, static_cast<int>(role.permissions.size())) << Qt::endl;
    for (const QString &code : role.permissions)
        m_out << QStringLiteral("    ") << code << QStringLiteral("  ") << permissionTitle(code) << Qt::endl;
}

int LegacyCliApp::findHandler(qint64 id, Account *out)
{
    sync::HandlerListQuery query;
    query.size = 100;
    for (query.page = 1;; ++query.page) {
        const auto r = await<sync::Page<Account>>([&](QObject *ctx, sync::ApiClient::Done<sync::Page<Account>> done) {
            return m_client.handlers(query, ctx, std::move(done));
        });
        if (!r.ok())
            return reportError(r.error, r.tlsProblems);
        for (const Account &a : r.value->items) {
            if (a.id == id) {
                *out = a;
                return ExitOk;
            }
        }
        if (r.value->items.isEmpty() || query.page * query.size >= r.value->total)
            break;
    }
    return reportError(localError("not_found", tr("This unit has no handler with the id %1.").arg(id), 404));
}

int LegacyCliApp::assignedIds(qint64 roleId, QSet<qint64> *out)
{
    sync::RoleAccountsFilter filter;
    filter.assigned = true;
    filter.size = 100;
    for (filter.page = 1;; ++filter.page) {
        const auto r = await<sync::Page<Account>>([&](QObject *ctx, sync::ApiClient::Done<sync::Page<Account>> done) {
            return m_client.roleAccounts(roleId, filter, ctx, std::move(done));
        });
        if (!r.ok())
            return reportError(r.error, r.tlsProblems);
        for (const Account &a : r.value->items)
            out->insert(a.id);
        if (r.value->items.isEmpty() || filter.page * filter.size >= r.value->total)
            break;
    }
    return ExitOk;
}

// ---------------------------------------------------------------- registration and passwords

int LegacyCliApp::cmdSmsCode(const QString &phone, const Options &o)
{
    QString captchaId;
    QString answer;
    if (const int rc = solveCaptcha(o, &captchaId, &answer); rc != ExitOk)
        return rc;
    const sync::SmsPurpose purpose = *o.purpose;
    const auto r = await<sync::SmsCodeSent>([&](QObject *ctx, sync::ApiClient::Done<sync::SmsCodeSent> done) {
        return m_client.requestSmsCode(phone, purpose, captchaId, answer, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("phone"), phone},
                              {QStringLiteral("purpose"), sync::smsPurposeToString(purpose)},
                              {QStringLiteral("expires_in"), r.value->expiresIn},
                              {QStringLiteral("resend_after"), r.value->resendAfter}});
    } else {
        m_out << tr("An SMS code was sent to %1; it is valid for %n second(s).", nullptr, r.value->expiresIn).arg(phone)
              << Qt::endl
              << tr("Another code can be asked for in %n second(s).", nullptr, r.value->resendAfter) << Qt::endl;
    }
    return ExitOk;
}

int LegacyCliApp::cmdRegister(const QString &login, const Options &o)
{
    QString password;
    if (!readPassword(tr("Password for the main account %1: ").arg(login), o.passwordStdin, &password))
        return usageError(tr("no password given (or the two differ)."));
    sync::RegistrationRequest request;
    request.method = *o.method;
    request.uscc = o.uscc;
    request.unitName = o.unitName;
    request.legalRepName = o.legalRepName;
    request.legalRepIdNumber = o.legalRepId;
    request.login = login;
    request.password = password;
    request.phone = o.phone;
    request.smsCode = o.smsCode;
    const auto r = await<Account>([&](QObject *ctx, sync::ApiClient::Done<Account> done) {
        return m_client.registerUnit(request, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(r.value->toJson());
    else
        m_out << tr("Registered %1: main account %2 (id %3). Log in with: zhaocai-cli login %2")
                     .arg(o.unitName, r.value->login)
                     .arg(r.value->id)
              << Qt::endl;
    return ExitOk;
}

int LegacyCliApp::cmdResetPassword(const QString &phone, const Options &o)
{
    QString password;
    if (!readPassword(tr("New password: "), o.passwordStdin, &password))
        return usageError(tr("no new password given (or the two differ)."));
    const auto r = await<sync::Nothing>([&](QObject *ctx, sync::ApiClient::Done<sync::Nothing> done) {
        return m_client.resetPassword(phone, o.smsCode, password, o.mainLogin, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("password_reset"), true}, {QStringLiteral("phone"), phone}});
    else
        m_out << (o.mainLogin.isEmpty() ? tr("The password of the handler credentials of %1 was reset.").arg(phone)
                                        : tr("The password of the main account %1 was reset.").arg(o.mainLogin))
              << Qt::endl;
    return ExitOk;
}

int LegacyCliApp::cmdUnitAuth(const QString &kind, const QString &unitCode)
{
    const Unit::Kind k = Unit::kindFromString(kind).value_or(Unit::Kind::None);
    const auto r = await<Unit>([&](QObject *ctx, sync::ApiClient::Done<Unit> done) {
        return m_client.authenticateUnit(k, unitCode, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(r.value->toJson());
    else
        m_out << tr("%1 is authenticated as %2 with the unit code %3.")
                     .arg(r.value->name, Unit::kindToString(r.value->kind), r.value->unitCode)
              << Qt::endl;
    return ExitOk;
}

// ---------------------------------------------------------------- handlers

int LegacyCliApp::cmdHandlers(const Options &o)
{
    sync::HandlerListQuery query;
    query.page = o.page;
    query.size = o.size;
    query.q = o.q;
    query.status = o.status;
    const auto r = await<sync::Page<Account>>([&](QObject *ctx, sync::ApiClient::Done<sync::Page<Account>> done) {
        return m_client.handlers(query, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json) {
        QJsonArray items;
        for (const Account &a : r.value->items)
            items.append(a.toJson());
        printJson(pageJson(items, r.value->total, r.value->page, r.value->size));
    } else {
        printAccounts(*r.value);
    }
    return ExitOk;
}

int LegacyCliApp::cmdHandlerAdd(const QString &phone, const QString &name, const Options &o)
{
    const auto r = await<Account>([&](QObject *ctx, sync::ApiClient::Done<Account> done) {
        return m_client.addHandler(phone, name, o.smsCode, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    const Account added = *r.value;
    writeThroughCache([&added](sync::Cache &c) { return c.applyAccount(added); });
    if (m_json)
        printJson(added.toJson());
    else
        m_out << tr("Handler %1 (%2) added with id %3. A phone new to the platform gets its initial password by "
                    "SMS; it must be changed at the first login.")
                     .arg(added.name, added.login)
                     .arg(added.id)
              << Qt::endl;
    return ExitOk;
}

int LegacyCliApp::cmdHandlerPatch(qint64 id, const sync::HandlerPatch &patch, const QString &verb)
{
    Account current;
    if (const int rc = findHandler(id, &current); rc != ExitOk)
        return rc;
    const auto r = await<Account>([&](QObject *ctx, sync::ApiClient::Done<Account> done) {
        return m_client.updateHandler(id, patch, current.version, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    const Account updated = *r.value;
    writeThroughCache([&updated](sync::Cache &c) { return c.applyAccount(updated); });
    if (m_json) {
        printJson(updated.toJson());
    } else if (verb == QLatin1String("rename")) {
        m_out << tr("Handler %1 renamed from %2 to %3.").arg(updated.login, current.name, updated.name) << Qt::endl;
    } else if (verb == QLatin1String("disable")) {
        m_out << tr("Handler %1 (%2) is disabled; its sessions have ended.").arg(updated.name, updated.login)
              << Qt::endl;
    } else {
        m_out << tr("Handler %1 (%2) is active.").arg(updated.name, updated.login) << Qt::endl;
    }
    return ExitOk;
}

int LegacyCliApp::cmdHandlerResetPassword(qint64 id)
{
    const auto r = await<sync::Nothing>([&](QObject *ctx, sync::ApiClient::Done<sync::Nothing> done) {
        return m_client.resetHandlerPassword(id, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("password_reset"), true}, {QStringLiteral("id"), id}});
    else
        m_out << tr("A new password was sent to the handler's phone by SMS; it must be changed at the next login.")
              << Qt::endl;
    return ExitOk;
}

int LegacyCliApp::cmdHandlerDelete(qint64 id, const Options &o)
{
    Account current;
    if (const int rc = findHandler(id, &current); rc != ExitOk)
        return rc;
    if (!confirm(tr("Delete the handler %1 (%2) and its role assignments?").arg(current.name, current.login), o))
        return usageError(o.yes || TerminalInput::isInteractive()
                              ? tr("not deleted.")
                              : tr("not deleted: add --yes to confirm when not on a terminal."));
    const auto r = await<sync::Nothing>([&](QObject *ctx, sync::ApiClient::Done<sync::Nothing> done) {
        return m_client.deleteHandler(id, current.version, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    writeThroughCache([id](sync::Cache &c) { return c.removeAccount(id); });
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}});
    else
        m_out << tr("Handler %1 (%2) deleted.").arg(current.name, current.login) << Qt::endl;
    return ExitOk;
}

// ---------------------------------------------------------------- roles

int LegacyCliApp::cmdRoles(const Options &o)
{
    const QString name = o.name.value_or(QString());
    const auto r = await<sync::Page<Role>>([&](QObject *ctx, sync::ApiClient::Done<sync::Page<Role>> done) {
        return m_client.roles(o.page, o.size, name, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json) {
        QJsonArray items;
        for (const Role &role : r.value->items)
            items.append(role.toJson());
        printJson(pageJson(items, r.value->total, r.value->page, r.value->size));
        return ExitOk;
    }
    TextTable table({tr("ID"), tr("Role name"), tr("Accounts"), tr("Permissions"), tr("Created by"), tr("Created"),
                     tr("Remark")});
    for (const Role &role : r.value->items)
        table.addRow({QString::number(role.id), role.name, QString::number(role.accountCount),
                      QString::number(role.permissions.size()), role.createdByName, humanTime(role.createdAt),
                      role.remark});
    if (!table.isEmpty())
        m_out << table.toString();
    printPage(tr("roles"), r.value->total, r.value->page, r.value->size, static_cast<int>(r.value->items.size()));
    return ExitOk;
}

int LegacyCliApp::cmdRoleShow(qint64 id)
{
    const auto r = await<Role>([&](QObject *ctx, sync::ApiClient::Done<Role> done) {
        return m_client.role(id, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(r.value->toJson());
    else
        printRole(*r.value);
    return ExitOk;
}

int LegacyCliApp::cmdRoleCreate(const QString &name, const Options &o)
{
    sync::RoleInput input;
    input.name = name;
    input.remark = o.remark.value_or(QString());
    input.permissions = *o.permissions;
    const auto r = await<Role>([&](QObject *ctx, sync::ApiClient::Done<Role> done) {
        return m_client.createRole(input, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    const Role created = *r.value;
    writeThroughCache([&created](sync::Cache &c) { return c.applyRole(created); });
    if (m_json) {
        printJson(created.toJson());
    } else {
        m_out << tr("Role created.") << Qt::endl;
        printRole(created);
    }
    return ExitOk;
}

int LegacyCliApp::cmdRoleUpdate(qint64 id, const Options &o)
{
    const auto current = await<Role>([&](QObject *ctx, sync::ApiClient::Done<Role> done) {
        return m_client.role(id, ctx, std::move(done));
    });
    if (!current.ok())
        return reportError(current.error, current.tlsProblems);
    sync::RoleInput input;
    input.name = o.name.value_or(current.value->name);
    input.remark = o.remark.value_or(current.value->remark);
    input.permissions = o.permissions.value_or(current.value->permissions);
    const QString version = current.etag.isEmpty() ? current.value->version : QString::fromUtf8(current.etag);
    const auto r = await<Role>([&](QObject *ctx, sync::ApiClient::Done<Role> done) {
        return m_client.updateRole(id, input, version, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    const Role updated = *r.value;
    writeThroughCache([&updated](sync::Cache &c) { return c.applyRole(updated); });
    if (m_json) {
        printJson(updated.toJson());
    } else {
        m_out << tr("Role updated.") << Qt::endl;
        printRole(updated);
    }
    return ExitOk;
}

int LegacyCliApp::cmdRoleDelete(qint64 id, const Options &o)
{
    const auto current = await<Role>([&](QObject *ctx, sync::ApiClient::Done<Role> done) {
        return m_client.role(id, ctx, std::move(done));
    });
    if (!current.ok())
        return reportError(current.error, current.tlsProblems);
    const Role role = *current.value;
    const QString question =
        tr("Delete the role %1? %n account(s) lose it.", nullptr, role.accountCount).arg(role.name);
    if (!confirm(question, o))
        return usageError(o.yes || TerminalInput::isInteractive()
                              ? tr("not deleted.")
                              : tr("not deleted: add --yes to confirm when not on a terminal."));
    const auto r = await<sync::Nothing>([&](QObject *ctx, sync::ApiClient::Done<sync::Nothing> done) {
        return m_client.deleteRole(id, role.version, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    writeThroughCache([id](sync::Cache &c) { return c.removeRole(id); });
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("deleted"), true},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("accounts_unassigned"), role.accountCount}});
    else
        m_out << tr("Role %1 deleted; %n account(s) no longer hold it.", nullptr, role.accountCount).arg(role.name)
              << Qt::endl;
    return ExitOk;
}

int LegacyCliApp::cmdRoleAccounts(qint64 roleId, const Options &o)
{
    sync::RoleAccountsFilter filter;
    filter.assigned = !o.unassigned;
    filter.login = o.login;
    filter.name = o.name.value_or(QString());
    filter.page = o.page;
    filter.size = o.size;
    const auto r = await<sync::Page<Account>>([&](QObject *ctx, sync::ApiClient::Done<sync::Page<Account>> done) {
        return m_client.roleAccounts(roleId, filter, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json) {
        QJsonArray items;
        for (const Account &a : r.value->items)
            items.append(a.toJson());
        QJsonObject page = pageJson(items, r.value->total, r.value->page, r.value->size);
        page.insert(QStringLiteral("assigned"), filter.assigned);
        printJson(page);
    } else {
        m_out << (filter.assigned ? tr("Accounts assigned to role %1:").arg(roleId)
                                  : tr("Accounts not assigned to role %1:").arg(roleId))
              << Qt::endl;
        printAccounts(*r.value);
    }
    return ExitOk;
}

int LegacyCliApp::cmdAssign(qint64 roleId, const QList<qint64> &accountIds, bool assign)
{
    // What holds the role now, so that the summary says what really changed
    // (the server's assign / unassign are idempotent and answer 204 either way).
    QSet<qint64> before;
    if (const int rc = assignedIds(roleId, &before); rc != ExitOk)
        return rc;
    QList<qint64> changed;
    QList<qint64> unchanged;
    QList<QPair<qint64, ApiError>> failed;
    ApiError stop;   // a transport failure: the rest is not tried
    for (qint64 accountId : accountIds) {
        if (stop.isValid()) {
            failed.append({accountId, stop});
            continue;
        }
        if (before.contains(accountId) == assign) {
            unchanged << accountId;
            continue;
        }
        const auto r = await<sync::Nothing>([&](QObject *ctx, sync::ApiClient::Done<sync::Nothing> done) {
            return assign ? m_client.assign(roleId, accountId, ctx, std::move(done))
                          : m_client.unassign(roleId, accountId, ctx, std::move(done));
        });
        if (!r.ok()) {
            failed.append({accountId, r.error});
            if (r.error.status == 0 || r.error.status == 401)
                stop = r.error;
            continue;
        }
        changed << accountId;
        writeThroughCache([roleId, accountId, assign](sync::Cache &c) {
            return c.applyAssignment(roleId, accountId, assign);
        });
    }

    int rc = ExitOk;
    for (const auto &f : std::as_const(failed))
        rc = qMax(rc, f.second.status == 0 ? int(ExitNetwork) : int(ExitApiError));
    if (m_json) {
        QJsonArray failures;
        for (const auto &f : std::as_const(failed))
            failures.append(QJsonObject{{QStringLiteral("account_id"), f.first},
                                        {QStringLiteral("code"), f.second.code},
                                        {QStringLiteral("message"), f.second.message},
                                        {QStringLiteral("status"), qMax(0, f.second.status)}});
        printJson(QJsonObject{{QStringLiteral("role_id"), roleId},
                              {QStringLiteral("action"), assign ? QStringLiteral("assign") : QStringLiteral("unassign")},
                              {QStringLiteral("changed"), idArray(changed)},
                              {QStringLiteral("unchanged"), idArray(unchanged)},
                              {QStringLiteral("failed"), failures}});
        return rc;
    }
    if (assign) {
        m_out << tr("Role %1: assigned to %n account(s)", nullptr, static_cast<int>(changed.size())).arg(roleId);
        if (!changed.isEmpty())
            m_out << QStringLiteral(" (") << idList(changed) << QLatin1Char(')');
        m_out << Qt::endl;
        if (!unchanged.isEmpty())
            m_out << tr("  already held it: %1").arg(idList(unchanged)) << Qt::endl;
    } else {
        m_out << tr("Role %1: taken from %n account(s)", nullptr, static_cast<int>(changed.size())).arg(roleId);
        if (!changed.isEmpty())
            m_out << QStringLiteral(" (") << idList(changed) << QLatin1Char(')');
        m_out << Qt::endl;
        if (!unchanged.isEmpty())
            m_out << tr("  did not hold it: %1").arg(idList(unchanged)) << Qt::endl;
    }
    for (const auto &f : std::as_const(failed))
        m_err << tr("  account %1 failed: %2 [%3]").arg(f.first).arg(f.second.message, f.second.code) << Qt::endl;
    return rc;
}

// ---------------------------------------------------------------- audit

int LegacyCliApp::cmdAudit(const Options &o)
{
    sync::AuditQuery query;
    query.page = o.page;
    query.size = o.size;
    query.action = o.action;
    query.actorId = o.actor;
    query.from = o.from;
    query.to = o.to;
    const auto r = await<sync::Page<AuditEvent>>(
        [&](QObject *ctx, sync::ApiClient::Done<sync::Page<AuditEvent>> done) {
            return m_client.auditEvents(query, ctx, std::move(done));
        });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json) {
        QJsonArray items;
        for (const AuditEvent &e : r.value->items)
            items.append(e.toJson());
        printJson(pageJson(items, r.value->total, r.value->page, r.value->size));
        return ExitOk;
    }
    TextTable table({tr("Time"), tr("Actor"), tr("Action"), tr("Target"), tr("Summary")});
    for (const AuditEvent &e : r.value->items)
        table.addRow({humanTime(e.at), e.actorName, e.action,
                      e.targetType + QLatin1Char(' ') + QString::number(e.targetId), e.summary});
    if (!table.isEmpty())
        m_out << table.toString();
    printPage(tr("events"), r.value->total, r.value->page, r.value->size, static_cast<int>(r.value->items.size()));
    return ExitOk;
}

// ---------------------------------------------------------------- sync and export

int LegacyCliApp::cmdSync(const Options &o)
{
    // The session (without its token) is kept beside the cache, as the
    // desktop client does, so that it can open this cache offline.
    const auto me = await<Session>([this](QObject *ctx, sync::ApiClient::Done<Session> done) {
        return m_client.me(ctx, std::move(done));
    });
    if (!me.ok())
        return reportError(me.error, me.tlsProblems);

    sync::Workspace workspace(&m_client, m_profile, m_sessionLogin, &m_keychain);
    const sync::CacheError opened = workspace.openOnline(*me.value, false);
    if (!opened.ok())
        return reportError(localError(sync::SyncEngine::CacheErrorCode,
                                      tr("The local cache %1 cannot be opened: %2")
                                          .arg(workspace.cachePath(), opened.message)));
    sync::SyncEngine *engine = workspace.engine();
    engine->setInterval(0);

    QEventLoop loop;
    bool ok = false;
    ApiError error;
    sync::SyncKind kind = sync::SyncKind::Incremental;
    connect(engine, &sync::SyncEngine::started, &loop, [&kind](sync::SyncKind k) { kind = k; });
    connect(engine, &sync::SyncEngine::progress, &loop, [this](int batches, int items) {
        if (!m_json)
            m_err << tr("  batch %1: %n item(s) so far", nullptr, items).arg(batches) << Qt::endl;
    });
    connect(engine, &sync::SyncEngine::finished, &loop, [&](bool success, const ApiError &e) {
        ok = success;
        error = e;
        loop.quit();
    });
    engine->refresh(o.full ? sync::SyncEngine::Mode::Full : sync::SyncEngine::Mode::Incremental);
    loop.exec();
    if (!ok)
        return reportError(error);

    const auto counts = workspace.cache()->counts();
    const auto state = workspace.cache()->syncState();
    const sync::CacheCounts c = counts.ok() ? *counts.value : sync::CacheCounts{};
    const QDateTime at = state.ok() ? state.value->lastSyncAt() : QDateTime();
    if (m_json) {
        printJson(QJsonObject{
            {QStringLiteral("ok"), true},
            {QStringLiteral("kind"), kind == sync::SyncKind::Full ? QStringLiteral("full") : QStringLiteral("incremental")},
            {QStringLiteral("batches"), engine->batchesDone()},
            {QStringLiteral("items"), engine->itemsApplied()},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("roles"), c.roles},
                                                   {QStringLiteral("accounts"), c.accounts},
                                                   {QStringLiteral("handlers"), c.handlers},
                                                   {QStringLiteral("assignments"), c.assignments}}},
            {QStringLiteral("last_synced_at"), timeText(at)},
            {QStringLiteral("cache"), workspace.cachePath()}});
    } else {
        m_out << (kind == sync::SyncKind::Full ? tr("Full sync done: %n item(s) received.", nullptr, engine->itemsApplied())
                                               : tr("Incremental sync done: %n change(s) received.", nullptr,
                                                    engine->itemsApplied()))
              << Qt::endl
              << tr("The cache holds %1 roles, %2 handlers (%3 accounts) and %4 assignments.")
                     .arg(c.roles)
                     .arg(c.handlers)
                     .arg(c.accounts)
                     .arg(c.assignments)
              << Qt::endl;
    }
    return ExitOk;
}

int LegacyCliApp::cmdExport(const QString &what, const Options &o)
{
    const QString login = o.as.isEmpty() ? sync::ServerProfileStore::rememberedLogin(m_profile.id) : o.as;
    if (login.isEmpty())
        return reportError(localError("not_logged_in", tr("No account to export for: give --as LOGIN, or log in "
                                                          "with --remember and run 'zhaocai-cli sync'.")));
    const QString path = sync::Cache::defaultPath(m_profile.id, login);
    const ApiError noCache = localError(
        "no_cache", tr("No local data of %1 on %2 yet: run 'zhaocai-cli sync' first.").arg(login, m_profile.name));
    if (!QFile::exists(path))
        return reportError(noCache);
    sync::Cache cache(path, QStringLiteral("zc-cli-%1").arg(++g_cacheConnections));
    if (const sync::CacheError e = cache.open(); !e.ok())
        return reportError(localError(sync::SyncEngine::CacheErrorCode, e.message));
    const auto state = cache.syncState();
    if (!state.ok() || state.value->cursor.isEmpty())
        return reportError(noCache);

    const bool csv = o.format == QLatin1String("csv");
    QByteArray data;
    int count = 0;
    if (what == QLatin1String("roles")) {
        const auto roles = cache.allRoles();
        if (!roles.ok())
            return reportError(localError(sync::SyncEngine::CacheErrorCode, roles.error.message));
        count = static_cast<int>(roles.value->size());
        if (csv) {
            CsvWriter w(o.bom);
            w.addRow({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("remark"),
                      QStringLiteral("permissions"), QStringLiteral("account_count"), QStringLiteral("created_by"),
                      QStringLiteral("created_at"), QStringLiteral("updated_at")});
            for (const Role &r : std::as_const(*roles.value))
                w.addRow({QString::number(r.id), r.name, r.remark, r.permissions.join(QLatin1Char(';')),
                          QString::number(r.accountCount), r.createdByName, timeText(r.createdAt),
                          timeText(r.updatedAt)});
            data = w.data();
        } else {
            QJsonArray items;
            for (const Role &r : std::as_const(*roles.value))
                items.append(r.toJson());
            data = QJsonDocument(items).toJson(QJsonDocument::Indented);
        }
    } else {
        const auto accounts = cache.allAccounts();
        const auto names = cache.roleNames();
        if (!accounts.ok() || !names.ok())
            return reportError(localError(sync::SyncEngine::CacheErrorCode,
                                          accounts.ok() ? names.error.message : accounts.error.message));
        QList<Account> handlers;
        for (const Account &a : std::as_const(*accounts.value)) {
            if (a.kind == Account::Kind::Handler)
                handlers << a;
        }
        count = static_cast<int>(handlers.size());
        const auto roleNames = [&names](const Account &a) {
            QStringList out;
            for (qint64 id : a.roleIds)
                out << names.value->value(id, QString::number(id));
            return out;
        };
        if (csv) {
            CsvWriter w(o.bom);
            w.addRow({QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("phone"),
                      QStringLiteral("status"), QStringLiteral("roles"), QStringLiteral("role_ids"),
                      QStringLiteral("created_at"), QStringLiteral("last_login_at")});
            for (const Account &a : std::as_const(handlers)) {
                QStringList ids;
                for (qint64 id : a.roleIds)
                    ids << QString::number(id);
                w.addRow({QString::number(a.id), a.login, a.name, a.phone, Account::statusToString(a.status),
                          roleNames(a).join(QLatin1Char(';')), ids.join(QLatin1Char(';')), timeText(a.createdAt),
                          timeText(a.lastLoginAt)});
            }
            data = w.data();
        } else {
            QJsonArray items;
            for (const Account &a : std::as_const(handlers)) {
                QJsonObject item = a.toJson();
                item.insert(QStringLiteral("role_names"), QJsonArray::fromStringList(roleNames(a)));
                items.append(item);
            }
            data = QJsonDocument(items).toJson(QJsonDocument::Indented);
        }
    }

    if (o.output.isEmpty()) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return reportError(localError("write_error", tr("The export could not be written to standard output.")));
        out.flush();
        return ExitOk;
    }
    QSaveFile file(o.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return reportError(
            localError("write_error", tr("The export could not be written to %1: %2").arg(o.output, file.errorString())));
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("exported"), count},
                              {QStringLiteral("what"), what},
                              {QStringLiteral("format"), o.format},
                              {QStringLiteral("file"), o.output},
                              {QStringLiteral("last_synced_at"), timeText(state.value->lastSyncAt())}});
    else
        m_out << tr("Exported %n item(s) to %1 (as of the last sync, %2).", nullptr, count)
                     .arg(o.output, humanTime(state.value->lastSyncAt()))
              << Qt::endl;
    return ExitOk;
}

} // namespace zc::cli
