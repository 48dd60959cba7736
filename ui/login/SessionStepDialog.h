#pragma once

#include "models/Session.h"
#include "sync/ApiClient.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;

namespace zc::ui {

// A step of signing in that the person settles with one request whose answer
// is the new Session (选择登录单位, 选择医疗机构): the request in flight, the
// busy and error lines, the token kept across the answer, and Cancel aborting
// the request before it closes the dialog. The step's own dialog draws the
// choice and says what to send.
class SessionStepDialog : public QDialog
{
    Q_OBJECT
public:
    ~SessionStepDialog() override;

    [[nodiscard]] const Session &session() const { return m_session; }
    // The error line's text while it is shown, else empty.
    [[nodiscard]] QString errorText() const;

    void reject() override;

protected:
    SessionStepDialog(sync::ApiClient *client, const Session &session, QWidget *parent);

    // The step's headline, icon and status lines (from its .ui): sets their look.
    void setUpLines(QLabel *icon, const QString &iconPath, QLabel *headline, QLabel *busy, QLabel *error);

    using Request = std::function<sync::ApiJob *(sync::ApiClient::Done<Session>)>;
    // Sends the request, saying busyText meanwhile. Its Session accepts the
    // dialog (keeping this session's token when the answer carries none); a
    // failure is shown (unless cancelled) and handed to failed.
    void send(const QString &busyText, const Request &request,
              const std::function<void(const ApiError &)> &failed = {});

    [[nodiscard]] bool busy() const { return !m_job.isNull(); }
    [[nodiscard]] sync::ApiClient *client() const { return m_client; }
    // Enables what the step offers; called whenever a request starts or ends.
    virtual void updateButtons() = 0;

    Session m_session;

private:
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::ApiJob> m_job;
    QLabel *m_busy = nullptr;
    QLabel *m_error = nullptr;
    bool m_destroying = false;
};

} // namespace zc::ui
