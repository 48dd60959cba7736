#pragma once

#include "models/AuditEvent.h"
#include "models/PermissionCatalog.h"
#include "models/Role.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace zc::ui {

// 角色对比: two roles of the unit side by side over the menu tree — a column
// each, a mark where the role holds the menu, the rows where they differ
// highlighted — with a count of what they share and what only one has, and
// 仅显示差异 to hide the rest. Works on the cached roles, so offline too.
// forChange() compares one role before and after a change instead, from an
// audit event's details (the events this client has, so offline too).
class RoleCompareDialog : public QDialog
{
    Q_OBJECT
public:
    RoleCompareDialog(const QList<Role> &roles, const PermissionCatalog &catalog, bool englishTitles,
                      QWidget *parent = nullptr);

    // 角色变更对比 of a role.create / role.update / role.delete event with
    // details; nullptr when the event has none (older events, other actions).
    [[nodiscard]] static RoleCompareDialog *forChange(const AuditEvent &event, const PermissionCatalog &catalog,
                                                      bool englishTitles, QWidget *parent = nullptr);
    [[nodiscard]] static bool hasChange(const AuditEvent &event);

    // Chooses the roles compared (ids of the list given); 0 leaves a side as it is.
    void setRoles(qint64 leftId, qint64 rightId);
    void setDifferencesOnly(bool only);

    // What the comparison found, in leaves.
    [[nodiscard]] QStringList shared() const { return m_shared; }
    [[nodiscard]] QStringList onlyLeft() const { return m_onlyLeft; }
    [[nodiscard]] QStringList onlyRight() const { return m_onlyRight; }
    [[nodiscard]] QString summaryText() const;
    // The leaf codes whose rows are shown (for tests).
    [[nodiscard]] QStringList shownLeaves() const;

private:
    void compare();
    void showChangeHeading(const QString &text);
    void fill(QTreeWidgetItem *parent, const Permission &node);
    [[nodiscard]] const Role *roleAt(const QComboBox *combo) const;

    QList<Role> m_roles;
    PermissionCatalog m_catalog;
    bool m_english = false;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    QCheckBox *m_differencesOnly = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_leftCaption = nullptr;
    QLabel *m_rightCaption = nullptr;
    bool m_change = false;   // before / after of one role
    QStringList m_shared;
    QStringList m_onlyLeft;
    QStringList m_onlyRight;
};

} // namespace zc::ui
