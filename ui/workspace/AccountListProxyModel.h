#pragma once

#include "models/AccountFilterProxyModel.h"

#include <optional>

namespace zc::ui {

// The account lists of the pages over the shared AccountTableModel: the
// 单位经办人 table (text, status, "no role only") and the 分配账号 tabs
// (the accounts that hold, or do not hold, one role, filtered by 登录账号
// and 账号名称 separately). Built on AccountFilterProxyModel, so filtering
// 100k accounts stays one pass per change.
class AccountListProxyModel : public AccountFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountListProxyModel(QObject *parent = nullptr);

    // Only accounts that hold (assigned) or do not hold (!assigned) this role; nullopt: no such filter.
    void setRoleFilter(std::optional<qint64> roleId, bool assigned);
    [[nodiscard]] std::optional<qint64> roleFilter() const { return m_roleId; }
    [[nodiscard]] bool assignedFilter() const { return m_assigned; }
    // Login and name contain these (case-insensitive); empty matches all.
    void setLoginFilter(const QString &text);
    void setNameFilter(const QString &text);
    // Only handlers that hold no role.
    void setNoRoleOnly(bool on);
    [[nodiscard]] bool noRoleOnly() const { return m_noRoleOnly; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<qint64> m_roleId;
    bool m_assigned = true;
    QString m_login;   // case-folded
    QString m_name;    // case-folded
    bool m_noRoleOnly = false;
};

} // namespace zc::ui
