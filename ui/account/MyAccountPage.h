#pragma once

#include "models/Session.h"

#include <QWidget>

class QFrame;
class QLabel;
class QTreeWidget;

namespace zc::ui {

class WorkspaceModels;

// 我的账号, the first page of every account: who is signed in (login, name,
// phone masked, main account or handler), the unit (name, kind or 未完成角色认证,
// USCC, unit code), the roles held and the menus they give, as the catalog's
// tree with only what is held (read-only). A handler without a role is told
// in the portal's words (对应角色为空) what that means and who can change it:
// the unit's main account. It follows the session (a role change shows at the
// next GET /me) and the cache (role names), so it works offline too.
class MyAccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyAccountPage(WorkspaceModels *models, QWidget *parent = nullptr);

    void setSession(const Session &session);
    // What the page says, for tests: the role line and the no-role notice (empty when it has roles).
    [[nodiscard]] QString rolesText() const;
    [[nodiscard]] QString noticeText() const;
    // The menu codes shown in the tree (parents included), in tree order.
    [[nodiscard]] QStringList shownCodes() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    WorkspaceModels *m_models;
    Session m_session;
    QLabel *m_title = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_roles = nullptr;
    QFrame *m_noticeFrame = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_menusCaption = nullptr;
    QTreeWidget *m_menus = nullptr;
};

} // namespace zc::ui
