#include "CaptchaPrompt.h"

#include "CaptchaArt.h"
#include "CliContext.h"

#include <QFile>
#include <QImage>
#include <QJsonObject>

namespace zc::cli {

int CaptchaPrompt::solve(CliContext &ctx, bool fromDevServer, const QString &saveTo, QString *id, QString *answer)
{
    const auto captcha = ctx.await<sync::Captcha>([&ctx](QObject *c, sync::ApiClient::Done<sync::Captcha> done) {
        return ctx.client().createCaptcha(c, std::move(done));
    });
    if (!captcha.ok())
        return ctx.reportError(captcha.error, captcha.tlsProblems);
    if (!saveTo.isEmpty()) {
        QFile f(saveTo);
        if (!f.open(QIODevice::WriteOnly) || f.write(captcha.value->png) != captcha.value->png.size())
            ctx.printer().errLine(tr("Could not save the captcha to %1.").arg(saveTo));
    }

    if (fromDevServer) {
        ApiError e;
        const QJsonDocument doc = ctx.awaitRaw(
            ctx.client().send("GET", QStringLiteral("/dev/captchas/") + captcha.value->id), &e);
        if (e.isValid()) {
            if (e.status == 404)
                e.message = tr("This server offers no development captcha answers (it is not in --dev mode); "
                               "log in without --dev-captcha. (%1)")
                                .arg(e.message);
            return ctx.reportError(e);
        }
        *answer = doc.object().value(QLatin1String("answer")).toString();
        if (answer->isEmpty()) {
            ApiError bad;
            bad.code = errorCodeName(ErrorCode::BadResponse);
            bad.message = tr("The development captcha answer is missing.");
            bad.status = 200;
            return ctx.reportError(bad);
        }
    } else {
        const QImage image = QImage::fromData(captcha.value->png, "PNG");
        if (image.isNull()) {
            ApiError bad;
            bad.code = errorCodeName(ErrorCode::BadResponse);
            bad.message = tr("The captcha image is not a PNG.");
            bad.status = 201;
            return ctx.reportError(bad);
        }
        ctx.printer().err() << tr("Captcha (valid %n second(s)):", nullptr, captcha.value->expiresIn) << Qt::endl
                            << CaptchaArt::render(image) << Qt::endl;
        ctx.printer().prompt(tr("Characters shown above: "));
        bool eof = false;
        *answer = ctx.input().readLine(&eof).trimmed();
        if (eof || answer->isEmpty())
            return ctx.usageError(tr("no captcha answer given."));
    }

    *id = captcha.value->id;
    return ExitOk;
}

} // namespace zc::cli
