#include "ReviewFindingModel.h"

namespace zc::ui {

ReviewFindingModel::ReviewFindingModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ReviewFindingModel::setFindings(const QList<ReviewFinding> &findings, int inactiveDays)
{
    beginResetModel();
    m_findings = findings;
    m_inactiveDays = inactiveDays;
    endResetModel();
}

std::optional<ReviewFinding> ReviewFindingModel::finding(qint64 rowId) const
{
    for (const ReviewFinding &f : m_findings) {
        if (f.rowId() == rowId)
            return f;
    }
    return std::nullopt;
}

int ReviewFindingModel::count(ReviewFinding::Kind kind) const
{
    return static_cast<int>(
        std::count_if(m_findings.cbegin(), m_findings.cend(), [kind](const ReviewFinding &f) { return f.kind == kind; }));
}

int ReviewFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int ReviewFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewFinding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn: return ReviewFindings::kindTitle(f.kind, m_inactiveDays);
        case SubjectColumn: return f.subjectText;
        case DetailColumn: return f.detail;
        case SuggestionColumn: return f.suggestion;
        }
        return {};
    case IdRole: return f.rowId();
    case KindKeyRole: return ReviewFindings::key(f.kind);
    case SubjectIdRole: return f.subjectId;
    }
    return {};
}

QVariant ReviewFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Finding");
    case SubjectColumn: return tr("Account, role or token");
    case DetailColumn: return tr("Detail");
    case SuggestionColumn: return tr("Suggested action");
    }
    return {};
}

} // namespace zc::ui
