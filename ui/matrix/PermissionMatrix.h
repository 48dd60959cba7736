#pragma once

#include "models/Account.h"
#include "models/PermissionCatalog.h"
#include "models/Role.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace zc::ui {

// 权限矩阵's data: who can do what in a unit, as a grid. The rows are the
// unit's roles (what each grants) or its accounts (what each can do through
// its roles; the main account holds every menu of its unit's kind), the
// columns the catalog's leaves in tree order, each with the titles of the
// menus above it. Built from copies of the cache's values, so on any thread.
// A row's rights are a bitset (64 leaves a word): parent codes expand by
// OR-ing their leaves' mask, a handler's row is the OR of its roles' rows,
// and filtering by rights walks words, not strings.
class PermissionMatrix
{
public:
    enum class View { Roles, Handlers };

    struct Column
    {
        QString code;
        QString title;         // in the chosen language
        QStringList menus;     // the titles of the menus above it, top first
        QStringList menuCodes; // their codes, beside them
    };
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString login;           // handlers: as it is (the view masks phone numbers)
        bool mainAccount = false;
        Account::Status status = Account::Status::Active;
        QList<qint64> roleIds;   // handlers: the roles held that are known, in the roles' order
        QString search;          // what the row filter matches: folded name, and login
    };
    // A menu to filter the columns by (a parent of the catalog), in tree order.
    struct Menu
    {
        QString code;
        QString title;
        int depth = 0;   // 0: a top-level menu
    };
    // What a matrix is built from: copies of the cache's values.
    struct Source
    {
        View view = View::Roles;
        QList<Role> roles;
        QList<Account> accounts;
        PermissionCatalog catalog;
        bool english = false;
    };

    PermissionMatrix() = default;
    // Rows sorted by name as the language collates it (the main account first).
    [[nodiscard]] static PermissionMatrix build(const Source &source);

    [[nodiscard]] View view() const { return m_view; }
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int columnCount() const { return static_cast<int>(m_columns.size()); }
    [[nodiscard]] const Row &row(int r) const { return m_rows.at(static_cast<size_t>(r)); }
    [[nodiscard]] const Column &column(int c) const { return m_columns.at(c); }
    [[nodiscard]] const QList<Menu> &menus() const { return m_menus; }

    [[nodiscard]] bool granted(int row, int column) const
    {
        const uint64_t word = m_bits[static_cast<size_t>(row) * m_words + static_cast<size_t>(column >> 6)];
        return (word >> (column & 63)) & 1U;
    }
    // How many of the columns the row holds.
    [[nodiscard]] int rightCount(int row) const;
    // The names of the roles that grant the column's leaf to the row: a
    // handler's roles that hold it; a role row, the role itself when it
    // holds it. Empty for the main account (it holds everything by itself).
    [[nodiscard]] QStringList grantingRoles(int row, int column) const;
    // The names of a handler row's roles.
    [[nodiscard]] QStringList roleNames(int row) const;

    // The columns under `menuCode` (every column for an empty or unknown code), in order.
    [[nodiscard]] std::vector<int> columnsUnder(const QString &menuCode) const;
    // The rows whose search text contains `foldedNeedle` (QString::toCaseFolded;
    // empty matches all) and, when `withRights`, that hold at least one of
    // `columns`; in order.
    [[nodiscard]] std::vector<int> filterRows(const QString &foldedNeedle, const std::vector<int> &columns,
                                              bool withRights) const;

private:
    using Bits = std::vector<uint64_t>;

    View m_view = View::Roles;
    QList<Column> m_columns;
    QList<Menu> m_menus;
    std::vector<Row> m_rows;
    Bits m_bits;        // m_words words per row, row after row
    size_t m_words = 1;
    // Every known role's bits (m_words words each), for where a handler's right comes from.
    QHash<qint64, int> m_roleIndex;
    Bits m_roleBits;
    QStringList m_roleNames;
};

} // namespace zc::ui
