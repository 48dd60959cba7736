#include "CaptchaImage.h"

#include "sync/ApiClient.h"

#include <QAbstractButton>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QToolButton>

namespace zc::ui {

namespace {
// Renew this long before the server forgets the captcha.
constexpr int RenewEarlySeconds = 5;
} // namespace

CaptchaImage::CaptchaImage(sync::ApiClient *client, QAbstractButton *image, QLineEdit *answer, QObject *parent)
    : QObject(parent), m_client(client), m_image(image), m_answer(answer)
{
    m_image->setCursor(Qt::PointingHandCursor);
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &CaptchaImage::expiring);
    connect(m_image, &QAbstractButton::clicked, this, &CaptchaImage::refresh);
    showText(tr("Loading…"));
}

CaptchaImage::~CaptchaImage()
{
    if (m_job)
        m_job->abort();
}

QString CaptchaImage::answer() const
{
    return m_answer ? m_answer->text().trimmed() : QString();
}

void CaptchaImage::showText(const QString &text)
{
    if (!m_image)
        return;
    m_image->setIcon(QIcon());
    if (auto *tool = qobject_cast<QToolButton *>(m_image))
        tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_image->setText(text);
}

void CaptchaImage::stop()
{
    m_expiry.stop();
    if (m_job)
        m_job->abort();
}

void CaptchaImage::refresh()
{
    if (!m_client)
        return;
    if (m_job)
        m_job->abort();
    m_expiry.stop();
    m_id.clear();
    if (m_answer)
        m_answer->clear();
    showText(tr("Loading…"));
    m_job = m_client->createCaptcha(this, [this](const sync::Result<sync::Captcha> &r) {
        m_job.clear();
        if (!r.ok()) {
            if (r.error.is(ErrorCode::Cancelled))
                return;   // replaced by a newer request, or the form is closing
            showText(tr("Click to retry"));
            Q_EMIT failed(r.error, r.tlsProblems);
            return;
        }
        QPixmap image;
        if (!m_image || !image.loadFromData(r.value->png, "PNG")) {
            showText(tr("Click to retry"));
            ApiError bad;
            bad.code = errorCodeName(ErrorCode::BadResponse);
            Q_EMIT failed(bad, {});
            return;
        }
        const QSize box = m_image->iconSize();
        const QPixmap shown = image.width() > box.width() || image.height() > box.height()
            ? image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
        m_image->setText(QString());
        if (auto *tool = qobject_cast<QToolButton *>(m_image))
            tool->setToolButtonStyle(Qt::ToolButtonIconOnly);
        m_image->setIcon(QIcon(shown));
        m_id = r.value->id;
        if (r.value->expiresIn > 2 * RenewEarlySeconds)
            m_expiry.start((r.value->expiresIn - RenewEarlySeconds) * 1000);
        Q_EMIT changed(m_id);
    });
}

} // namespace zc::ui
