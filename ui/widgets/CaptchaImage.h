#pragma once

#include "models/ApiError.h"
#include "sync/TlsProblem.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

class QAbstractButton;
class QLineEdit;

namespace zc::sync {
class ApiClient;
class ApiJob;
}

namespace zc::ui {

// The 图形验证码 of a form (login, the SMS-code forms, 新增经办人): loads a
// captcha from the server into a clickable image button (a click loads a new
// one), at its natural size (ImageSize, drawn by the server for the screen's
// device pixel ratio; the button is sized for it), and empties the answer field with each new
// image. Shortly before an image expires it says so (expiring()), so that the
// form renews it unless a request is using it. When an image cannot be had,
// the button reads "Click to retry" and failed() says why; the form words it.
// The widgets stay the form's.
class CaptchaImage : public QObject
{
    Q_OBJECT
public:
    // The image's size in logical pixels (the server's 160×60).
    static constexpr QSize ImageSize{160, 60};

    CaptchaImage(sync::ApiClient *client, QAbstractButton *image, QLineEdit *answer, QObject *parent);
    ~CaptchaImage() override;

    // The captcha on screen; empty while none is.
    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QString answer() const;   // trimmed
    // Loads a new image (the one before is used up by any attempt).
    void refresh();
    // Stops a load under way (the form needs no image for now).
    void stop();

Q_SIGNALS:
    void changed(const QString &captchaId);
    void expiring();
    void failed(const ApiError &error, const QList<sync::TlsProblem> &tlsProblems);

private:
    void showText(const QString &text);

    QPointer<sync::ApiClient> m_client;
    QPointer<QAbstractButton> m_image;
    QPointer<QLineEdit> m_answer;
    QPointer<sync::ApiJob> m_job;
    QTimer m_expiry;
    QString m_id;
};

} // namespace zc::ui
