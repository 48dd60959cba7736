#pragma once

#include "Account.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace zc {

// The unit's accounts (账号管理 / 单位经办人, and the 分配账号 lists), over
// Account values handed to it. Built for 100k rows: the values are held as
// they are, plus one folded search text per row that AccountFilterProxyModel
// matches per keystroke without going through data(); sort() reorders the
// rows itself.
// Phones show masked (188****3711) unless setRevealPhones(true). A handler
// without any role is flagged: NoRoleRole, a warning colour and a tooltip
// on the roles cell.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LoginColumn, NameColumn, PhoneColumn, StatusColumn, RolesColumn, CreatedAtColumn,
                  LastLoginColumn, ColumnCount };
    enum ItemRole {
        IdRole = Qt::UserRole + 1,   // qint64
        SortRole,                    // raw value of the cell for sorting (QString, int, msecs)
        PhoneRole,                   // the unmasked phone
        NoRoleRole,                  // bool: a handler that holds no role
        StatusRole,                  // int(Account::Status)
        KindRole,                    // int(Account::Kind)
        RoleIdsRole,                 // QList<qint64>
    };

    explicit AccountTableModel(QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);   // reset
    void upsertAccount(const Account &account);
    void upsertAccounts(const QList<Account> &accounts); // one insertion for all new ones
    bool removeAccount(qint64 id);                       // false when absent
    void removeAccounts(const QList<qint64> &ids);

    // Role names by id, for the roles column (a missing name shows its id).
    void setRoleNames(const QHash<qint64, QString> &names);
    void setRevealPhones(bool reveal);
    [[nodiscard]] bool revealPhones() const { return m_revealPhones; }

    [[nodiscard]] std::optional<Account> accountAt(int row) const;
    [[nodiscard]] int rowOf(qint64 id) const;            // -1 when absent
    [[nodiscard]] const QList<Account> &accounts() const { return m_accounts; }
    // Whether the row's login, name or phone contains `foldedNeedle`, which
    // must be case-folded already (QString::toCaseFolded()). Empty matches all.
    [[nodiscard]] bool rowMatches(int row, const QString &foldedNeedle) const;
    [[nodiscard]] static QString maskPhone(const QString &phone);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // Reorders the rows themselves (ties by id); fast enough for 100k rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    [[nodiscard]] static QString searchText(const Account &a);
    [[nodiscard]] static bool hasNoRole(const Account &a);
    [[nodiscard]] QString rolesText(const Account &a) const;
    void markIndexDirty(int fromRow) const;

    QList<Account> m_accounts;
    QList<QString> m_search;                 // per row: folded login \n folded name \n phone
    mutable QHash<qint64, int> m_rowById;
    mutable int m_indexDirtyFrom = -1;       // rows from here on are not in m_rowById yet
    QHash<qint64, QString> m_roleNames;
    bool m_revealPhones = false;
};

} // namespace zc
