#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace zc {
struct Session;
}

namespace zc::ui {

// The main window's left navigation, shaped like the portal's 用户基础设置
// (基础设置 › 账号角色管理, 账号管理 › 单位经办人, 审计日志, 设置): it offers only
// the pages the session's permissions allow and shows the chosen one in the
// page stack. Pages are known by a key ("account" — 我的账号, first for
// everyone —, "roles", "interfaces", "review" — 权限审查 —, "authentication" —
// 角色认证, the main account's —, "handlers", "matrix", "audit", "settings").
class PageNavigation : public QObject
{
    Q_OBJECT
public:
    PageNavigation(QTreeWidget *tree, QStackedWidget *stack, QObject *parent);

    // Puts `page` on the stack under `key`.
    void addPage(const QString &key, QWidget *page);
    // Offers what `session` may open; the page shown stays when it is still offered.
    void rebuild(const Session &session);
    [[nodiscard]] QStringList keys() const;
    [[nodiscard]] QString currentKey() const;
    // False when the page is not offered.
    bool show(const QString &key);

private:
    void itemChanged(QTreeWidgetItem *current);

    QTreeWidget *m_tree;
    QStackedWidget *m_stack;
    QHash<QString, QWidget *> m_pages;
};

} // namespace zc::ui
