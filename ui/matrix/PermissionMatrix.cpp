#include "PermissionMatrix.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace zc::ui {

namespace {

// The columns (leaves) under `nodes`, with the menus above them.
void collect(const QList<Permission> &nodes, bool english, QStringList &menus, QStringList &menuCodes,
             QList<PermissionMatrix::Column> &columns, QList<PermissionMatrix::Menu> &menuList)
{
    for (const Permission &node : nodes) {
        const QString title = english ? node.titleEn : node.titleZh;
        if (node.isLeaf()) {
            columns.append({node.code, title, menus, menuCodes});
            continue;
        }
        menuList.append({node.code, title, static_cast<int>(menus.size())});
        menus.append(title);
        menuCodes.append(node.code);
        collect(node.children, english, menus, menuCodes, columns, menuList);
        menus.removeLast();
        menuCodes.removeLast();
    }
}

int popCount(uint64_t x)
{
    int n = 0;
    for (; x; x &= x - 1)
        ++n;
    return n;
}

// Row indexes in the order of `keys` (the collated names), ties by `tie`.
template <typename Tie>
std::vector<int> collatedOrder(const std::vector<QCollatorSortKey> &keys, Tie tie)
{
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = keys[static_cast<size_t>(a)].compare(keys[static_cast<size_t>(b)]);
        return c != 0 ? c < 0 : tie(a, b);
    });
    return order;
}

} // namespace

PermissionMatrix PermissionMatrix::build(const Source &source)
{
    PermissionMatrix m;
    m.m_view = source.view;
    QStringList menus;
    QStringList menuCodes;
    collect(source.catalog.tree(), source.english, menus, menuCodes, m.m_columns, m.m_menus);
    const size_t words = std::max<size_t>(1, (static_cast<size_t>(m.m_columns.size()) + 63) / 64);
    m.m_words = words;

    // Each code's leaves as a mask: a leaf its own bit, a menu all of its leaves'.
    QHash<QString, Bits> masks;
    Bits all(words, 0);
    for (int c = 0; c < m.m_columns.size(); ++c) {
        const uint64_t bit = uint64_t(1) << (c & 63);
        const size_t word = static_cast<size_t>(c >> 6);
        all[word] |= bit;
        const Column &column = m.m_columns.at(c);
        for (const QString &code : column.menuCodes + QStringList{column.code}) {
            Bits &mask = masks[code];
            mask.resize(words, 0);
            mask[word] |= bit;
        }
    }

    const QLocale locale = source.english ? QLocale(QLocale::English) : QLocale(QLocale::Chinese, QLocale::China);
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);

    // The roles in name order, each with its leaves (codes outside the catalog grant nothing).
    const QList<Role> &roles = source.roles;
    std::vector<QCollatorSortKey> roleKeys;
    roleKeys.reserve(static_cast<size_t>(roles.size()));
    for (const Role &r : roles)
        roleKeys.push_back(collator.sortKey(r.name));
    const std::vector<int> roleOrder =
        collatedOrder(roleKeys, [&roles](int a, int b) { return roles.at(a).id < roles.at(b).id; });
    m.m_roleBits.assign(roleOrder.size() * words, 0);
    m.m_roleNames.reserve(static_cast<qsizetype>(roleOrder.size()));
    for (const int i : roleOrder) {
        const Role &role = roles.at(i);
        const int index = static_cast<int>(m.m_roleNames.size());
        uint64_t *bits = m.m_roleBits.data() + static_cast<size_t>(index) * words;
        for (const QString &code : role.permissions) {
            const auto it = masks.constFind(code);
            if (it == masks.constEnd())
                continue;
            for (size_t w = 0; w < words; ++w)
                bits[w] |= (*it)[w];
        }
        m.m_roleIndex.insert(role.id, index);
        m.m_roleNames.append(role.name);
    }

    if (source.view == View::Roles) {
        m.m_rows.reserve(roleOrder.size());
        m.m_bits = m.m_roleBits;
        for (const int i : roleOrder) {
            const Role &role = roles.at(i);
            Row row;
            row.id = role.id;
            row.name = role.name;
            row.search = role.name.toCaseFolded();
            m.m_rows.push_back(std::move(row));
        }
        return m;
    }

    // Every account: the main account first, then by name and login.
    const QList<Account> &accounts = source.accounts;
    std::vector<QCollatorSortKey> accountKeys;
    accountKeys.reserve(static_cast<size_t>(accounts.size()));
    for (const Account &a : accounts)
        accountKeys.push_back(collator.sortKey(a.name));
    std::vector<int> order = collatedOrder(accountKeys, [&accounts](int a, int b) {
        const Account &x = accounts.at(a);
        const Account &y = accounts.at(b);
        return x.login != y.login ? x.login < y.login : x.id < y.id;
    });
    std::stable_partition(order.begin(), order.end(),
                          [&accounts](int i) { return accounts.at(i).kind == Account::Kind::Unit; });
    m.m_rows.reserve(order.size());
    m.m_bits.assign(order.size() * words, 0);
    for (size_t r = 0; r < order.size(); ++r) {
        const Account &a = accounts.at(order[r]);
        Row row;
        row.id = a.id;
        row.name = a.name;
        row.login = a.login;
        row.mainAccount = a.kind == Account::Kind::Unit;
        row.status = a.status;
        row.search = a.name.toCaseFolded() % QLatin1Char('\n') % a.login.toCaseFolded();
        uint64_t *bits = m.m_bits.data() + r * words;
        if (row.mainAccount) {
            std::copy(all.begin(), all.end(), bits);
        } else {
            std::vector<int> held;
            held.reserve(static_cast<size_t>(a.roleIds.size()));
            for (const qint64 id : a.roleIds) {
                const int index = m.m_roleIndex.value(id, -1);
                if (index >= 0)
                    held.push_back(index);
            }
            std::sort(held.begin(), held.end());
            held.erase(std::unique(held.begin(), held.end()), held.end());
            for (const int index : held) {
                row.roleIds.append(roles.at(roleOrder[static_cast<size_t>(index)]).id);
                const uint64_t *roleBits = m.m_roleBits.data() + static_cast<size_t>(index) * words;
                for (size_t w = 0; w < words; ++w)
                    bits[w] |= roleBits[w];
            }
        }
        m.m_rows.push_back(std::move(row));
    }
    return m;
}

int PermissionMatrix::rightCount(int row) const
{
    int n = 0;
    for (size_t w = 0; w < m_words; ++w)
        n += popCount(m_bits[static_cast<size_t>(row) * m_words + w]);
    return n;
}

QStringList PermissionMatrix::grantingRoles(int row, int column) const
{
    if (!granted(row, column))
        return {};
    const Row &r = m_rows.at(static_cast<size_t>(row));
    if (m_view == View::Roles)
        return {r.name};
    QStringList names;
    for (const qint64 id : r.roleIds) {
        const int index = m_roleIndex.value(id, -1);
        const uint64_t word = m_roleBits[static_cast<size_t>(index) * m_words + static_cast<size_t>(column >> 6)];
        if ((word >> (column & 63)) & 1U)
            names.append(m_roleNames.at(index));
    }
    return names;
}

QStringList PermissionMatrix::roleNames(int row) const
{
    QStringList names;
    for (const qint64 id : m_rows.at(static_cast<size_t>(row)).roleIds)
        names.append(m_roleNames.at(m_roleIndex.value(id)));
    return names;
}

std::vector<int> PermissionMatrix::columnsUnder(const QString &menuCode) const
{
    std::vector<int> columns;
    columns.reserve(static_cast<size_t>(m_columns.size()));
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        if (menuCode.isEmpty() || column.code == menuCode || column.menuCodes.contains(menuCode))
            columns.push_back(c);
    }
    if (columns.empty() && !menuCode.isEmpty())
        return columnsUnder(QString());
    return columns;
}

std::vector<int> PermissionMatrix::filterRows(const QString &foldedNeedle, const std::vector<int> &columns,
                                              bool withRights) const
{
    Bits mask(m_words, 0);
    for (const int c : columns)
        mask[static_cast<size_t>(c >> 6)] |= uint64_t(1) << (c & 63);
    std::vector<int> rows;
    rows.reserve(m_rows.size());
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (!foldedNeedle.isEmpty() && !m_rows[r].search.contains(foldedNeedle))
            continue;
        if (withRights) {
            bool any = false;
            for (size_t w = 0; w < m_words && !any; ++w)
                any = (m_bits[r * m_words + w] & mask[w]) != 0;
            if (!any)
                continue;
        }
        rows.push_back(static_cast<int>(r));
    }
    return rows;
}

} // namespace zc::ui
