#include "CommonOptions.h"

#include "CliContext.h"

namespace zc::cli {

QCommandLineOption CommonOptions::passwordStdin()
{
    return {QStringLiteral("password-stdin"),
            tr("Read the password from standard input (change-password: old and new on two lines).")};
}

QCommandLineOption CommonOptions::devCaptcha()
{
    return {QStringLiteral("dev-captcha"),
            tr("Demo and development servers only (--dev): fetch the captcha answer from the server.")};
}

QCommandLineOption CommonOptions::captchaFile()
{
    return {QStringLiteral("captcha-file"), tr("Also save the captcha image to this PNG file."), tr("FILE")};
}

QCommandLineOption CommonOptions::page()
{
    return {QStringLiteral("page"), tr("Page of a list (default 1)."), tr("P")};
}

QCommandLineOption CommonOptions::size()
{
    return {QStringLiteral("size"), tr("Items per page, 1 to 100 (default 10)."), tr("N")};
}

QCommandLineOption CommonOptions::name()
{
    return {QStringLiteral("name"), tr("A name, or a name filter."), tr("NAME")};
}

QCommandLineOption CommonOptions::permissions()
{
    return {QStringLiteral("permissions"), tr("Menu-permission codes, comma-separated (see 'permissions')."),
            tr("CODES")};
}

QCommandLineOption CommonOptions::remark()
{
    return {QStringLiteral("remark"), tr("A role's remark."), tr("TEXT")};
}

QCommandLineOption CommonOptions::smsCode()
{
    return {QStringLiteral("sms-code"), tr("The SMS code received."), tr("CODE")};
}

QCommandLineOption CommonOptions::yes()
{
    return {QStringLiteral("yes"), tr("Do not ask for confirmation.")};
}

QCommandLineOption CommonOptions::all()
{
    return {QStringLiteral("all"), tr("Every page (100 items per request), as one table or one JSON array.")};
}

int CommonOptions::readPagingOrAll(CliContext &ctx, const QCommandLineParser &parser, int *page, int *size, bool *all)
{
    *all = parser.isSet(QStringLiteral("all"));
    if (*all && (parser.isSet(QStringLiteral("page")) || parser.isSet(QStringLiteral("size"))))
        return ctx.usageError(tr("--all takes every page: give no --page or --size with it."));
    return readPaging(ctx, parser, page, size);
}

int CommonOptions::readPaging(CliContext &ctx, const QCommandLineParser &parser, int *page, int *size)
{
    if (parser.isSet(QStringLiteral("page"))) {
        bool ok = false;
        *page = parser.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || *page < 1)
            return ctx.usageError(tr("--page takes a number from 1 on."));
    }
    if (parser.isSet(QStringLiteral("size"))) {
        bool ok = false;
        *size = parser.value(QStringLiteral("size")).toInt(&ok);
        if (!ok || *size < 1 || *size > 100)
            return ctx.usageError(tr("--size takes 1 to 100."));
    }
    return ExitOk;
}

int CommonOptions::readSmsCode(CliContext &ctx, const QCommandLineParser &parser, const QString &command,
                               QString *code)
{
    *code = parser.value(QStringLiteral("sms-code")).trimmed();
    if (code->isEmpty())
        return ctx.usageError(tr("'%1' needs --sms-code CODE (send one with 'sms-code').").arg(command));
    return ExitOk;
}

std::optional<QStringList> CommonOptions::readPermissions(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("permissions")))
        return std::nullopt;
    QStringList codes;
    for (const QString &code : parser.value(QStringLiteral("permissions")).split(QLatin1Char(','))) {
        if (!code.trimmed().isEmpty())
            codes << code.trimmed();
    }
    return codes;
}

std::optional<QString> CommonOptions::optionalValue(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    return parser.value(name);
}

} // namespace zc::cli
