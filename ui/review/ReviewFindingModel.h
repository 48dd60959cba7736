#pragma once

#include "ui/review/ReviewFindings.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace zc::ui {

// The findings of an access review (权限审查) as a table: kind, subject,
// detail, suggested action; grouped by kind (the order ReviewFindings gives).
class ReviewFindingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, SubjectColumn, DetailColumn, SuggestionColumn, ColumnCount };
    enum ItemRole { IdRole = Qt::UserRole + 1, KindKeyRole, SubjectIdRole };

    explicit ReviewFindingModel(QObject *parent = nullptr);

    void setFindings(const QList<ReviewFinding> &findings, int inactiveDays);
    [[nodiscard]] const QList<ReviewFinding> &findings() const { return m_findings; }
    [[nodiscard]] std::optional<ReviewFinding> finding(qint64 rowId) const;
    [[nodiscard]] int count(ReviewFinding::Kind kind) const;
    [[nodiscard]] int inactiveDays() const { return m_inactiveDays; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<ReviewFinding> m_findings;
    int m_inactiveDays = ReviewFindings::DefaultInactiveDays;
};

} // namespace zc::ui
