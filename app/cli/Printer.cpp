#include "Printer.h"

#include "CsvWriter.h"
#include "ExitCode.h"
#include "TextTable.h"

#include "models/JsonReader.h"
#include "models/PermissionCatalog.h"

#include <QIODevice>
#include <QJsonDocument>

#include <cstdio>

namespace zc::cli {

namespace {

QString tlsKindText(sync::TlsProblem::Kind k)
{
    switch (k) {
    case sync::TlsProblem::Kind::UntrustedIssuer:
        return Printer::tr("not issued by an authority this computer trusts (untrusted issuer)");
    case sync::TlsProblem::Kind::HostNameMismatch:
        return Printer::tr("issued for other names than the server's address (host name mismatch)");
    case sync::TlsProblem::Kind::Expired:
        return Printer::tr("expired");
    case sync::TlsProblem::Kind::NotYetValid:
        return Printer::tr("not valid yet");
    case sync::TlsProblem::Kind::Revoked:
        return Printer::tr("revoked");
    case sync::TlsProblem::Kind::Other:
        break;
    }
    return Printer::tr("refused");
}

QString tlsKindCode(sync::TlsProblem::Kind k)
{
    switch (k) {
    case sync::TlsProblem::Kind::UntrustedIssuer:
        return QStringLiteral("untrusted_issuer");
    case sync::TlsProblem::Kind::HostNameMismatch:
        return QStringLiteral("host_name_mismatch");
    case sync::TlsProblem::Kind::Expired:
        return QStringLiteral("expired");
    case sync::TlsProblem::Kind::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case sync::TlsProblem::Kind::Revoked:
        return QStringLiteral("revoked");
    case sync::TlsProblem::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

Printer::Printer() : m_out(stdout, QIODevice::WriteOnly), m_err(stderr, QIODevice::WriteOnly) {}

void Printer::line(const QString &text)
{
    m_out << text << Qt::endl;
}

void Printer::errLine(const QString &text)
{
    m_err << text << Qt::endl;
}

void Printer::prompt(const QString &text)
{
    m_err << text;
    m_err.flush();
}

void Printer::json(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Printer::flush()
{
    m_out.flush();
    m_err.flush();
}

// ---------------------------------------------------------------- lists

void Printer::table(const QStringList &header, const QList<QStringList> &rows)
{
    TextTable table(header);
    for (const QStringList &row : rows)
        table.addRow(row);
    if (!table.isEmpty())
        m_out << table.toString();
}

void Printer::page(const QString &what, const QStringList &header, const QList<QStringList> &rows,
                   const QJsonArray &items, const PageInfo &info, const QJsonObject &extra)
{
    if (isJson()) {
        QJsonObject out{{QStringLiteral("items"), items},
                        {QStringLiteral("total"), info.total},
                        {QStringLiteral("page"), info.page},
                        {QStringLiteral("size"), info.size}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            out.insert(it.key(), it.value());
        json(out);
        return;
    }
    table(header, rows);
    pageLine(what, info, static_cast<int>(rows.size()));
}

void Printer::all(const QString &what, const QStringList &header, const QList<QStringList> &rows,
                  const QJsonArray &items)
{
    if (isJson()) {
        json(items);
        return;
    }
    table(header, rows);
    if (rows.isEmpty())
        m_out << tr("No %1.").arg(what) << Qt::endl;
    else
        m_out << tr("%n in all.", nullptr, static_cast<int>(rows.size())) << Qt::endl;
}

void Printer::list(const QString &what, const QStringList &header, const QList<QStringList> &rows,
                   const QJsonArray &items, const PageInfo &info, bool all, const QJsonObject &extra)
{
    if (all)
        this->all(what, header, rows, items);
    else
        page(what, header, rows, items, info, extra);
}

void Printer::pageLine(const QString &what, const PageInfo &info, int shown)
{
    const int pages = info.size > 0 ? (info.total + info.size - 1) / info.size : 0;
    if (shown == 0)
        m_out << tr("No %1 on this page.").arg(what) << QLatin1Char(' ');
    m_out << tr("%n in all, page %1 of %2 (%3 per page).", nullptr, info.total)
                 .arg(info.page)
                 .arg(qMax(1, pages))
                 .arg(info.size)
          << Qt::endl;
}

QString Printer::statusText(Account::Status status)
{
    switch (status) {
    case Account::Status::Active: return tr("active");
    case Account::Status::Disabled: return tr("disabled");
    case Account::Status::Locked: return tr("locked");
    }
    return {};
}

QString Printer::kindText(Unit::Kind kind)
{
    switch (kind) {
    case Unit::Kind::MedicalInstitution: return tr("medical institution");
    case Unit::Kind::Manufacturer: return tr("manufacturer");
    case Unit::Kind::Distributor: return tr("distributor");
    case Unit::Kind::None: break;
    }
    return tr("kind not authenticated yet");
}

void Printer::accounts(const sync::Page<Account> &page, const QJsonObject &extra, bool all)
{
    QList<QStringList> rows;
    QJsonArray items;
    for (const Account &a : page.items) {
        rows.append({QString::number(a.id), a.login, a.name, a.phone,
                     a.kind == Account::Kind::Unit ? tr("main account") : tr("handler"),
                     statusText(a.status), a.roleIds.isEmpty() ? tr("(none)") : idList(a.roleIds),
                     humanTime(a.createdAt), humanTime(a.lastLoginAt)});
        items.append(a.toJson());
    }
    list(tr("accounts"),
         {tr("ID"), tr("Login"), tr("Name"), tr("Phone"), tr("Kind"), tr("Status"), tr("Roles"), tr("Created"),
          tr("Last login")},
         rows, items, pageInfo(page), all, extra);
}

// ---------------------------------------------------------------- one thing

void Printer::role(const Role &role)
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

void Printer::session(const Session &s, const QString &heading)
{
    m_out << heading << Qt::endl;
    if (s.account) {
        const Account &a = *s.account;
        m_out << tr("  Account:     %1 (%2), %3, %4")
                     .arg(a.login, a.name, a.kind == Account::Kind::Unit ? tr("main account") : tr("handler"),
                          statusText(a.status))
              << Qt::endl;
        if (a.institutionId > 0)
            m_out << tr("  Institution: %1").arg(a.institutionId) << Qt::endl;
    } else {
        m_out << tr("  Account:     (not chosen yet)") << Qt::endl;
    }
    if (s.unit) {
        const Unit &u = *s.unit;
        const QString kind = u.kind == Unit::Kind::None ? tr("kind not authenticated yet") : kindText(u.kind);
        m_out << tr("  Unit:        %1 (id %2, USCC %3, %4%5)")
                     .arg(u.name, QString::number(u.id), u.uscc, kind,
                          u.verified ? tr(", ") + tr("verified") : QString())
              << Qt::endl;
    }
    if (s.expiresAt.isValid())
        m_out << tr("  Expires:     %1").arg(dateText(s.expiresAt)) << Qt::endl;
    m_out << tr("  Permissions: %n", nullptr, static_cast<int>(s.permissions.size())) << Qt::endl;
    for (const QString &code : s.permissions)
        m_out << QStringLiteral("    ") << code << QStringLiteral("  ") << permissionTitle(code) << Qt::endl;
    if (s.unitChoiceRequired) {
        m_out << tr("  Choose the unit for this session: zhaocai-cli choose-unit ID") << Qt::endl;
        for (const Unit &u : s.unitOptions)
            m_out << QStringLiteral("    ") << u.id << QStringLiteral("  ") << u.name << Qt::endl;
    }
    if (s.institutionChoiceRequired) {
        m_out << tr("  Choose your medical institution (permanent): zhaocai-cli choose-institution ID") << Qt::endl;
        for (const Institution &i : s.institutionOptions)
            m_out << QStringLiteral("    ") << i.id << QStringLiteral("  ") << i.name << QStringLiteral("  ")
                  << i.level << Qt::endl;
    }
    if (s.passwordChangeRequired)
        m_out << tr("  The initial password must be changed: zhaocai-cli change-password") << Qt::endl;
}

void Printer::permissionTree(const QList<Permission> &nodes, int depth)
{
    for (const Permission &p : nodes) {
        const QString title = m_english ? p.titleEn : p.titleZh;
        m_out << QString(depth * 2, QLatin1Char(' ')) << title << QStringLiteral("  (") << p.code
              << QLatin1Char(')') << Qt::endl;
        permissionTree(p.children, depth + 1);
    }
}

QString Printer::permissionTitle(const QString &code) const
{
    const Permission *p = PermissionCatalog::builtIn().find(code);
    if (!p)
        return {};
    return m_english ? p->titleEn : p->titleZh;
}

// ---------------------------------------------------------------- errors

int Printer::exitCodeFor(const ApiError &error)
{
    // status 0: no HTTP answer; -1: a local step (keychain, not logged in, cache).
    if (error.status == 0)
        return ExitNetwork;
    if (error.code == QLatin1String("keychain_error"))
        return ExitKeychain;
    if (error.status == 401 || error.code == QLatin1String("not_logged_in"))
        return ExitNotSignedIn;
    if (error.status == 403)
        return ExitForbidden;
    return ExitApiError;
}

int Printer::error(const ApiError &error, const QList<sync::TlsProblem> &tls, const QString &server)
{
    const int rc = exitCodeFor(error);
    if (isJson()) {
        QJsonObject e{{QStringLiteral("code"), error.code},
                      {QStringLiteral("message"), error.message},
                      {QStringLiteral("field"), error.field.isEmpty() ? QJsonValue() : QJsonValue(error.field)},
                      {QStringLiteral("status"), qMax(0, error.status)}};
        if (error.retryAfter >= 0)
            e.insert(QStringLiteral("retry_after"), error.retryAfter);
        QJsonObject out{{QStringLiteral("error"), e}};
        if (!tls.isEmpty()) {
            QJsonArray problems;
            for (const sync::TlsProblem &p : tls) {
                problems.append(QJsonObject{{QStringLiteral("kind"), tlsKindCode(p.kind)},
                                            {QStringLiteral("host"), p.host},
                                            {QStringLiteral("subject"), p.subject},
                                            {QStringLiteral("issuer"), p.issuer},
                                            {QStringLiteral("names"), QJsonArray::fromStringList(p.names)},
                                            {QStringLiteral("sha256"), p.sha256},
                                            {QStringLiteral("not_before"), dateText(p.notBefore)},
                                            {QStringLiteral("not_after"), dateText(p.notAfter)},
                                            {QStringLiteral("detail"), p.detail}});
            }
            out.insert(QStringLiteral("tls_problems"), problems);
        }
        // On stderr like every error, so that stdout holds only results.
        m_err << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        m_err.flush();
        return rc;
    }

    if (error.is(ErrorCode::TlsError)) {
        m_err << tr("zhaocai-cli: the secure connection to %1 was refused: %2").arg(server, error.message)
              << Qt::endl;
        for (const sync::TlsProblem &p : tls) {
            m_err << tr("  Certificate \"%1\" issued by \"%2\" is %3.").arg(p.subject, p.issuer, tlsKindText(p.kind))
                  << Qt::endl;
            if (!p.names.isEmpty())
                m_err << tr("    names: %1 (asked for: %2)").arg(p.names.join(QStringLiteral(", ")), p.host)
                      << Qt::endl;
            m_err << tr("    valid: %1 to %2").arg(dateText(p.notBefore), dateText(p.notAfter)) << Qt::endl
                  << tr("    SHA-256 fingerprint: %1").arg(p.sha256) << Qt::endl;
        }
        m_err << tr("  Compare the fingerprint with the one your IT department gives you; to trust the server's "
                    "CA, pass it with --ca FILE or use a profile file with ca_pem.")
              << Qt::endl;
        return rc;
    }
    if (error.status == 0) {
        m_err << tr("zhaocai-cli: no answer from %1 (%2): %3").arg(server, error.code, error.message) << Qt::endl;
        return rc;
    }
    QString line = tr("zhaocai-cli: %1 [%2]").arg(error.message, error.code);
    if (!error.field.isEmpty())
        line += QLatin1Char(' ') + tr("(field: %1)").arg(error.field);
    if (error.retryAfter >= 0)
        line += QLatin1Char(' ') + tr("(try again in %n second(s))", nullptr, error.retryAfter);
    m_err << line << Qt::endl;
    return rc;
}

// ---------------------------------------------------------------- values

QByteArray Printer::records(DataFormat format, const QStringList &header, const QList<QStringList> &rows,
                            const QJsonArray &items, bool byteOrderMark)
{
    if (format == DataFormat::Json)
        return QJsonDocument(items).toJson(QJsonDocument::Indented);
    CsvWriter w(byteOrderMark);
    w.addRow(header);
    for (const QStringList &row : rows)
        w.addRow(row);
    return w.data();
}

QString Printer::humanTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString Printer::timeText(const QDateTime &t)
{
    return t.isValid() ? toRfc3339(t) : QString();
}

QString Printer::idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QStringLiteral(", "));
}

QJsonArray Printer::idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

} // namespace zc::cli
