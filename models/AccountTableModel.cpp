#include "AccountTableModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <numeric>
#include <vector>

namespace zc {

namespace {

QString formatTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

qint64 msecs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

// A dark red readable on light and dark table backgrounds alike.
const QColor NoRoleColor(0xc0, 0x39, 0x2b);

} // namespace

AccountTableModel::AccountTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString AccountTableModel::searchText(const Account &a)
{
    return a.login.toCaseFolded() + u'\n' + a.name.toCaseFolded() + u'\n' + a.phone;
}

bool AccountTableModel::hasNoRole(const Account &a)
{
    // The main account holds every permission and cannot be given roles.
    return a.kind == Account::Kind::Handler && a.roleIds.isEmpty();
}

QString AccountTableModel::maskPhone(const QString &phone)
{
    if (phone.size() == 11)
        return phone.left(3) + QStringLiteral("****") + phone.right(4);
    if (phone.size() > 4)
        return QString(phone.size() - 4, u'*') + phone.right(4);
    return QString(phone.size(), u'*');
}

void AccountTableModel::markIndexDirty(int fromRow) const
{
    if (m_indexDirtyFrom < 0 || fromRow < m_indexDirtyFrom)
        m_indexDirtyFrom = fromRow;
}

int AccountTableModel::rowOf(qint64 id) const
{
    if (m_indexDirtyFrom >= 0) {
        // Rows moved since the index was right: rebuild the stale part once.
        for (auto it = m_rowById.begin(); it != m_rowById.end();) {
            if (it.value() >= m_indexDirtyFrom)
                it = m_rowById.erase(it);
            else
                ++it;
        }
        for (int row = m_indexDirtyFrom; row < m_accounts.size(); ++row)
            m_rowById.insert(m_accounts.at(row).id, row);
        m_indexDirtyFrom = -1;
    }
    return m_rowById.value(id, -1);
}

void AccountTableModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts.clear();
    m_search.clear();
    m_rowById.clear();
    m_indexDirtyFrom = -1;
    m_accounts.reserve(accounts.size());
    m_search.reserve(accounts.size());
    m_rowById.reserve(accounts.size());
    for (const Account &a : accounts) {
        const auto it = m_rowById.constFind(a.id);
        if (it != m_rowById.constEnd()) {   // a duplicate id keeps its last value
            m_accounts[*it] = a;
            m_search[*it] = searchText(a);
            continue;
        }
        m_rowById.insert(a.id, static_cast<int>(m_accounts.size()));
        m_accounts.append(a);
        m_search.append(searchText(a));
    }
    endResetModel();
}

void AccountTableModel::upsertAccount(const Account &account)
{
    upsertAccounts({ account });
}

void AccountTableModel::upsertAccounts(const QList<Account> &accounts)
{
    QList<Account> added;
    QHash<qint64, int> addedIndex;
    for (const Account &a : accounts) {
        const int row = rowOf(a.id);
        if (row >= 0) {
            m_accounts[row] = a;
            m_search[row] = searchText(a);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const auto it = addedIndex.constFind(a.id);
        if (it != addedIndex.constEnd()) {
            added[*it] = a;
        } else {
            addedIndex.insert(a.id, static_cast<int>(added.size()));
            added.append(a);
        }
    }
    if (added.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
    for (const Account &a : std::as_const(added)) {
        m_rowById.insert(a.id, static_cast<int>(m_accounts.size()));
        m_accounts.append(a);
        m_search.append(searchText(a));
    }
    endInsertRows();
}

bool AccountTableModel::removeAccount(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_accounts.removeAt(row);
    m_search.removeAt(row);
    m_rowById.remove(id);
    markIndexDirty(row);
    endRemoveRows();
    return true;
}

void AccountTableModel::removeAccounts(const QList<qint64> &ids)
{
    std::vector<int> rows;
    rows.reserve(static_cast<size_t>(ids.size()));
    for (const qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom up, one signal per run of adjacent rows; rows above a
    // removed run keep their numbers, so the precomputed ones stay right.
    size_t end = rows.size();
    while (end > 0) {
        size_t start = end - 1;
        while (start > 0 && rows[start - 1] == rows[start] - 1)
            --start;
        const int first = rows[start];
        const int last = rows[end - 1];
        beginRemoveRows(QModelIndex(), first, last);
        for (int row = first; row <= last; ++row)
            m_rowById.remove(m_accounts.at(row).id);
        m_accounts.remove(first, last - first + 1);
        m_search.remove(first, last - first + 1);
        markIndexDirty(first);
        endRemoveRows();
        end = start;
    }
}

void AccountTableModel::setRoleNames(const QHash<qint64, QString> &names)
{
    m_roleNames = names;
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0, RolesColumn), index(rowCount() - 1, RolesColumn),
                         { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
}

void AccountTableModel::setRevealPhones(bool reveal)
{
    if (m_revealPhones == reveal)
        return;
    m_revealPhones = reveal;
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0, PhoneColumn), index(rowCount() - 1, PhoneColumn), { Qt::DisplayRole });
}

std::optional<Account> AccountTableModel::accountAt(int row) const
{
    if (row < 0 || row >= m_accounts.size())
        return std::nullopt;
    return m_accounts.at(row);
}

bool AccountTableModel::rowMatches(int row, const QString &foldedNeedle) const
{
    if (foldedNeedle.isEmpty())
        return true;
    // The fields are joined by '\n' in one text: a needle with one must not match across them.
    return !foldedNeedle.contains(u'\n') && m_search.at(row).contains(foldedNeedle);
}

QString AccountTableModel::rolesText(const Account &a) const
{
    if (a.kind == Account::Kind::Unit)
        return tr("Main account (all permissions)");
    if (a.roleIds.isEmpty())
        return tr("No role");
    QStringList names;
    names.reserve(a.roleIds.size());
    for (const qint64 id : a.roleIds) {
        const auto it = m_roleNames.constFind(id);
        names.append(it != m_roleNames.constEnd() ? *it : tr("Role %1").arg(id));
    }
    //: Separator between the items of a list shown in one cell (Chinese: 、).
    return names.join(tr(", "));
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LoginColumn: return a.login;
        case NameColumn: return a.name;
        case PhoneColumn: return m_revealPhones ? a.phone : maskPhone(a.phone);
        case StatusColumn:
            switch (a.status) {
            case Account::Status::Active: return tr("Active");
            case Account::Status::Disabled: return tr("Disabled");
            case Account::Status::Locked: return tr("Locked");
            }
            break;
        case RolesColumn: return rolesText(a);
        case CreatedAtColumn: return formatTime(a.createdAt);
        case LastLoginColumn: return formatTime(a.lastLoginAt);
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RolesColumn) {
            if (hasNoRole(a))
                return tr("This handler holds no role, so it cannot open any menu until a role is assigned.");
            return rolesText(a);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == RolesColumn && hasNoRole(a))
            return QBrush(NoRoleColor);
        break;
    case IdRole: return a.id;
    case PhoneRole: return a.phone;
    case NoRoleRole: return hasNoRole(a);
    case StatusRole: return static_cast<int>(a.status);
    case KindRole: return static_cast<int>(a.kind);
    case RoleIdsRole: return QVariant::fromValue(a.roleIds);
    case SortRole:
        switch (index.column()) {
        case LoginColumn: return a.login;
        case NameColumn: return a.name;
        case PhoneColumn: return a.phone;
        case StatusColumn: return static_cast<int>(a.status);
        case RolesColumn: return rolesText(a);
        case CreatedAtColumn: return msecs(a.createdAt);
        case LastLoginColumn: return msecs(a.lastLoginAt);
        default: break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn: return tr("Login");
    case NameColumn: return tr("Name");
    case PhoneColumn: return tr("Phone");
    case StatusColumn: return tr("Status");
    case RolesColumn: return tr("Roles");
    case CreatedAtColumn: return tr("Created at");
    case LastLoginColumn: return tr("Last login");
    default: return {};
    }
}

Qt::ItemFlags AccountTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AccountTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "accountId");
    names.insert(SortRole, "sortValue");
    names.insert(PhoneRole, "phone");
    names.insert(NoRoleRole, "noRole");
    names.insert(StatusRole, "status");
    names.insert(KindRole, "kind");
    names.insert(RoleIdsRole, "roleIds");
    return names;
}

void AccountTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    std::vector<int> perm(static_cast<size_t>(m_accounts.size()));
    std::iota(perm.begin(), perm.end(), 0);
    // The roles column sorts by its text; computed once per row, not per comparison.
    QList<QString> roleTexts;
    if (column == RolesColumn) {
        roleTexts.reserve(m_accounts.size());
        for (const Account &a : std::as_const(m_accounts))
            roleTexts.append(rolesText(a));
    }
    const auto three = [](auto u, auto v) { return u < v ? -1 : (v < u ? 1 : 0); };
    const auto cmp = [&](int x, int y) -> int {
        const Account &a = m_accounts.at(x);
        const Account &b = m_accounts.at(y);
        switch (column) {
        case LoginColumn: return a.login.compare(b.login, Qt::CaseInsensitive);
        case NameColumn: return a.name.compare(b.name, Qt::CaseInsensitive);
        case PhoneColumn: return a.phone.compare(b.phone);
        case StatusColumn: return three(static_cast<int>(a.status), static_cast<int>(b.status));
        case RolesColumn: return roleTexts.at(x).compare(roleTexts.at(y));
        case CreatedAtColumn: return three(msecs(a.createdAt), msecs(b.createdAt));
        case LastLoginColumn: return three(msecs(a.lastLoginAt), msecs(b.lastLoginAt));
        default: return 0;
        }
    };
    std::stable_sort(perm.begin(), perm.end(), [&](int x, int y) {
        int c = cmp(x, y);
        if (c == 0)
            c = three(m_accounts.at(x).id, m_accounts.at(y).id);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRowOf(perm.size());
    for (size_t i = 0; i < perm.size(); ++i)
        newRowOf[static_cast<size_t>(perm[i])] = static_cast<int>(i);
    QList<Account> accounts;
    QList<QString> search;
    accounts.reserve(m_accounts.size());
    search.reserve(m_accounts.size());
    for (const int old : perm) {
        accounts.append(m_accounts.at(old));
        search.append(m_search.at(old));
    }
    m_accounts = std::move(accounts);
    m_search = std::move(search);
    m_rowById.clear();
    m_indexDirtyFrom = 0;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after.append(index(newRowOf[static_cast<size_t>(i.row())], i.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace zc
