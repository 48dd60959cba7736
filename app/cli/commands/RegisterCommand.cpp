#include "RegisterCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

RegisterCommand::RegisterCommand()
    : Command(QStringLiteral("register"), Group::Registration, Needs::Server, 1, 1,
              {QCommandLineOption(QStringLiteral("method"), tr("register: legal_person_db or e_license."),
                                  tr("METHOD")),
               QCommandLineOption(QStringLiteral("uscc"), tr("register: unified social credit code."), tr("USCC")),
               QCommandLineOption(QStringLiteral("unit-name"), tr("register: the unit's name."), tr("NAME")),
               QCommandLineOption(QStringLiteral("legal-rep-name"), tr("register: the legal representative's name."),
                                  tr("NAME")),
               QCommandLineOption(QStringLiteral("legal-rep-id"),
                                  tr("register: the legal representative's resident ID number."), tr("ID")),
               QCommandLineOption(QStringLiteral("phone"), tr("register: the main account's phone."), tr("PHONE")),
               CommonOptions::smsCode(), CommonOptions::passwordStdin()})
{
}

QString RegisterCommand::synopsis() const
{
    return tr("LOGIN --method legal_person_db|e_license --uscc U --unit-name N\n"
              "--legal-rep-name N --legal-rep-id ID --phone P --sms-code C");
}

QString RegisterCommand::description() const
{
    return tr("register a unit (password prompt or --password-stdin)");
}

int RegisterCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    m_passwordStdin = parser.isSet(QStringLiteral("password-stdin"));
    std::optional<sync::RegistrationRequest::Method> method;
    if (parser.isSet(QStringLiteral("method"))) {
        method = sync::RegistrationRequest::methodFromString(parser.value(QStringLiteral("method")));
        if (!method)
            return ctx.usageError(tr("--method takes legal_person_db or e_license."));
    }
    m_request.uscc = parser.value(QStringLiteral("uscc"));
    m_request.unitName = parser.value(QStringLiteral("unit-name"));
    m_request.legalRepName = parser.value(QStringLiteral("legal-rep-name"));
    m_request.legalRepIdNumber = parser.value(QStringLiteral("legal-rep-id"));
    m_request.phone = parser.value(QStringLiteral("phone"));
    m_request.login = args.constFirst();
    if (const int rc = CommonOptions::readSmsCode(ctx, parser, name(), &m_request.smsCode); rc != ExitOk)
        return rc;
    if (!method || m_request.uscc.isEmpty() || m_request.unitName.isEmpty() || m_request.legalRepName.isEmpty()
        || m_request.legalRepIdNumber.isEmpty() || m_request.phone.isEmpty())
        return ctx.usageError(tr("'register' needs --method, --uscc, --unit-name, --legal-rep-name, --legal-rep-id "
                                 "and --phone."));
    m_request.method = *method;
    return ExitOk;
}

int RegisterCommand::execute(CliContext &ctx, const QStringList &)
{
    sync::RegistrationRequest request = m_request;
    if (!ctx.readPassword(tr("Password for the main account %1: ").arg(request.login), m_passwordStdin,
                          &request.password))
        return ctx.usageError(tr("no password given (or the two differ)."));
    const auto r = ctx.await<Account>([&](QObject *c, sync::ApiClient::Done<Account> done) {
        return ctx.client().registerUnit(request, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(r.value->toJson());
    else
        ctx.printer().line(tr("Registered %1: main account %2 (id %3). Log in with: zhaocai-cli login %2")
                               .arg(request.unitName, r.value->login)
                               .arg(r.value->id));
    return ExitOk;
}

} // namespace zc::cli
