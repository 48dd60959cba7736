#pragma once

#include "Account.h"

#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>

namespace zc {

class AccountTableModel;

// The per-view filter of an AccountTableModel: login, name or phone contains
// the typed text (case-insensitively), optionally one status and one kind.
// Per keystroke on 100k accounts it asks the source's precomputed search
// text instead of data(), and rebuilds its mapping in one pass (a layout
// change) instead of QSortFilterProxyModel's row-by-row removals, which are
// quadratic when many scattered rows drop out at once. Sorting is handed to
// the source model, which reorders its rows in one std::sort; over any other
// source model it behaves like a plain QSortFilterProxyModel.
class AccountFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    void setStatusFilter(std::optional<Account::Status> status);
    [[nodiscard]] std::optional<Account::Status> statusFilter() const { return m_status; }
    void setKindFilter(std::optional<Account::Kind> kind);
    [[nodiscard]] std::optional<Account::Kind> kindFilter() const { return m_kind; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<AccountTableModel> m_accounts;   // the source when it is an AccountTableModel
    QString m_text;
    QString m_needle;                          // m_text trimmed and case-folded
    std::optional<Account::Status> m_status;
    std::optional<Account::Kind> m_kind;
};

} // namespace zc
