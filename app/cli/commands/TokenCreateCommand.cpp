#include "TokenCreateCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

#include <QFile>

namespace zc::cli {

namespace {

constexpr int DefaultExpiresInDays = 90;
constexpr int MaxExpiresInDays = 365;

ApiError localError(const QString &message)
{
    ApiError e;
    e.status = -1;
    e.code = QStringLiteral("local_error");
    e.message = message;
    return e;
}

} // namespace

TokenCreateCommand::TokenCreateCommand()
    : Command(QStringLiteral("token-create"), Group::Administration, Needs::Session, 1, 1,
              {QCommandLineOption(QStringLiteral("permission"),
                                  tr("token-create: a menu-permission code the token holds (repeat the option for "
                                     "more; see 'permissions')."),
                                  tr("CODE")),
               CommonOptions::permissions(),
               QCommandLineOption(QStringLiteral("expires-in-days"),
                                  tr("token-create: the token stops working after N days, 1 to 365 (default 90)."),
                                  tr("N")),
               // The names of export's -o, so that the two never disagree.
               QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                  tr("token-create: write the secret to FILE (new, readable by you alone) instead "
                                     "of standard output."),
                                  tr("FILE"))})
{
}

QString TokenCreateCommand::synopsis() const
{
    return tr("NAME --permission CODE [--permission CODE …]\n[--expires-in-days N] [-o FILE]");
}

QString TokenCreateCommand::description() const
{
    return tr("add an API token for scripts; its secret is shown only this once,\n"
              "alone on standard output (or in FILE with -o)");
}

int TokenCreateCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    if (args.constFirst().trimmed().isEmpty())
        return ctx.usageError(tr("'token-create' needs a NAME."));
    m_permissions.clear();
    QStringList given = parser.values(QStringLiteral("permission"));
    given << CommonOptions::readPermissions(parser).value_or(QStringList());
    for (const QString &code : std::as_const(given)) {
        const QString c = code.trimmed();
        if (!c.isEmpty() && !m_permissions.contains(c))
            m_permissions << c;
    }
    if (m_permissions.isEmpty())
        return ctx.usageError(tr("'token-create' needs --permission CODE, once per code (see 'permissions')."));
    m_expiresInDays = DefaultExpiresInDays;
    if (parser.isSet(QStringLiteral("expires-in-days"))) {
        bool ok = false;
        m_expiresInDays = parser.value(QStringLiteral("expires-in-days")).toInt(&ok);
        if (!ok || m_expiresInDays < 1 || m_expiresInDays > MaxExpiresInDays)
            return ctx.usageError(tr("--expires-in-days takes 1 to %1.").arg(MaxExpiresInDays));
    }
    m_output = parser.value(QStringLiteral("output"));
    if (!m_output.isEmpty() && QFile::exists(m_output))
        return ctx.usageError(tr("%1 exists; the secret is written only to a new file.").arg(m_output));
    return ExitOk;
}

int TokenCreateCommand::execute(CliContext &ctx, const QStringList &args)
{
    // The file first: a secret the server has made but nobody can store is a token lost.
    QFile file(m_output);
    if (!m_output.isEmpty()) {
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) || !file.setPermissions(ownerOnly)) {
            const QString why = file.errorString();
            if (file.isOpen()) {
                file.close();
                file.remove();
            }
            return ctx.reportError(localError(tr("Cannot create %1: %2").arg(m_output, why)));
        }
    }
    sync::ApiTokenInput input;
    input.name = args.constFirst().trimmed();
    input.permissions = m_permissions;
    input.expiresInDays = m_expiresInDays;
    const auto r = ctx.await<sync::CreatedApiToken>(
        [&](QObject *c, sync::ApiClient::Done<sync::CreatedApiToken> done) {
            return ctx.client().createApiToken(input, c, std::move(done));
        });
    if (!r.ok()) {
        if (file.isOpen()) {
            file.close();
            file.remove();
        }
        return ctx.reportSessionOnlyError(name(), r.error, r.tlsProblems);
    }
    const sync::CreatedApiToken &created = *r.value;
    const ApiToken &token = created.token;
    Printer &printer = ctx.printer();

    if (file.isOpen()) {
        const QByteArray line = created.secret.toUtf8() + '\n';
        if (file.write(line) != line.size() || !file.flush()) {
            const QString why = file.errorString();
            file.close();
            file.remove();
            // Nobody holds the secret: the token would only be a loose end.
            const auto undo = ctx.await<sync::Nothing>([&](QObject *c, sync::ApiClient::Done<sync::Nothing> done) {
                return ctx.client().deleteApiToken(token.id, c, std::move(done));
            });
            return ctx.reportError(localError(
                undo.ok() ? tr("Cannot write %1 (%2); the new token was deleted again.").arg(m_output, why)
                          : tr("Cannot write %1 (%2), and the new token %3 (id %4) could not be deleted: "
                               "delete it with 'zhaocai-cli token-delete %4'.")
                                .arg(m_output, why, token.name, QString::number(token.id))));
        }
        file.close();
        if (ctx.json()) {
            QJsonObject out = token.toJson();
            out.insert(QStringLiteral("token_file"), m_output);
            printer.json(out);
        } else {
            printer.line(tr("API token %1 (id %2) created, valid until %3; its secret is in %4, readable by you "
                            "alone. It is shown nowhere else.")
                             .arg(token.name, QString::number(token.id), Printer::humanTime(token.expiresAt),
                                  m_output));
        }
        return ExitOk;
    }

    if (ctx.json()) {
        QJsonObject out = token.toJson();
        out.insert(QStringLiteral("token"), created.secret);
        printer.json(out);
    } else {
        printer.line(created.secret);
    }
    printer.errLine(tr("API token %1 (id %2) created with %n permission(s), valid until %3.", nullptr,
                       static_cast<int>(token.permissions.size()))
                        .arg(token.name, QString::number(token.id), Printer::humanTime(token.expiresAt)));
    printer.errLine(tr("Its secret is on standard output and is shown only this once: store it now in a file "
                       "readable by you alone (chmod 600), or use -o FILE next time."));
    return ExitOk;
}

} // namespace zc::cli
