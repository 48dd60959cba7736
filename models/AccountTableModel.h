#pragma once

#include "Account.h"
#include "CachedTableModel.h"

#include <QHash>
#include <QList>

#include <optional>

namespace zc {

// The unit's accounts (账号管理 / 单位经办人, and the 分配账号 lists), over
// Account values handed to it. Built for 100k rows: the values are held as
// they are, plus one folded search text per row that AccountFilterProxyModel
// matches per keystroke without going through data(); sort() reorders the
// rows itself.
// Phones show masked (188****3711) unless setRevealPhones(true), and so do
// logins that are phone numbers (a handler's login is usually its phone). A handler
// without any role is flagged: NoRoleRole, a warning colour and a tooltip
// on the roles cell. The row bookkeeping is CachedTableModel's.
class AccountTableModel : public CachedTableModel<Account, QString>
{
    Q_OBJECT
public:
    // NumberColumn is the portal's 序号 (PageProxyModel numbers it across pages).
    enum Column { NumberColumn, LoginColumn, NameColumn, PhoneColumn, StatusColumn, RolesColumn, CreatedAtColumn,
                  LastLoginColumn, InstitutionColumn, ColumnCount };
    enum ItemRole {
        IdRole = Qt::UserRole + 1,   // qint64
        SortRole,                    // raw value of the cell for sorting (QString, int, msecs)
        PhoneRole,                   // the unmasked phone
        NoRoleRole,                  // bool: a handler that holds no role
        StatusRole,                  // int(Account::Status)
        KindRole,                    // int(Account::Kind)
        RoleIdsRole,                 // QList<qint64>
        LoginRole,                   // the login as it is, even where it shows masked
    };

    explicit AccountTableModel(QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts) { setItems(accounts); }   // reset
    // The accounts made ready for setPrepared() on any thread (the search
    // texts of 100k rows cost tens of ms): the reset itself then copies nothing.
    [[nodiscard]] static Rows prepare(QList<Account> accounts);
    // Two prepared parts, the second's ids all above the first's.
    [[nodiscard]] static Rows join(Rows &&first, Rows &&second) { return joinRows(std::move(first), std::move(second)); }
    void setPrepared(Rows &&rows) { adoptRows(std::move(rows)); }
    void upsertAccount(const Account &account) { upsertItems({account}); }
    void upsertAccounts(const QList<Account> &accounts) { upsertItems(accounts); }   // one insertion for all new ones
    bool removeAccount(qint64 id) { return removeItem(id); }                         // false when absent
    void removeAccounts(const QList<qint64> &ids) { removeItems(ids); }

    // Role names by id, for the roles column (a missing name shows its id).
    void setRoleNames(const QHash<qint64, QString> &names);
    // Institution names by id, for the institution column (the 医疗机构 a
    // handler chose; empty where none was chosen, an unknown id shows it).
    void setInstitutionNames(const QHash<qint64, QString> &names);
    void setRevealPhones(bool reveal);
    [[nodiscard]] bool revealPhones() const { return m_revealPhones; }

    [[nodiscard]] std::optional<Account> accountAt(int row) const { return itemAt(row); }
    [[nodiscard]] const QList<Account> &accounts() const { return items(); }
    // Whether the row's login, name or phone contains `foldedNeedle`, which
    // must be case-folded already (QString::toCaseFolded()). Empty matches all.
    [[nodiscard]] bool rowMatches(int row, const QString &foldedNeedle) const;
    [[nodiscard]] static QString maskPhone(const QString &phone);
    // Whether the account's login is a phone number (its own phone, or any
    // mainland mobile number), so shown masked like the phone column.
    [[nodiscard]] static bool loginIsPhone(const Account &a);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // Reorders the rows themselves (ties by id); fast enough for 100k rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    // Per row: folded login \n folded name \n phone.
    [[nodiscard]] QString extraFor(const Account &a, int row) const override;

private:
    [[nodiscard]] static bool hasNoRole(const Account &a);
    // Folded login \n folded name \n phone: what rowMatches() searches.
    [[nodiscard]] static QString searchText(const Account &a);
    [[nodiscard]] QString rolesText(const Account &a) const;
    [[nodiscard]] QString institutionText(const Account &a) const;

    QHash<qint64, QString> m_roleNames;
    QHash<qint64, QString> m_institutionNames;
    bool m_revealPhones = false;
};

} // namespace zc
