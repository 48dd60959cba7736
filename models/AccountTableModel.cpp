#include "AccountTableModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>


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

AccountTableModel::AccountTableModel(QObject *parent) : CachedTableModel(ColumnCount, parent) {}

QString AccountTableModel::searchText(const Account &a)
{
    return a.login.toCaseFolded() + u'\n' + a.name.toCaseFolded() + u'\n' + a.phone;
}

QString AccountTableModel::extraFor(const Account &a, int) const
{
    return searchText(a);
}

AccountTableModel::Rows AccountTableModel::prepare(QList<Account> accounts)
{
    return prepareRows(std::move(accounts), [](const Account &a, int) { return searchText(a); });
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

bool AccountTableModel::loginIsPhone(const Account &a)
{
    if (!a.phone.isEmpty() && a.login == a.phone)
        return true;
    if (a.login.size() != 11 || !a.login.startsWith(u'1'))
        return false;
    return std::all_of(a.login.cbegin(), a.login.cend(), [](QChar c) { return c.isDigit(); });
}

void AccountTableModel::setRoleNames(const QHash<qint64, QString> &names)
{
    m_roleNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, RolesColumn), index(rowCount() - 1, RolesColumn),
                         { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
}

void AccountTableModel::setInstitutionNames(const QHash<qint64, QString> &names)
{
    m_institutionNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, InstitutionColumn), index(rowCount() - 1, InstitutionColumn),
                         { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
}

QString AccountTableModel::institutionText(const Account &a) const
{
    if (a.institutionId == 0)
        return {};
    return m_institutionNames.value(a.institutionId, tr("Institution %1").arg(a.institutionId));
}

void AccountTableModel::setRevealPhones(bool reveal)
{
    if (m_revealPhones == reveal)
        return;
    m_revealPhones = reveal;
    if (rowCount() > 0)
        emit dataChanged(index(0, LoginColumn), index(rowCount() - 1, PhoneColumn), { Qt::DisplayRole });
}

bool AccountTableModel::rowMatches(int row, const QString &foldedNeedle) const
{
    if (foldedNeedle.isEmpty())
        return true;
    // The fields are joined by '\n' in one text: a needle with one must not match across them.
    return !foldedNeedle.contains(u'\n') && extraAt(row).contains(foldedNeedle);
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

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = items().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return a.id;   // stable; PageProxyModel shows the running 序号
        case LoginColumn: return !m_revealPhones && loginIsPhone(a) ? maskPhone(a.login) : a.login;
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
        case InstitutionColumn: return institutionText(a);
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
    case LoginRole: return a.login;
    case NoRoleRole: return hasNoRole(a);
    case StatusRole: return static_cast<int>(a.status);
    case KindRole: return static_cast<int>(a.kind);
    case RoleIdsRole: return QVariant::fromValue(a.roleIds);
    case SortRole:
        switch (index.column()) {
        case NumberColumn: return a.id;
        case LoginColumn: return a.login;
        case NameColumn: return a.name;
        case PhoneColumn: return a.phone;
        case StatusColumn: return static_cast<int>(a.status);
        case RolesColumn: return rolesText(a);
        case CreatedAtColumn: return msecs(a.createdAt);
        case LastLoginColumn: return msecs(a.lastLoginAt);
        case InstitutionColumn: return institutionText(a);
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
    case NumberColumn: return tr("No.");
    case LoginColumn: return tr("Login");
    case NameColumn: return tr("Account name");
    case PhoneColumn: return tr("Phone");
    case StatusColumn: return tr("Status");
    case RolesColumn: return tr("Roles");
    case CreatedAtColumn: return tr("Created at");
    case LastLoginColumn: return tr("Last login");
    case InstitutionColumn: return tr("Medical institution");
    default: return {};
    }
}

QHash<int, QByteArray> AccountTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "accountId");
    names.insert(SortRole, "sortValue");
    names.insert(PhoneRole, "phone");
    names.insert(LoginRole, "login");
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
    const QList<Account> &accounts = items();
    // The roles and institution columns sort by their text; computed once per row, not per comparison.
    QList<QString> cellTexts;
    if (column == RolesColumn || column == InstitutionColumn) {
        cellTexts.reserve(accounts.size());
        for (const Account &a : accounts)
            cellTexts.append(column == RolesColumn ? rolesText(a) : institutionText(a));
    }
    sortItems(order, [&](int x, int y) -> int {
        const Account &a = accounts.at(x);
        const Account &b = accounts.at(y);
        switch (column) {
        case NumberColumn: return compareValues(a.id, b.id);
        case LoginColumn: return a.login.compare(b.login, Qt::CaseInsensitive);
        case NameColumn: return a.name.compare(b.name, Qt::CaseInsensitive);
        case PhoneColumn: return a.phone.compare(b.phone);
        case StatusColumn: return compareValues(static_cast<int>(a.status), static_cast<int>(b.status));
        case RolesColumn:
        case InstitutionColumn: return cellTexts.at(x).compare(cellTexts.at(y));
        case CreatedAtColumn: return compareValues(msecs(a.createdAt), msecs(b.createdAt));
        case LastLoginColumn: return compareValues(msecs(a.lastLoginAt), msecs(b.lastLoginAt));
        default: return 0;
        }
    });
}

} // namespace zc
