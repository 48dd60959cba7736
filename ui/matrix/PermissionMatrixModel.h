#pragma once

#include "ui/matrix/PermissionMatrix.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace zc::ui {

// 权限矩阵 as a table: a PermissionMatrix with the page's filters applied.
// Columns are the catalog leaves that the menu filter leaves (header: the
// leaf's title; MenusRole: the menus above it); rows the roles or accounts
// that the text filter and "only rows with a right" leave, labelled in the
// vertical header (which stays in sight while the leaves scroll). A cell is
// ✓ where the row holds the leaf; its tool tip says where the right comes
// from. Filtering walks the matrix's bitsets and search texts; rows that go
// and come are removed and inserted (the current cell stays), other columns
// reset the model.
class PermissionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum ItemRole {
        GrantedRole = Qt::UserRole + 1,   // bool
        SourcesRole,                      // QStringList: the granting roles' names
        IdRole,                           // qint64: the row's role or account
        MainAccountRole,                  // bool
        CodeRole,                         // QString: the column's leaf code (header)
        MenusRole,                        // QStringList: the menus above the column (header)
    };

    explicit PermissionMatrixModel(QObject *parent = nullptr);

    // Shows `matrix` (null: nothing) with the current filters.
    void setMatrix(std::shared_ptr<const PermissionMatrix> matrix);
    [[nodiscard]] const std::shared_ptr<const PermissionMatrix> &matrix() const { return m_matrix; }
    // Rows containing `text` (name, or a handler's login; case-insensitive),
    // columns under `menuCode` (empty: all), and when `withRights` only rows
    // holding at least one of those columns.
    void setFilter(const QString &text, const QString &menuCode, bool withRights);
    // Phone-number logins shown unmasked (the handlers page's 显示手机号).
    void setRevealPhones(bool reveal);

    [[nodiscard]] int matrixRow(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    [[nodiscard]] int matrixColumn(int column) const { return m_columns.at(static_cast<size_t>(column)); }
    // The model row of a role or account (-1 when filtered out or absent).
    [[nodiscard]] int rowOfId(qint64 id) const;
    // The model column of a leaf (-1 when filtered out or absent).
    [[nodiscard]] int columnOfCode(const QString &code) const;

    // Texts of a row as the page, the export and the report show them.
    [[nodiscard]] QString rowName(int row) const;    // the name, the main account marked
    [[nodiscard]] QString rowLogin(int row) const;   // masked when a phone number (handlers)
    [[nodiscard]] QString rowRoles(int row) const;   // the roles held (handlers), or the main account's note
    [[nodiscard]] QString rowLabel(int row) const;   // the vertical header: name, and login
    // The leaf's menus and title: 药品集中采购 › 药品采购 › 采购订单.
    [[nodiscard]] QString columnPath(int column) const;
    // Where the cell's right comes from, as a sentence (the tool tip, the detail line).
    [[nodiscard]] QString cellSource(int row, int column) const;
    // The CSV of what is shown: the row labels, then a column per leaf (its
    // path): ✓ for a role; the granting roles' names for a handler.
    [[nodiscard]] QString csv() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void applyFilter();
    // Moves the shown rows to `rows` with row removals and insertions.
    void setRows(const std::vector<int> &rows);

    std::shared_ptr<const PermissionMatrix> m_matrix;
    std::vector<int> m_rows;      // matrix rows shown, in order
    std::vector<int> m_columns;   // matrix columns shown, in order
    QString m_text;
    QString m_menuCode;
    bool m_withRights = false;
    bool m_revealPhones = false;
};

} // namespace zc::ui
