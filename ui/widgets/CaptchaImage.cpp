#include "CaptchaImage.h"

#include "sync/ApiClient.h"

#include <QAbstractButton>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QToolButton>

#include <cmath>

namespace zc::ui {

namespace {
// Renew this long before the server forgets the captcha.
constexpr int RenewEarlySeconds = 5;
} // namespace

CaptchaImage::CaptchaImage(sync::ApiClient *client, QAbstractButton *image, QLineEdit *answer, QObject *parent)
    : QObject(parent), m_client(client), m_image(image), m_answer(answer)
{
    // Shown at its natural size: shrunk, look-alike characters are misread.
    m_image->setIconSize(ImageSize);
    m_image->setMinimumSize(ImageSize + QSize(6, 6));
    m_image->setMaximumHeight(ImageSize.height() + 6);
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
    // Drawn by the server for this screen's pixel ratio, so it is sharp at 2×.
    const int scale = qBound(1, int(std::ceil(m_image ? m_image->devicePixelRatioF() : 1.0)), 3);
    m_job = m_client->createCaptcha(this, [this, scale](const sync::Result<sync::Captcha> &r) {
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
        // A server that ignored the scale sent a 1× image: shown at its own size.
        image.setDevicePixelRatio(image.width() >= ImageSize.width() * scale ? scale : 1);
        const QSize box = m_image->iconSize();
        const QSizeF natural = image.deviceIndependentSize();
        QPixmap shown = image;
        if (natural.width() > box.width() || natural.height() > box.height()) {
            shown = image.scaled(box * image.devicePixelRatio(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
            shown.setDevicePixelRatio(image.devicePixelRatio());
        }
        m_image->setText(QString());
        if (auto *tool = qobject_cast<QToolButton *>(m_image))
            tool->setToolButtonStyle(Qt::ToolButtonIconOnly);
        m_image->setIcon(QIcon(shown));
        m_id = r.value->id;
        if (r.value->expiresIn > 2 * RenewEarlySeconds)
            m_expiry.start((r.value->expiresIn - RenewEarlySeconds) * 1000);
        Q_EMIT changed(m_id);
    }, scale);
}

} // namespace zc::ui
