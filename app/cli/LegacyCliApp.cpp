#include "LegacyCliApp.h"

#include "CaptchaArt.h"

#include "models/JsonReader.h"
#include "models/PermissionCatalog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

namespace zc::cli {

namespace {

QString tlsKindText(sync::TlsProblem::Kind k)
{
    switch (k) {
    case sync::TlsProblem::Kind::UntrustedIssuer:
        return LegacyCliApp::tr("not issued by an authority this computer trusts (untrusted issuer)");
    case sync::TlsProblem::Kind::HostNameMismatch:
        return LegacyCliApp::tr("issued for other names than the server's address (host name mismatch)");
    case sync::TlsProblem::Kind::Expired:
        return LegacyCliApp::tr("expired");
    case sync::TlsProblem::Kind::NotYetValid:
        return LegacyCliApp::tr("not valid yet");
    case sync::TlsProblem::Kind::Revoked:
        return LegacyCliApp::tr("revoked");
    case sync::TlsProblem::Kind::Other:
        break;
    }
    return LegacyCliApp::tr("refused");
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

bool parseId(const QString &s, qint64 *id)
{
    bool ok = false;
    *id = s.toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace


LegacyCliApp::LegacyCliApp(QObject *parent)
    : QObject(parent), m_out(stdout, QIODevice::WriteOnly), m_err(stderr, QIODevice::WriteOnly),
      m_client(this), m_keychain(this)
{
    connect(&m_client, &sync::ApiClient::sessionExpired, this, [this] { m_sessionExpired = true; });
}

LegacyCliApp::~LegacyCliApp() = default;

bool LegacyCliApp::english() const
{
    return m_language == QLatin1String("en");
}

int LegacyCliApp::usageError(const QString &message)
{
    m_err << QStringLiteral("zhaocai-cli: ") << message << Qt::endl
          << tr("Try 'zhaocai-cli --help'.") << Qt::endl;
    return ExitUsage;
}

namespace {

// What a command takes: its positional arguments, whether it needs the
// remembered session, and the options that belong to it (besides the global
// ones: --server, --ca, --profile-file, --profile, --lang, --json, --timeout,
// --verbose, --as).
struct CommandSpec
{
    QString name;
    int minArgs = 0;
    int maxArgs = 0;          // -1: any number
    bool session = false;
    QStringList options;
};

const QList<CommandSpec> &commandSpecs()
{
    const auto s = [](const char *n) { return QString::fromLatin1(n); };
    static const QList<CommandSpec> specs{
        {s("health"), 0, 0, false, {}},
        {s("login"), 1, 1, false, {s("password-stdin"), s("dev-captcha"), s("remember"), s("captcha-file")}},
        {s("me"), 0, 0, true, {}},
        {s("logout"), 0, 0, true, {}},
        {s("choose-unit"), 1, 1, true, {}},
        {s("choose-institution"), 1, 1, true, {}},
        {s("change-password"), 0, 0, true, {s("password-stdin")}},
        {s("permissions"), 0, 0, false, {}},
        {s("sms-code"), 1, 1, false, {s("purpose"), s("dev-captcha"), s("captcha-file")}},
        {s("register"), 1, 1, false,
         {s("method"), s("uscc"), s("unit-name"), s("legal-rep-name"), s("legal-rep-id"), s("phone"), s("sms-code"),
          s("password-stdin")}},
        {s("reset-password"), 1, 1, false, {s("sms-code"), s("main-login"), s("password-stdin")}},
        {s("unit-auth"), 2, 2, true, {}},
        {s("handlers"), 0, 0, true, {s("q"), s("status"), s("page"), s("size")}},
        {s("handler-add"), 2, 2, true, {s("sms-code")}},
        {s("handler-rename"), 2, 2, true, {}},
        {s("handler-disable"), 1, 1, true, {}},
        {s("handler-enable"), 1, 1, true, {}},
        {s("handler-reset-password"), 1, 1, true, {}},
        {s("handler-delete"), 1, 1, true, {s("yes")}},
        {s("roles"), 0, 0, true, {s("name"), s("page"), s("size")}},
        {s("role-show"), 1, 1, true, {}},
        {s("role-create"), 1, 1, true, {s("permissions"), s("remark")}},
        {s("role-update"), 1, 1, true, {s("name"), s("permissions"), s("remark")}},
        {s("role-delete"), 1, 1, true, {s("yes")}},
        {s("role-accounts"), 1, 1, true, {s("unassigned"), s("login"), s("name"), s("page"), s("size")}},
        {s("assign"), 2, -1, true, {}},
        {s("unassign"), 2, -1, true, {}},
        {s("audit"), 0, 0, true, {s("action"), s("actor"), s("from"), s("to"), s("page"), s("size")}},
        {s("sync"), 0, 0, true, {s("full")}},
        {s("export"), 1, 1, false, {s("format"), s("output"), s("bom")}},
    };
    return specs;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

// RFC 3339, or a plain date: its first second (from) or its last one (to), UTC.
QDateTime parseTime(const QString &s, bool endOfDay)
{
    const QDateTime t = fromRfc3339(s);
    if (t.isValid())
        return t;
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        return {};
    return endOfDay ? QDateTime(d, QTime(23, 59, 59), Qt::UTC) : QDateTime(d, QTime(0, 0), Qt::UTC);
}

} // namespace

int LegacyCliApp::run(const QStringList &arguments, const QStringList &movedCommands)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Command-line twin of zhaocai-admin: accounts and permissions of the procurement platform.\n\n"
        "Session:\n"
        "  health                    check that the server answers\n"
        "  login LOGIN               sign in (password prompt, captcha in the terminal)\n"
        "  me                        show the remembered session: account, unit, permissions\n"
        "  logout                    revoke the remembered session and forget it\n"
        "  choose-unit ID            pick the unit of this session (handlers of several units)\n"
        "  choose-institution ID     pick the medical institution (asked once, permanent)\n"
        "  change-password           change the password (old and new)\n"
        "  permissions               the menu-permission catalog as a tree\n\n"
        "Registration and passwords (no session needed):\n"
        "  sms-code PHONE --purpose register|add_handler|reset_password\n"
        "                            send an SMS code to PHONE (captcha as for login)\n"
        "  register LOGIN --method legal_person_db|e_license --uscc U --unit-name N\n"
        "           --legal-rep-name N --legal-rep-id ID --phone P --sms-code C\n"
        "                            register a unit (password prompt or --password-stdin)\n"
        "  reset-password PHONE --sms-code C [--main-login LOGIN]\n"
        "                            set a new password with an SMS code\n\n"
        "Unit administration (remembered session):\n"
        "  unit-auth KIND UNIT_CODE  authenticate the unit (medical_institution, manufacturer,\n"
        "                            distributor) with its unit code\n"
        "  handlers [--q TEXT] [--status S] [--page P] [--size N]\n"
        "                            list the unit's handlers\n"
        "  handler-add PHONE NAME --sms-code C\n"
        "                            add a handler (code sent with: sms-code PHONE --purpose add_handler)\n"
        "  handler-rename ID NAME    rename a handler\n"
        "  handler-disable ID        disable a handler (its sessions end at once)\n"
        "  handler-enable ID         enable (and unlock) a handler\n"
        "  handler-reset-password ID send the handler a new password by SMS\n"
        "  handler-delete ID [--yes] delete a handler and its assignments\n"
        "  roles [--name TEXT] [--page P] [--size N]\n"
        "                            list the unit's roles\n"
        "  role-show ID              one role with its permissions\n"
        "  role-create NAME --permissions a,b [--remark R]\n"
        "  role-update ID [--name N] [--permissions a,b] [--remark R]\n"
        "  role-delete ID [--yes]\n"
        "  role-accounts ID [--unassigned] [--login L] [--name N] [--page P] [--size N]\n"
        "                            the role's assigned (or unassigned) accounts\n"
        "  assign ROLE_ID ACCOUNT_ID...    assign the role to accounts (summary of what changed)\n"
        "  unassign ROLE_ID ACCOUNT_ID...  take the role from accounts\n"
        "  audit [--action A] [--actor ID] [--from T] [--to T] [--page P] [--size N]\n"
        "                            the unit's audit log (T: RFC 3339 time or YYYY-MM-DD)\n"
        "  sync [--full]             bring the local cache up to date (the desktop client's cache)\n"
        "  export roles|handlers [--format csv|json] [-o FILE] [--bom]\n"
        "                            export from the local cache (run sync first); --bom for Excel\n\n"
        "Exit codes: 0 ok, 1 the server refused (message and code printed), 2 usage,\n"
        "3 network or TLS failure (the refused certificate is described)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"), tr("Server base URL (https only)."), tr("URL"));
    const QCommandLineOption caOpt(QStringLiteral("ca"), tr("Also trust this CA certificate (PEM)."), tr("FILE"));
    const QCommandLineOption profileFileOpt(QStringLiteral("profile-file"),
                                            tr("Server profile file (JSON: name, url, ca_pem)."), tr("FILE"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), tr("A stored server profile, by id."), tr("ID"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), tr("Language of messages: zh-CN or en."), tr("LANG"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print JSON for scripts."));
    const QCommandLineOption asOpt(QStringLiteral("as"),
                                   tr("Use the remembered session of this login (default: the last one)."),
                                   tr("LOGIN"));
    const QCommandLineOption passwordStdinOpt(QStringLiteral("password-stdin"),
                                              tr("Read the password from standard input (change-password: old "
                                                 "and new on two lines)."));
    const QCommandLineOption devCaptchaOpt(QStringLiteral("dev-captcha"),
                                           tr("Demo and development servers only (--dev): fetch the captcha "
                                              "answer from the server."));
    const QCommandLineOption rememberOpt(QStringLiteral("remember"),
                                         tr("Keep the session token in the OS keychain for later commands."));
    const QCommandLineOption captchaFileOpt(QStringLiteral("captcha-file"),
                                            tr("Also save the captcha image to this PNG file."), tr("FILE"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), tr("Network timeout in seconds (default 15)."),
                                        tr("SECONDS"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"), tr("Log what happens on the network to stderr."));
    const QCommandLineOption qOpt(QStringLiteral("q"), tr("handlers: login, name or phone contains TEXT."),
                                  tr("TEXT"));
    const QCommandLineOption statusOpt(QStringLiteral("status"), tr("handlers: active, disabled or locked."),
                                       tr("STATUS"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), tr("Page of a list (default 1)."), tr("P"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), tr("Items per page, 1 to 100 (default 10)."), tr("N"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), tr("A name, or a name filter."), tr("NAME"));
    const QCommandLineOption permissionsOpt(QStringLiteral("permissions"),
                                            tr("Menu-permission codes, comma-separated (see 'permissions')."),
                                            tr("CODES"));
    const QCommandLineOption remarkOpt(QStringLiteral("remark"), tr("A role's remark."), tr("TEXT"));
    const QCommandLineOption purposeOpt(QStringLiteral("purpose"),
                                        tr("sms-code: register, add_handler or reset_password."), tr("PURPOSE"));
    const QCommandLineOption smsCodeOpt(QStringLiteral("sms-code"), tr("The SMS code received."), tr("CODE"));
    const QCommandLineOption mainLoginOpt(QStringLiteral("main-login"),
                                          tr("reset-password: the main account whose registered phone it is."),
                                          tr("LOGIN"));
    const QCommandLineOption unassignedOpt(QStringLiteral("unassigned"),
                                           tr("role-accounts: the accounts without the role."));
    const QCommandLineOption loginOpt(QStringLiteral("login"), tr("role-accounts: login contains TEXT."), tr("TEXT"));
    const QCommandLineOption actionOpt(QStringLiteral("action"), tr("audit: e.g. role.create."), tr("ACTION"));
    const QCommandLineOption actorOpt(QStringLiteral("actor"), tr("audit: the acting account's id."), tr("ID"));
    const QCommandLineOption fromOpt(QStringLiteral("from"), tr("audit: from this time on."), tr("TIME"));
    const QCommandLineOption toOpt(QStringLiteral("to"), tr("audit: up to this time."), tr("TIME"));
    const QCommandLineOption fullOpt(QStringLiteral("full"), tr("sync: fetch everything again."));
    const QCommandLineOption formatOpt(QStringLiteral("format"), tr("export: csv (default) or json."), tr("FORMAT"));
    const QCommandLineOption outputOpt(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                       tr("export: write to FILE instead of standard output."), tr("FILE"));
    const QCommandLineOption bomOpt(QStringLiteral("bom"), tr("export: start the CSV with a UTF-8 byte-order mark "
                                                              "(for Excel)."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"), tr("Do not ask for confirmation."));
    const QCommandLineOption methodOpt(QStringLiteral("method"), tr("register: legal_person_db or e_license."),
                                       tr("METHOD"));
    const QCommandLineOption usccOpt(QStringLiteral("uscc"), tr("register: unified social credit code."), tr("USCC"));
    const QCommandLineOption unitNameOpt(QStringLiteral("unit-name"), tr("register: the unit's name."), tr("NAME"));
    const QCommandLineOption legalRepNameOpt(QStringLiteral("legal-rep-name"),
                                             tr("register: the legal representative's name."), tr("NAME"));
    const QCommandLineOption legalRepIdOpt(QStringLiteral("legal-rep-id"),
                                           tr("register: the legal representative's resident ID number."), tr("ID"));
    const QCommandLineOption phoneOpt(QStringLiteral("phone"), tr("register: the main account's phone."),
                                      tr("PHONE"));
    parser.addOptions({serverOpt, caOpt, profileFileOpt, profileOpt, langOpt, jsonOpt, asOpt, passwordStdinOpt,
                       devCaptchaOpt, rememberOpt, captchaFileOpt, timeoutOpt, verboseOpt, qOpt, statusOpt, pageOpt,
                       sizeOpt, nameOpt, permissionsOpt, remarkOpt, purposeOpt, smsCodeOpt, mainLoginOpt,
                       unassignedOpt, loginOpt, actionOpt, actorOpt, fromOpt, toOpt, fullOpt, formatOpt, outputOpt,
                       bomOpt, yesOpt, methodOpt, usccOpt, unitNameOpt, legalRepNameOpt, legalRepIdOpt, phoneOpt});
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands above."));
    parser.addPositionalArgument(QStringLiteral("argument"), tr("What the command takes (LOGIN, ID, …)."));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    // The library's log would repeat what the CLI itself says, on the same stderr.
    QLoggingCategory::setFilterRules(parser.isSet(verboseOpt) ? QStringLiteral("zc.*=true\nzc.*.debug=false")
                                                              : QStringLiteral("zc.*=false"));
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("zhaocai-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    Options o;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given."));
    o.command = positional.first();
    if (movedCommands.contains(o.command))
        return NotHandled;
    o.args = positional.mid(1);
    const CommandSpec *spec = findCommand(o.command);
    if (!spec)
        return usageError(tr("unknown command '%1'.").arg(o.command));
    const qsizetype argCount = o.args.size();
    if (argCount < spec->minArgs || (spec->maxArgs >= 0 && argCount > spec->maxArgs)) {
        if (spec->maxArgs == 0)
            return usageError(tr("'%1' takes no argument.").arg(o.command));
        if (spec->minArgs == spec->maxArgs && spec->minArgs == 1)
            return usageError(tr("'%1' takes exactly one argument.").arg(o.command));
        if (spec->minArgs == spec->maxArgs)
            return usageError(tr("'%1' takes exactly %2 arguments.").arg(o.command).arg(spec->minArgs));
        return usageError(tr("'%1' takes at least %2 arguments.").arg(o.command).arg(spec->minArgs));
    }
    static const QStringList globalOptions{
        QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("profile-file"), QStringLiteral("profile"),
        QStringLiteral("lang"), QStringLiteral("json"), QStringLiteral("timeout"), QStringLiteral("verbose"),
        QStringLiteral("as")};
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        const QString longName = name == QLatin1String("o") ? QStringLiteral("output") : name;
        if (!globalOptions.contains(longName) && !spec->options.contains(longName))
            return usageError(tr("--%1 does not belong to '%2'.").arg(longName, o.command));
    }

    o.server = parser.value(serverOpt);
    o.ca = parser.value(caOpt);
    o.profileFile = parser.value(profileFileOpt);
    o.profileId = parser.value(profileOpt);
    o.as = parser.value(asOpt);
    o.passwordStdin = parser.isSet(passwordStdinOpt);
    o.devCaptcha = parser.isSet(devCaptchaOpt);
    o.remember = parser.isSet(rememberOpt);
    o.captchaFile = parser.value(captchaFileOpt);
    m_json = parser.isSet(jsonOpt);

    if (parser.isSet(timeoutOpt)) {
        bool ok = false;
        o.timeoutSeconds = parser.value(timeoutOpt).toInt(&ok);
        if (!ok || o.timeoutSeconds < 1 || o.timeoutSeconds > 600)
            return usageError(tr("--timeout takes 1 to 600 seconds."));
    }
    if (parser.isSet(langOpt)) {
        const QString lang = parser.value(langOpt);
        if (lang.compare(QLatin1String("zh-CN"), Qt::CaseInsensitive) == 0 || lang == QLatin1String("zh"))
            m_language = QStringLiteral("zh-CN");
        else if (lang.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
            m_language = QStringLiteral("en");
        else
            return usageError(tr("--lang takes zh-CN or en."));
    } else {
        m_language = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh-CN")
                                                                      : QStringLiteral("en");
    }

    // Options of the administration commands.
    o.q = parser.value(qOpt);
    if (parser.isSet(statusOpt)) {
        o.status = Account::statusFromString(parser.value(statusOpt));
        if (!o.status)
            return usageError(tr("--status takes active, disabled or locked."));
    }
    if (parser.isSet(pageOpt)) {
        bool ok = false;
        o.page = parser.value(pageOpt).toInt(&ok);
        if (!ok || o.page < 1)
            return usageError(tr("--page takes a number from 1 on."));
    }
    if (parser.isSet(sizeOpt)) {
        bool ok = false;
        o.size = parser.value(sizeOpt).toInt(&ok);
        if (!ok || o.size < 1 || o.size > 100)
            return usageError(tr("--size takes 1 to 100."));
    }
    if (parser.isSet(nameOpt))
        o.name = parser.value(nameOpt);
    if (parser.isSet(permissionsOpt)) {
        QStringList codes;
        for (const QString &code : parser.value(permissionsOpt).split(QLatin1Char(','))) {
            if (!code.trimmed().isEmpty())
                codes << code.trimmed();
        }
        o.permissions = codes;
    }
    if (parser.isSet(remarkOpt))
        o.remark = parser.value(remarkOpt);
    if (parser.isSet(purposeOpt)) {
        o.purpose = sync::smsPurposeFromString(parser.value(purposeOpt));
        if (!o.purpose)
            return usageError(tr("--purpose takes register, add_handler or reset_password."));
    }
    o.smsCode = parser.value(smsCodeOpt).trimmed();
    o.mainLogin = parser.value(mainLoginOpt).trimmed();
    o.unassigned = parser.isSet(unassignedOpt);
    o.login = parser.value(loginOpt);
    o.action = parser.value(actionOpt);
    if (parser.isSet(actorOpt) && !parseId(parser.value(actorOpt), &o.actor))
        return usageError(tr("--actor takes an account id (a positive number)."));
    if (parser.isSet(fromOpt)) {
        o.from = parseTime(parser.value(fromOpt), false);
        if (!o.from.isValid())
            return usageError(tr("--from takes an RFC 3339 time or a date (YYYY-MM-DD)."));
    }
    if (parser.isSet(toOpt)) {
        o.to = parseTime(parser.value(toOpt), true);
        if (!o.to.isValid())
            return usageError(tr("--to takes an RFC 3339 time or a date (YYYY-MM-DD)."));
    }
    if (o.from.isValid() && o.to.isValid() && o.from > o.to)
        return usageError(tr("--from is after --to."));
    o.full = parser.isSet(fullOpt);
    if (parser.isSet(formatOpt)) {
        o.format = parser.value(formatOpt).toLower();
        if (o.format != QLatin1String("csv") && o.format != QLatin1String("json"))
            return usageError(tr("--format takes csv or json."));
    }
    o.output = parser.value(outputOpt);
    o.bom = parser.isSet(bomOpt);
    if (o.bom && o.format != QLatin1String("csv"))
        return usageError(tr("--bom belongs to CSV output."));
    o.yes = parser.isSet(yesOpt);
    if (parser.isSet(methodOpt)) {
        o.method = sync::RegistrationRequest::methodFromString(parser.value(methodOpt));
        if (!o.method)
            return usageError(tr("--method takes legal_person_db or e_license."));
    }
    o.uscc = parser.value(usccOpt);
    o.unitName = parser.value(unitNameOpt);
    o.legalRepName = parser.value(legalRepNameOpt);
    o.legalRepId = parser.value(legalRepIdOpt);
    o.phone = parser.value(phoneOpt);

    // Arguments each command needs in a given shape.
    const QString &cmd = o.command;
    const auto is = [&cmd](const char *name) { return cmd == QLatin1String(name); };
    qint64 id = 0;
    QList<qint64> ids;
    const bool firstIsId = is("choose-unit") || is("choose-institution") || cmd.startsWith(QLatin1String("handler-"))
        || is("role-show") || is("role-update") || is("role-delete") || is("role-accounts") || is("assign")
        || is("unassign");
    if (firstIsId && !is("handler-add") && !parseId(o.args.first(), &id))
        return usageError(tr("'%1' is not an id (a positive number).").arg(o.args.first()));
    if (is("assign") || is("unassign")) {
        for (const QString &a : o.args.mid(1)) {
            qint64 accountId = 0;
            if (!parseId(a, &accountId))
                return usageError(tr("'%1' is not an id (a positive number).").arg(a));
            if (!ids.contains(accountId))
                ids << accountId;
        }
    }
    if (is("sms-code") && !o.purpose)
        return usageError(tr("'sms-code' needs --purpose register, add_handler or reset_password."));
    if ((is("handler-add") || is("reset-password") || is("register")) && o.smsCode.isEmpty())
        return usageError(tr("'%1' needs --sms-code CODE (send one with 'sms-code').").arg(cmd));
    if (is("role-create") && !o.permissions)
        return usageError(tr("'role-create' needs --permissions CODES (see 'permissions')."));
    if (is("role-update") && !o.name && !o.permissions && !o.remark)
        return usageError(tr("'role-update' needs --name, --permissions or --remark."));
    if (is("export") && o.args.first() != QLatin1String("roles") && o.args.first() != QLatin1String("handlers"))
        return usageError(tr("'export' takes roles or handlers."));
    if (is("unit-auth") && (!Unit::kindFromString(o.args.first()) || o.args.first().isEmpty()))
        return usageError(tr("the unit kind is medical_institution, manufacturer or distributor."));
    if (is("register")) {
        if (!o.method || o.uscc.isEmpty() || o.unitName.isEmpty() || o.legalRepName.isEmpty()
            || o.legalRepId.isEmpty() || o.phone.isEmpty())
            return usageError(tr("'register' needs --method, --uscc, --unit-name, --legal-rep-name, --legal-rep-id "
                                 "and --phone."));
    }

    if (const int rc = resolveProfile(o); rc != ExitOk)
        return rc;
    if (is("export"))
        return finish(cmdExport(o.args.first(), o));   // from the local cache: no server needed
    m_client.setProfile(m_profile);
    m_client.setLanguage(m_language);
    m_client.setTransferTimeout(o.timeoutSeconds * 1000);

    int rc = ExitOk;
    if (spec->session)
        rc = openSession(o);
    if (rc != ExitOk)
        return finish(rc);

    if (is("health"))
        rc = cmdHealth();
    else if (is("login"))
        rc = cmdLogin(o.args.first(), o);
    else if (is("permissions"))
        rc = cmdPermissions();
    else if (is("me"))
        rc = cmdMe();
    else if (is("logout"))
        rc = cmdLogout();
    else if (is("choose-unit"))
        rc = cmdChooseUnit(id);
    else if (is("choose-institution"))
        rc = cmdChooseInstitution(id);
    else if (is("change-password"))
        rc = cmdChangePassword(o);
    else if (is("sms-code"))
        rc = cmdSmsCode(o.args.first(), o);
    else if (is("register"))
        rc = cmdRegister(o.args.first(), o);
    else if (is("reset-password"))
        rc = cmdResetPassword(o.args.first(), o);
    else if (is("unit-auth"))
        rc = cmdUnitAuth(o.args.at(0), o.args.at(1));
    else if (is("handlers"))
        rc = cmdHandlers(o);
    else if (is("handler-add"))
        rc = cmdHandlerAdd(o.args.at(0), o.args.at(1), o);
    else if (is("handler-rename")) {
        sync::HandlerPatch patch;
        patch.name = o.args.at(1);
        rc = cmdHandlerPatch(id, patch, QStringLiteral("rename"));
    } else if (is("handler-disable") || is("handler-enable")) {
        sync::HandlerPatch patch;
        patch.status = is("handler-disable") ? Account::Status::Disabled : Account::Status::Active;
        rc = cmdHandlerPatch(id, patch, is("handler-disable") ? QStringLiteral("disable") : QStringLiteral("enable"));
    } else if (is("handler-reset-password"))
        rc = cmdHandlerResetPassword(id);
    else if (is("handler-delete"))
        rc = cmdHandlerDelete(id, o);
    else if (is("roles"))
        rc = cmdRoles(o);
    else if (is("role-show"))
        rc = cmdRoleShow(id);
    else if (is("role-create"))
        rc = cmdRoleCreate(o.args.first(), o);
    else if (is("role-update"))
        rc = cmdRoleUpdate(id, o);
    else if (is("role-delete"))
        rc = cmdRoleDelete(id, o);
    else if (is("role-accounts"))
        rc = cmdRoleAccounts(id, o);
    else if (is("assign") || is("unassign"))
        rc = cmdAssign(id, ids, is("assign"));
    else if (is("audit"))
        rc = cmdAudit(o);
    else if (is("sync"))
        rc = cmdSync(o);
    return finish(rc);
}

int LegacyCliApp::finish(int rc)
{
    if (m_sessionExpired && !m_sessionLogin.isEmpty()) {
        if (!m_json)
            m_err << tr("The remembered session has expired or was revoked; it is forgotten. Log in again.")
                  << Qt::endl;
        forgetSession();
    }
    m_out.flush();
    m_err.flush();
    return rc;
}

// ---------------------------------------------------------------- profile & session

int LegacyCliApp::resolveProfile(const Options &o)
{
    int sources = 0;
    sources += o.server.isEmpty() ? 0 : 1;
    sources += o.profileFile.isEmpty() ? 0 : 1;
    sources += o.profileId.isEmpty() ? 0 : 1;
    if (sources > 1)
        return usageError(tr("give only one of --server, --profile-file and --profile."));

    QString why;
    if (!o.profileFile.isEmpty()) {
        const auto p = sync::ServerProfile::fromFile(o.profileFile, &why);
        if (!p)
            return usageError(tr("the profile file %1 is not usable: %2").arg(o.profileFile, why));
        m_profile = *p;
    } else if (!o.server.isEmpty()) {
        const QUrl url(o.server);
        const auto p = sync::ServerProfile::fromJson(
            QJsonObject{{QStringLiteral("name"), url.host().isEmpty() ? o.server : url.host()},
                        {QStringLiteral("url"), o.server}},
            &why);
        if (!p)
            return usageError(tr("the server URL %1 is not usable: %2").arg(o.server, why));
        m_profile = *p;
    } else {
        const QList<sync::ServerProfile> all = sync::ServerProfileStore::load();
        const QString wanted = o.profileId.isEmpty() ? sync::ServerProfileStore::lastProfileId() : o.profileId;
        bool found = false;
        for (const sync::ServerProfile &p : all) {
            if (p.id == wanted) {
                m_profile = p;
                found = true;
                break;
            }
        }
        if (!found && !o.profileId.isEmpty())
            return usageError(tr("no stored server profile has the id '%1'.").arg(o.profileId));
        if (!found) {
            if (all.isEmpty())
                return usageError(tr("no server: give --server URL or --profile-file FILE."));
            m_profile = all.first();
        }
    }

    if (!o.ca.isEmpty()) {
        QFile f(o.ca);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(tr("cannot read the CA file %1.").arg(o.ca));
        const QByteArray pem = f.read(64 * 1024 + 1);
        if (pem.size() > 64 * 1024 || QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            return usageError(tr("%1 holds no PEM certificate.").arg(o.ca));
        if (!m_profile.caPem.isEmpty() && !m_profile.caPem.endsWith('\n'))
            m_profile.caPem += '\n';
        m_profile.caPem += pem;
    }
    return ExitOk;
}

int LegacyCliApp::openSession(const Options &o)
{
    m_sessionLogin = o.as.isEmpty() ? sync::ServerProfileStore::rememberedLogin(m_profile.id) : o.as;
    QString error;
    std::optional<QString> token;
    if (!m_sessionLogin.isEmpty()) {
        token = keychainRead(sync::CredentialStore::tokenKey(m_profile.id, m_sessionLogin), &error);
        if (!error.isEmpty()) {
            ApiError e;
            e.code = QStringLiteral("keychain_error");
            e.message = tr("The keychain could not be read: %1").arg(error);
            e.status = -1;
            m_sessionLogin.clear();
            return reportError(e);
        }
    }
    if (!token || token->isEmpty()) {
        ApiError e;
        e.code = QStringLiteral("not_logged_in");
        e.message = tr("No remembered session for %1. Run: zhaocai-cli login LOGIN --remember")
                        .arg(m_profile.name);
        e.status = -1;
        m_sessionLogin.clear();
        return reportError(e);
    }
    m_client.setToken(*token);
    return ExitOk;
}

void LegacyCliApp::forgetSession()
{
    if (m_sessionLogin.isEmpty())
        return;
    const QString error = keychainRemove(sync::CredentialStore::tokenKey(m_profile.id, m_sessionLogin));
    if (!error.isEmpty())
        m_err << tr("The keychain entry could not be deleted: %1").arg(error) << Qt::endl;
    if (sync::ServerProfileStore::rememberedLogin(m_profile.id).compare(m_sessionLogin, Qt::CaseInsensitive) == 0)
        sync::ServerProfileStore::setRememberedLogin(m_profile.id, QString());
    m_sessionLogin.clear();
}

// ---------------------------------------------------------------- commands

int LegacyCliApp::cmdHealth()
{
    const auto r = await<QString>([this](QObject *ctx, sync::ApiClient::Done<QString> done) {
        return m_client.health(ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("version"), *r.value},
                              {QStringLiteral("server"), m_profile.url.toString()}});
    } else {
        m_out << tr("%1 (%2) is up, version %3.").arg(m_profile.name, m_profile.url.toString(), *r.value)
              << Qt::endl;
    }
    return ExitOk;
}

int LegacyCliApp::cmdLogin(const QString &login, const Options &o)
{
    const bool interactive = TerminalInput::isInteractive();
    bool eof = false;
    if (!o.passwordStdin && interactive) {
        m_err << tr("Password for %1 on %2: ").arg(login, m_profile.name);
        m_err.flush();
    }
    const QString password = m_in.readSecret(&eof);
    if (eof || password.isEmpty())
        return usageError(tr("no password given."));

    QString captchaId;
    QString answer;
    if (const int rc = solveCaptcha(o, &captchaId, &answer); rc != ExitOk)
        return rc;

    const auto r = await<Session>([&](QObject *ctx, sync::ApiClient::Done<Session> done) {
        return m_client.login(login, password, captchaId, answer, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    const Session &session = *r.value;

    if (o.remember) {
        const QString error = keychainWrite(sync::CredentialStore::tokenKey(m_profile.id, login), session.token);
        if (!error.isEmpty()) {
            // Without a keychain the token cannot be kept: do not leave it alive on the server.
            awaitRaw(m_client.send("DELETE", QStringLiteral("/sessions/current")), nullptr);
            ApiError e;
            e.code = QStringLiteral("keychain_error");
            e.message = tr("Signed in, but the keychain could not store the session (%1); it was closed again.")
                            .arg(error);
            e.status = -1;
            return reportError(e);
        }
        // Later commands find this server and login again without flags.
        QList<sync::ServerProfile> stored = sync::ServerProfileStore::loadStored();
        bool known = false;
        for (sync::ServerProfile &p : stored) {
            if (p.id == m_profile.id) {
                p = m_profile;
                known = true;
            }
        }
        if (!known) {
            if (stored.isEmpty())
                stored = sync::ServerProfileStore::builtInProfiles();
            stored.erase(std::remove_if(stored.begin(), stored.end(),
                                        [this](const sync::ServerProfile &p) { return p.id == m_profile.id; }),
                         stored.end());
            stored.append(m_profile);
        }
        sync::ServerProfileStore::save(stored);
        sync::ServerProfileStore::setLastProfileId(m_profile.id);
        sync::ServerProfileStore::setRememberedLogin(m_profile.id, login);
    } else {
        // Nothing can use the token after this process: revoke it rather than leave it alive.
        awaitRaw(m_client.send("DELETE", QStringLiteral("/sessions/current")), nullptr);
    }

    if (m_json) {
        QJsonObject out = session.toJson(false);
        out.insert(QStringLiteral("remembered"), o.remember);
        printJson(out);
    } else {
        printSession(session, tr("Signed in to %1.").arg(m_profile.name));
        if (o.remember)
            m_out << tr("The session is kept in the keychain; 'zhaocai-cli me' uses it.") << Qt::endl;
        else
            m_out << tr("The session was closed again (use --remember to keep it for later commands).")
                  << Qt::endl;
    }
    return ExitOk;
}

int LegacyCliApp::solveCaptcha(const Options &o, QString *id, QString *answer)
{
    const auto captcha = await<sync::Captcha>([this](QObject *ctx, sync::ApiClient::Done<sync::Captcha> done) {
        return m_client.createCaptcha(ctx, std::move(done));
    });
    if (!captcha.ok())
        return reportError(captcha.error, captcha.tlsProblems);
    if (!o.captchaFile.isEmpty()) {
        QFile f(o.captchaFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(captcha.value->png) != captcha.value->png.size())
            m_err << tr("Could not save the captcha to %1.").arg(o.captchaFile) << Qt::endl;
    }

    if (o.devCaptcha) {
        ApiError e;
        const QJsonDocument doc = awaitRaw(
            m_client.send("GET", QStringLiteral("/dev/captchas/") + captcha.value->id), &e);
        if (e.isValid()) {
            if (e.status == 404)
                e.message = tr("This server offers no development captcha answers (it is not in --dev mode); "
                               "log in without --dev-captcha. (%1)").arg(e.message);
            return reportError(e);
        }
        *answer = doc.object().value(QLatin1String("answer")).toString();
        if (answer->isEmpty()) {
            ApiError bad;
            bad.code = QString::fromLatin1(ApiError::BadResponse);
            bad.message = tr("The development captcha answer is missing.");
            bad.status = 200;
            return reportError(bad);
        }
    } else {
        const QImage image = QImage::fromData(captcha.value->png, "PNG");
        if (image.isNull()) {
            ApiError bad;
            bad.code = QString::fromLatin1(ApiError::BadResponse);
            bad.message = tr("The captcha image is not a PNG.");
            bad.status = 201;
            return reportError(bad);
        }
        m_err << tr("Captcha (valid %n second(s)):", nullptr, captcha.value->expiresIn) << Qt::endl
              << CaptchaArt::render(image) << Qt::endl
              << tr("Characters shown above: ");
        m_err.flush();
        bool eof = false;
        *answer = m_in.readLine(&eof).trimmed();
        if (eof || answer->isEmpty())
            return usageError(tr("no captcha answer given."));
    }

    *id = captcha.value->id;
    return ExitOk;
}

int LegacyCliApp::cmdMe()
{
    const auto r = await<Session>([this](QObject *ctx, sync::ApiClient::Done<Session> done) {
        return m_client.me(ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(r.value->toJson(false));
    else
        printSession(*r.value, tr("Session on %1 (%2):").arg(m_profile.name, m_profile.url.toString()));
    return ExitOk;
}

int LegacyCliApp::cmdLogout()
{
    const auto r = await<sync::Nothing>([this](QObject *ctx, sync::ApiClient::Done<sync::Nothing> done) {
        return m_client.logout(ctx, std::move(done));
    });
    const bool alreadyGone = !r.ok() && r.error.status == 401;
    if (!r.ok() && !alreadyGone)
        return reportError(r.error, r.tlsProblems);   // keep the token: the user can try again
    m_sessionExpired = false;
    const QString login = m_sessionLogin;
    forgetSession();
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("logged_out"), true}, {QStringLiteral("login"), login}});
    else
        m_out << (alreadyGone ? tr("The session of %1 had already ended; it is forgotten here.").arg(login)
                              : tr("Logged out %1; the session is revoked and forgotten.").arg(login))
              << Qt::endl;
    return ExitOk;
}

int LegacyCliApp::cmdChooseUnit(qint64 id)
{
    const auto r = await<Session>([this, id](QObject *ctx, sync::ApiClient::Done<Session> done) {
        return m_client.chooseUnit(id, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(r.value->toJson(false));
    else
        printSession(*r.value, tr("Unit chosen."));
    return ExitOk;
}

int LegacyCliApp::cmdChooseInstitution(qint64 id)
{
    const auto r = await<Session>([this, id](QObject *ctx, sync::ApiClient::Done<Session> done) {
        return m_client.chooseInstitution(id, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(r.value->toJson(false));
    else
        printSession(*r.value, tr("Institution chosen (this choice is permanent)."));
    return ExitOk;
}

int LegacyCliApp::cmdChangePassword(const Options &o)
{
    const bool prompt = !o.passwordStdin && TerminalInput::isInteractive();
    bool eof = false;
    if (prompt) {
        m_err << tr("Current password: ");
        m_err.flush();
    }
    const QString oldPassword = m_in.readSecret(&eof);
    if (eof || oldPassword.isEmpty())
        return usageError(tr("no current password given."));
    if (prompt) {
        m_err << tr("New password: ");
        m_err.flush();
    }
    const QString newPassword = m_in.readSecret(&eof);
    if (eof || newPassword.isEmpty())
        return usageError(tr("no new password given."));
    if (prompt) {
        m_err << tr("New password again: ");
        m_err.flush();
        const QString again = m_in.readSecret(&eof);
        if (again != newPassword)
            return usageError(tr("the new passwords differ."));
    }
    const auto r = await<sync::Nothing>([&](QObject *ctx, sync::ApiClient::Done<sync::Nothing> done) {
        return m_client.changePassword(oldPassword, newPassword, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("password_changed"), true}});
    else
        m_out << tr("Password changed; the account's other sessions were signed out.") << Qt::endl;
    return ExitOk;
}

int LegacyCliApp::cmdPermissions()
{
    // The catalog needs a session; use the remembered one when there is one.
    const QString login = sync::ServerProfileStore::rememberedLogin(m_profile.id);
    if (!login.isEmpty()) {
        QString error;
        const auto token = keychainRead(sync::CredentialStore::tokenKey(m_profile.id, login), &error);
        if (token && !token->isEmpty()) {
            m_client.setToken(*token);
            m_sessionLogin = login;
        }
    }
    const auto r = await<QList<Permission>>(
        [this](QObject *ctx, sync::ApiClient::Done<QList<Permission>> done) {
            return m_client.permissions(ctx, std::move(done));
        });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(Permission::listToJson(*r.value));
    else
        printPermissionTree(*r.value, 0);
    return ExitOk;
}

// ---------------------------------------------------------------- output

int LegacyCliApp::reportError(const ApiError &error, const QList<sync::TlsProblem> &tls)
{
    // status -1 marks local failures (keychain, not logged in): exit 1 like a refusal.
    const int rc = error.status == 0 ? ExitNetwork : ExitApiError;
    if (m_json) {
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
        printJson(out);
        return rc;
    }

    if (error.code == QLatin1String(ApiError::TlsError)) {
        m_err << tr("zhaocai-cli: the secure connection to %1 was refused: %2")
                     .arg(m_profile.url.toString(), error.message)
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
        m_err << tr("zhaocai-cli: no answer from %1 (%2): %3")
                     .arg(m_profile.url.toString(), error.code, error.message)
              << Qt::endl;
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

void LegacyCliApp::printSession(const Session &s, const QString &heading)
{
    m_out << heading << Qt::endl;
    if (s.account) {
        const Account &a = *s.account;
        m_out << tr("  Account:     %1 (%2), %3, %4")
                     .arg(a.login, a.name,
                          a.kind == Account::Kind::Unit ? tr("main account") : tr("handler"),
                          Account::statusToString(a.status))
              << Qt::endl;
        if (a.institutionId > 0)
            m_out << tr("  Institution: %1").arg(a.institutionId) << Qt::endl;
    } else {
        m_out << tr("  Account:     (not chosen yet)") << Qt::endl;
    }
    if (s.unit) {
        const Unit &u = *s.unit;
        const QString kind = u.kind == Unit::Kind::None ? tr("kind not authenticated yet") : Unit::kindToString(u.kind);
        m_out << tr("  Unit:        %1 (id %2, USCC %3, %4%5)")
                     .arg(u.name, QString::number(u.id), u.uscc, kind,
                          u.verified ? QStringLiteral(", ") + tr("verified") : QString())
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

void LegacyCliApp::printPermissionTree(const QList<Permission> &nodes, int depth)
{
    for (const Permission &p : nodes) {
        const QString title = english() ? p.titleEn : p.titleZh;
        m_out << QString(depth * 2, QLatin1Char(' ')) << title << QStringLiteral("  (") << p.code
              << QLatin1Char(')') << Qt::endl;
        printPermissionTree(p.children, depth + 1);
    }
}

QString LegacyCliApp::permissionTitle(const QString &code) const
{
    const Permission *p = PermissionCatalog::builtIn().find(code);
    if (!p)
        return {};
    return english() ? p->titleEn : p->titleZh;
}

void LegacyCliApp::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

// ---------------------------------------------------------------- waiting

QJsonDocument LegacyCliApp::awaitRaw(sync::ApiJob *job, ApiError *error)
{
    QEventLoop loop;
    QJsonDocument doc;
    bool done = false;
    connect(job, &sync::ApiJob::finished, &loop, [&] {
        doc = job->json();
        if (error)
            *error = job->error();
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return doc;
}

std::optional<QString> LegacyCliApp::keychainRead(const QString &key, QString *error)
{
    QEventLoop loop;
    std::optional<QString> value;
    bool done = false;
    m_keychain.read(key, &loop, [&](const std::optional<QString> &v, const QString &e) {
        value = v;
        *error = e;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return value;
}

QString LegacyCliApp::keychainWrite(const QString &key, const QString &secret)
{
    QEventLoop loop;
    QString error;
    bool done = false;
    m_keychain.write(key, secret, &loop, [&](const QString &e) {
        error = e;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return error;
}

QString LegacyCliApp::keychainRemove(const QString &key)
{
    QEventLoop loop;
    QString error;
    bool done = false;
    m_keychain.remove(key, &loop, [&](const QString &e) {
        error = e;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return error;
}

} // namespace zc::cli
