#include "LoginNotices.h"

#include "ui/ErrorText.h"
#include "ui/login/TlsProblemDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QStyle>
#include <QVariant>

namespace zc::ui {

namespace {
// UiStyle::loginDialog draws a field with this property set in red.
const char ErrorProperty[] = "zcError";

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}
} // namespace

LoginNotices::LoginNotices(const Widgets &widgets, QWidget *form) : QObject(form), m_w(widgets), m_form(form)
{
    m_w.message->hide();
    m_w.message->setContentsMargins(9, 7, 9, 7);   // inside the coloured box
    m_w.tlsDetails->hide();
}

TlsProblemDialog *LoginNotices::tlsDialog() const
{
    return m_tlsDialog;
}

QString LoginNotices::text() const
{
    return m_w.message->isVisibleTo(m_form) ? m_w.message->text() : QString();
}

void LoginNotices::show(const QString &text, bool isError, QWidget *field)
{
    m_certificateError = false;
    m_w.message->setProperty("kind", isError ? QStringLiteral("error") : QStringLiteral("notice"));
    repolish(m_w.message);
    m_w.message->setText(text);
    m_w.message->setVisible(!text.isEmpty());
    if (field) {
        mark(field, true);
        field->setFocus();
    }
}

void LoginNotices::showError(const ApiError &error, const QList<sync::TlsProblem> &tlsProblems,
                             const QString &serverName)
{
    const QString field = ErrorText::field(error);
    QWidget *widget = nullptr;
    if (field == QLatin1String("login") || field == QLatin1String("phone"))
        widget = m_w.login;
    else if (field == QLatin1String("password"))
        widget = m_w.password;
    else if (field == QLatin1String("captcha_answer") || field == QLatin1String("captcha_id"))
        widget = m_w.captcha;
    show(ErrorText::sentence(error), true, widget);
    m_certificateError = error.is(ErrorCode::TlsError);

    if (m_certificateError) {
        m_tlsProblems = tlsProblems;
        m_w.tlsDetails->setVisible(true);
        if (!m_tlsShownForServer) {
            m_tlsShownForServer = true;
            showTlsProblems(serverName);
        }
    }
}

void LoginNotices::clear()
{
    m_certificateError = false;
    m_w.message->clear();
    m_w.message->hide();
    for (QWidget *w : {m_w.login, m_w.password, m_w.captcha})
        mark(w, false);
}

void LoginNotices::unmark(QWidget *field)
{
    mark(field, false);
}

void LoginNotices::serverChanged()
{
    m_tlsProblems.clear();
    m_tlsShownForServer = false;
    m_w.tlsDetails->hide();
    clear();
}

void LoginNotices::mark(QWidget *field, bool error)
{
    if (field->property(ErrorProperty).toBool() == error)
        return;
    field->setProperty(ErrorProperty, error);
    repolish(field);
}

void LoginNotices::showTlsProblems(const QString &serverName)
{
    if (m_tlsDialog) {
        m_tlsDialog->raise();
        m_tlsDialog->activateWindow();
        return;
    }
    m_tlsDialog = new TlsProblemDialog(m_tlsProblems, serverName, m_form);
    m_tlsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_tlsDialog, &TlsProblemDialog::manageServersRequested, this, &LoginNotices::manageServersRequested);
    m_tlsDialog->open();
}

} // namespace zc::ui
