#include "AccountListProxyModel.h"

#include "models/AccountTableModel.h"

namespace zc::ui {

AccountListProxyModel::AccountListProxyModel(QObject *parent) : AccountFilterProxyModel(parent)
{
}

void AccountListProxyModel::setRoleFilter(std::optional<qint64> roleId, bool assigned)
{
    if (m_roleId == roleId && m_assigned == assigned)
        return;
    m_roleId = roleId;
    m_assigned = assigned;
    invalidate();
}

void AccountListProxyModel::setLoginFilter(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_login)
        return;
    m_login = folded;
    invalidate();
}

void AccountListProxyModel::setNameFilter(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_name)
        return;
    m_name = folded;
    invalidate();
}

void AccountListProxyModel::setNoRoleOnly(bool on)
{
    if (on == m_noRoleOnly)
        return;
    m_noRoleOnly = on;
    invalidate();
}

bool AccountListProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!AccountFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    if (!m_roleId && m_login.isEmpty() && m_name.isEmpty() && !m_noRoleOnly)
        return true;
    // Over the AccountTableModel the values are read directly (100k rows per keystroke).
    if (const auto *accounts = qobject_cast<const AccountTableModel *>(sourceModel())) {
        const Account &a = accounts->accounts().at(sourceRow);
        if (m_noRoleOnly && !(a.kind == Account::Kind::Handler && a.roleIds.isEmpty()))
            return false;
        if (m_roleId && (a.kind == Account::Kind::Unit || a.roleIds.contains(*m_roleId) != m_assigned))
            return false;
        if (!m_login.isEmpty() && !a.login.toCaseFolded().contains(m_login))
            return false;
        return m_name.isEmpty() || a.name.toCaseFolded().contains(m_name);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_noRoleOnly && !index.data(AccountTableModel::NoRoleRole).toBool())
        return false;
    if (m_roleId) {
        // The main account holds no roles and is never offered for one.
        if (index.data(AccountTableModel::KindRole).toInt() == static_cast<int>(Account::Kind::Unit))
            return false;
        const auto ids = index.data(AccountTableModel::RoleIdsRole).value<QList<qint64>>();
        if (ids.contains(*m_roleId) != m_assigned)
            return false;
    }
    if (!m_login.isEmpty()) {
        const QString login = sourceModel()
                                  ->index(sourceRow, AccountTableModel::LoginColumn, sourceParent)
                                  .data(AccountTableModel::LoginRole)
                                  .toString();
        if (!login.toCaseFolded().contains(m_login))
            return false;
    }
    if (!m_name.isEmpty()) {
        const QString name = sourceModel()->index(sourceRow, AccountTableModel::NameColumn, sourceParent).data().toString();
        if (!name.toCaseFolded().contains(m_name))
            return false;
    }
    return true;
}

} // namespace zc::ui
