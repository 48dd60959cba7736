#pragma once

#include "models/Session.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace zc::ui {

// 角色认证 in the left navigation of the unit's main account ("点击左侧角色认证",
// as the Jiangsu guide says): where the unit stands — its kind and unit code
// once authenticated, else what authenticating does and why it is needed —
// and the button that opens the form (authenticateRequested; the window
// opens RoleAuthenticationDialog). Offline the button waits, saying why.
class RoleAuthenticationPage : public QWidget
{
    Q_OBJECT
public:
    explicit RoleAuthenticationPage(QWidget *parent = nullptr);

    void setSession(const Session &session);
    void setReadOnly(bool readOnly, const QString &reason);
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void authenticateRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session m_session;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QFrame *m_statusFrame = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_button = nullptr;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace zc::ui
