#include "PermissionMatrixModel.h"

#include "ui/UiStyle.h"

#include "models/AccountTableModel.h"
#include "models/Csv.h"

#include <QFont>

#include <algorithm>

namespace zc::ui {

namespace {
const QString Tick = QString(QChar(0x2713));   // ✓
} // namespace

PermissionMatrixModel::PermissionMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void PermissionMatrixModel::setMatrix(std::shared_ptr<const PermissionMatrix> matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    applyFilter();
    endResetModel();
}

void PermissionMatrixModel::setFilter(const QString &text, const QString &menuCode, bool withRights)
{
    m_text = text.trimmed().toCaseFolded();
    m_withRights = withRights;
    if (!m_matrix || menuCode != m_menuCode) {
        // Other columns: a reset.
        beginResetModel();
        m_menuCode = menuCode;
        applyFilter();
        endResetModel();
        return;
    }
    // The same columns: the rows that go and come, as a proxy model would
    // say it, so that the current cell and the selection stay where they are.
    setRows(m_matrix->filterRows(m_text, m_columns, m_withRights));
}

void PermissionMatrixModel::setRows(const std::vector<int> &rows)
{
    // Both lists are in the matrix's order. First the rows that go, in runs from the bottom.
    const auto kept = [&rows](int r) { return std::binary_search(rows.begin(), rows.end(), r); };
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0;) {
        if (kept(m_rows[static_cast<size_t>(i)])) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !kept(m_rows[static_cast<size_t>(first - 1)]))
            --first;
        beginRemoveRows(QModelIndex(), first, i);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }
    // Then the rows that come, in runs, where they fall among those left.
    size_t at = 0;
    for (size_t k = 0; k < rows.size();) {
        if (at < m_rows.size() && m_rows[at] == rows[k]) {
            ++at;
            ++k;
            continue;
        }
        size_t end = k;
        while (end < rows.size() && (at >= m_rows.size() || rows[end] < m_rows[at]))
            ++end;
        const int first = static_cast<int>(at);
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(end - k) - 1);
        m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(at), rows.begin() + static_cast<std::ptrdiff_t>(k),
                      rows.begin() + static_cast<std::ptrdiff_t>(end));
        endInsertRows();
        at += end - k;
        k = end;
    }
}

void PermissionMatrixModel::setRevealPhones(bool reveal)
{
    if (reveal == m_revealPhones)
        return;
    m_revealPhones = reveal;
    if (!m_rows.empty())
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void PermissionMatrixModel::applyFilter()
{
    m_rows.clear();
    m_columns.clear();
    if (!m_matrix)
        return;
    m_columns = m_matrix->columnsUnder(m_menuCode);
    m_rows = m_matrix->filterRows(m_text, m_columns, m_withRights);
}

int PermissionMatrixModel::rowOfId(qint64 id) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_matrix->row(m_rows[r]).id == id)
            return static_cast<int>(r);
    }
    return -1;
}

int PermissionMatrixModel::columnOfCode(const QString &code) const
{
    for (size_t c = 0; c < m_columns.size(); ++c) {
        if (m_matrix->column(m_columns[c]).code == code)
            return static_cast<int>(c);
    }
    return -1;
}

int PermissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PermissionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QString PermissionMatrixModel::rowName(int row) const
{
    const PermissionMatrix::Row &r = m_matrix->row(matrixRow(row));
    if (r.mainAccount)
        return tr("%1 (main account)").arg(r.name);
    switch (r.status) {
    case Account::Status::Disabled: return tr("%1 (disabled)").arg(r.name);
    case Account::Status::Locked: return tr("%1 (locked)").arg(r.name);
    case Account::Status::Active: break;
    }
    return r.name;
}

QString PermissionMatrixModel::rowLogin(int row) const
{
    const PermissionMatrix::Row &r = m_matrix->row(matrixRow(row));
    Account account;
    account.login = r.login;
    return !m_revealPhones && AccountTableModel::loginIsPhone(account) ? AccountTableModel::maskPhone(r.login)
                                                                       : r.login;
}

QString PermissionMatrixModel::rowRoles(int row) const
{
    const int m = matrixRow(row);
    if (m_matrix->row(m).mainAccount)
        return tr("Main account: every menu of the unit");
    const QStringList names = m_matrix->roleNames(m);
    if (names.isEmpty())
        return tr("No role");
    //: Separator between the items of a list shown in one cell (Chinese: 、).
    return names.join(tr(", "));
}

QString PermissionMatrixModel::rowLabel(int row) const
{
    if (m_matrix->view() == PermissionMatrix::View::Roles)
        return rowName(row);
    //: A handler in the matrix's row header: name, then login.
    return tr("%1 · %2").arg(rowName(row), rowLogin(row));
}

QString PermissionMatrixModel::columnPath(int column) const
{
    const PermissionMatrix::Column &c = m_matrix->column(matrixColumn(column));
    return (c.menus + QStringList{c.title}).join(QStringLiteral(" › "));
}

QString PermissionMatrixModel::cellSource(int row, int column) const
{
    const int m = matrixRow(row);
    const int c = matrixColumn(column);
    const PermissionMatrix::Row &r = m_matrix->row(m);
    const QString path = columnPath(column);
    if (m_matrix->view() == PermissionMatrix::View::Roles) {
        return m_matrix->granted(m, c) ? tr("The role “%1” grants %2.").arg(r.name, path)
                                       : tr("The role “%1” does not grant %2.").arg(r.name, path);
    }
    if (r.mainAccount)
        return tr("%1 is the unit's main account: it holds every menu of the unit, %2 included.").arg(r.name, path);
    const QStringList sources = m_matrix->grantingRoles(m, c);
    if (!sources.isEmpty()) {
        return tr("%1 holds %2 through %n role(s): %3.", nullptr, static_cast<int>(sources.size()))
            .arg(r.name, path, sources.join(tr(", ")));
    }
    if (r.roleIds.isEmpty())
        return tr("%1 does not hold %2: they hold no role.").arg(r.name, path);
    return tr("%1 does not hold %2: none of their roles (%3) grants it.").arg(r.name, path, rowRoles(row));
}

QString PermissionMatrixModel::csv() const
{
    if (!m_matrix)
        return {};
    const bool roles = m_matrix->view() == PermissionMatrix::View::Roles;
    QStringList header = roles ? QStringList{tr("Role")} : QStringList{tr("Name"), tr("Login"), tr("Roles")};
    for (int c = 0; c < columnCount(); ++c)
        header << columnPath(c);
    QString out = Csv::record(header);
    for (int r = 0; r < rowCount(); ++r) {
        const int m = matrixRow(r);
        QStringList fields = roles ? QStringList{rowName(r)} : QStringList{rowName(r), rowLogin(r), rowRoles(r)};
        for (int c = 0; c < columnCount(); ++c) {
            const int mc = matrixColumn(c);
            if (!m_matrix->granted(m, mc))
                fields << QString();
            else if (roles)
                fields << Tick;
            else if (m_matrix->row(m).mainAccount)
                fields << tr("main account");
            else
                fields << m_matrix->grantingRoles(m, mc).join(QStringLiteral("; "));
        }
        out += Csv::record(fields);
    }
    return out;
}

QVariant PermissionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_matrix || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int m = matrixRow(index.row());
    const int c = matrixColumn(index.column());
    switch (role) {
    case Qt::DisplayRole: return m_matrix->granted(m, c) ? Tick : QString();
    case Qt::ToolTipRole: return cellSource(index.row(), index.column());
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        return UiStyle::colour(m_matrix->row(m).mainAccount ? UiStyle::Tone::Secondary : UiStyle::Tone::Good);
    case GrantedRole: return m_matrix->granted(m, c);
    case SourcesRole: return m_matrix->grantingRoles(m, c);
    case IdRole: return m_matrix->row(m).id;
    case MainAccountRole: return m_matrix->row(m).mainAccount;
    case CodeRole: return m_matrix->column(c).code;
    default: break;
    }
    return {};
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_matrix || section < 0)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section >= columnCount())
            return {};
        const PermissionMatrix::Column &c = m_matrix->column(matrixColumn(section));
        switch (role) {
        case Qt::DisplayRole: return c.title;
        case Qt::ToolTipRole: return columnPath(section);
        case CodeRole: return c.code;
        case MenusRole: return c.menus;
        default: break;
        }
        return {};
    }
    if (section >= rowCount())
        return {};
    const PermissionMatrix::Row &r = m_matrix->row(matrixRow(section));
    switch (role) {
    case Qt::DisplayRole: return rowLabel(section);
    case Qt::ToolTipRole:
        if (m_matrix->view() == PermissionMatrix::View::Roles)
            return tr("%n menu(s) granted", nullptr, m_matrix->rightCount(matrixRow(section)));
        return tr("Roles: %1").arg(rowRoles(section));
    case Qt::TextAlignmentRole: return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (r.mainAccount) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case IdRole: return r.id;
    case MainAccountRole: return r.mainAccount;
    default: break;
    }
    return {};
}

} // namespace zc::ui
