#include "HandlersCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

HandlersCommand::HandlersCommand()
    : Command(QStringLiteral("handlers"), Group::Administration, Needs::Session, 0, 0,
              {QCommandLineOption(QStringLiteral("q"), tr("handlers: login, name or phone contains TEXT."),
                                  tr("TEXT")),
               QCommandLineOption(QStringLiteral("status"), tr("handlers: active, disabled or locked."),
                                  tr("STATUS")),
               CommonOptions::page(), CommonOptions::size()})
{
}

QString HandlersCommand::synopsis() const
{
    return tr("[--q TEXT] [--status S] [--page P] [--size N]");
}

QString HandlersCommand::description() const
{
    return tr("list the unit's handlers");
}

int HandlersCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    m_query.q = parser.value(QStringLiteral("q"));
    if (parser.isSet(QStringLiteral("status"))) {
        m_query.status = Account::statusFromString(parser.value(QStringLiteral("status")));
        if (!m_query.status)
            return ctx.usageError(tr("--status takes active, disabled or locked."));
    }
    return CommonOptions::readPaging(ctx, parser, &m_query.page, &m_query.size);
}

int HandlersCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<sync::Page<Account>>([&](QObject *c, sync::ApiClient::Done<sync::Page<Account>> done) {
        return ctx.client().handlers(m_query, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    ctx.printer().accounts(*r.value);
    return ExitOk;
}

} // namespace zc::cli
