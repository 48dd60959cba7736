#include "SessionStepDialog.h"

#include "ui/ErrorText.h"
#include "ui/UiStyle.h"

#include <QIcon>
#include <QLabel>

namespace zc::ui {

SessionStepDialog::SessionStepDialog(sync::ApiClient *client, const Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_client(client)
{
}

SessionStepDialog::~SessionStepDialog()
{
    // abort() answers at once, and the step that would hear it is already destroyed.
    m_destroying = true;
    if (m_job)
        m_job->abort();
}

void SessionStepDialog::setUpLines(QLabel *icon, const QString &iconPath, QLabel *headline, QLabel *busy,
                                   QLabel *error)
{
    icon->setPixmap(QIcon(iconPath).pixmap(40, 40));
    QFont font = headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    headline->setFont(font);
    UiStyle::textTone(error, UiStyle::Tone::Bad);
    error->hide();
    m_busy = busy;
    m_error = error;
}

QString SessionStepDialog::errorText() const
{
    return m_error && m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SessionStepDialog::send(const QString &busyText, const Request &request,
                             const std::function<void(const ApiError &)> &failed)
{
    if (m_job || !m_client)
        return;
    m_error->hide();
    m_busy->setText(busyText);
    m_job = request([this, failed](const sync::Result<Session> &r) {
        if (m_destroying)
            return;
        m_job.clear();
        m_busy->clear();
        if (r.ok()) {
            const QString token = m_session.token;
            m_session = *r.value;
            if (m_session.token.isEmpty())
                m_session.token = token;
            accept();
            return;
        }
        if (!r.error.is(ErrorCode::Cancelled)) {
            m_error->setText(ErrorText::sentence(r.error));
            m_error->show();
        }
        if (failed)
            failed(r.error);
        updateButtons();
    });
    updateButtons();
}

void SessionStepDialog::reject()
{
    if (m_job) {
        m_job->abort();
        return;
    }
    QDialog::reject();
}

} // namespace zc::ui
