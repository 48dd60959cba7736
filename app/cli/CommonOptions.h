#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace zc::cli {

class CliContext;

// The options that several commands take, worded once; a command lists the
// ones it takes (its own, taken by no other command, it declares itself).
class CommonOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)
public:
    [[nodiscard]] static QCommandLineOption passwordStdin();
    [[nodiscard]] static QCommandLineOption devCaptcha();
    [[nodiscard]] static QCommandLineOption captchaFile();
    [[nodiscard]] static QCommandLineOption page();
    [[nodiscard]] static QCommandLineOption size();
    [[nodiscard]] static QCommandLineOption name();
    [[nodiscard]] static QCommandLineOption permissions();
    [[nodiscard]] static QCommandLineOption remark();
    [[nodiscard]] static QCommandLineOption smsCode();
    [[nodiscard]] static QCommandLineOption yes();
    [[nodiscard]] static QCommandLineOption all();

    // --page and --size, checked; ExitOk or a usage error's code.
    [[nodiscard]] static int readPaging(CliContext &ctx, const QCommandLineParser &parser, int *page, int *size);
    // --page and --size, or --all (which takes neither); ExitOk or a usage error's code.
    [[nodiscard]] static int readPagingOrAll(CliContext &ctx, const QCommandLineParser &parser, int *page, int *size,
                                             bool *all);
    // --sms-code, trimmed, which `command` needs: ExitOk or a usage error's code.
    [[nodiscard]] static int readSmsCode(CliContext &ctx, const QCommandLineParser &parser, const QString &command,
                                         QString *code);
    // --permissions as a list of codes (nullopt when not given).
    [[nodiscard]] static std::optional<QStringList> readPermissions(const QCommandLineParser &parser);
    // The value of a string option when given (nullopt when not).
    [[nodiscard]] static std::optional<QString> optionalValue(const QCommandLineParser &parser, const QString &name);
};

} // namespace zc::cli
