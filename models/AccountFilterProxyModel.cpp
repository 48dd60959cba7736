#include "AccountFilterProxyModel.h"

#include "AccountTableModel.h"

namespace zc {

AccountFilterProxyModel::AccountFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AccountTableModel::SortRole);
}

void AccountFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_accounts = qobject_cast<AccountTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void AccountFilterProxyModel::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toCaseFolded();
    m_text = text;
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidate();
}

void AccountFilterProxyModel::setStatusFilter(std::optional<Account::Status> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidate();
}

void AccountFilterProxyModel::setKindFilter(std::optional<Account::Kind> kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidate();
}

void AccountFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_accounts) {
        // The source keeps its order; this proxy then only filters.
        QSortFilterProxyModel::sort(-1, order);
        m_accounts->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool AccountFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_accounts) {
        if (!m_accounts->rowMatches(sourceRow, m_needle))
            return false;
        if (!m_status && !m_kind)
            return true;
        const Account &a = m_accounts->accounts().at(sourceRow);
        return (!m_status || a.status == *m_status) && (!m_kind || a.kind == *m_kind);
    }

    const QAbstractItemModel *source = sourceModel();
    const auto value = [&](int column, int role) {
        return source->data(source->index(sourceRow, column, sourceParent), role);
    };
    if (m_status && value(0, AccountTableModel::StatusRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (m_kind && value(0, AccountTableModel::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    if (m_needle.isEmpty())
        return true;
    return value(AccountTableModel::LoginColumn, AccountTableModel::LoginRole).toString().toCaseFolded().contains(m_needle)
           || value(AccountTableModel::NameColumn, Qt::DisplayRole).toString().toCaseFolded().contains(m_needle)
           || value(AccountTableModel::PhoneColumn, AccountTableModel::PhoneRole).toString().contains(m_needle);
}

} // namespace zc
