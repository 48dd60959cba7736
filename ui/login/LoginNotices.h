#pragma once

#include "models/ApiError.h"
#include "sync/TlsProblem.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractButton;
class QLabel;
class QWidget;

namespace zc::ui {

class TlsProblemDialog;

// What the login form says to the person: one message above its buttons (an
// error, or a notice), the field it concerns marked and focused, and for a
// refused certificate the details button and TlsProblemDialog, which shows
// by itself the first time a server's certificate is refused.
class LoginNotices : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QLabel *message = nullptr;
        QAbstractButton *tlsDetails = nullptr;
        QWidget *login = nullptr;       // the fields an error can concern
        QWidget *password = nullptr;
        QWidget *captcha = nullptr;
    };

    LoginNotices(const Widgets &widgets, QWidget *form);

    // The message shown; empty when none is.
    [[nodiscard]] QString text() const;
    // The message shown says the server's certificate was refused.
    [[nodiscard]] bool isCertificateError() const { return m_certificateError; }
    [[nodiscard]] TlsProblemDialog *tlsDialog() const;

    // A message; `field` (may be null) is marked and focused.
    void show(const QString &text, bool isError, QWidget *field = nullptr);
    // An error in words (ErrorText), next to the field it concerns. A refused
    // certificate of `serverName` offers its details.
    void showError(const ApiError &error, const QList<sync::TlsProblem> &tlsProblems, const QString &serverName);
    void clear();
    // The field was edited: it is no longer marked.
    void unmark(QWidget *field);
    // Another server was chosen: nothing is known about its certificate yet.
    void serverChanged();
    void showTlsProblems(const QString &serverName);

Q_SIGNALS:
    void manageServersRequested();

private:
    void mark(QWidget *field, bool error);

    Widgets m_w;
    QWidget *m_form;
    QList<sync::TlsProblem> m_tlsProblems;
    QPointer<TlsProblemDialog> m_tlsDialog;
    bool m_tlsShownForServer = false;
    bool m_certificateError = false;
};

} // namespace zc::ui
