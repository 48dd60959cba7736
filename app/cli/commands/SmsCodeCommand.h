#pragma once

#include "Command.h"

#include "sync/ApiTypes.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zc::cli {

// sms-code PHONE: sends an SMS code for registration, adding a handler or a password
// reset (after a captcha, as for login).
class SmsCodeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SmsCodeCommand)
public:
    SmsCodeCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    std::optional<sync::SmsPurpose> m_purpose;
    bool m_devCaptcha = false;
    QString m_captchaFile;
};

} // namespace zc::cli
