#include "ApiTokenTableModel.h"

#include "ui/UiStyle.h"

#include <QBrush>

namespace zc::ui {

namespace {
QString timeText(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

ApiTokenTableModel::ApiTokenTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ApiTokenTableModel::setTitleLookup(TitleLookup lookup)
{
    m_titles = std::move(lookup);
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(index(0, PermissionsColumn), index(rowCount() - 1, PermissionsColumn));
}

void ApiTokenTableModel::setTokens(const QList<ApiToken> &tokens)
{
    beginResetModel();
    m_tokens = tokens;
    endResetModel();
}

std::optional<ApiToken> ApiTokenTableModel::token(qint64 id) const
{
    for (const ApiToken &t : m_tokens) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

void ApiTokenTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDateTime ApiTokenTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

ApiTokenTableModel::State ApiTokenTableModel::state(const ApiToken &token) const
{
    return stateAt(token, now());
}

ApiTokenTableModel::State ApiTokenTableModel::stateAt(const ApiToken &token, const QDateTime &at)
{
    if (token.revoked)
        return State::Revoked;
    if (token.isExpired(at))
        return State::Expired;
    if (token.expiresAt <= at.addDays(SoonDays))
        return State::ExpiringSoon;
    return State::Active;
}

QString ApiTokenTableModel::stateText(State state)
{
    switch (state) {
    case State::Active: return tr("Valid");
    case State::ExpiringSoon: return tr("Expires soon");
    case State::Expired: return tr("Expired");
    case State::Revoked: return tr("Deleted");
    }
    return {};
}

QString ApiTokenTableModel::permissionTitles(const ApiToken &token) const
{
    QStringList titles;
    for (const QString &code : token.permissions) {
        const QString title = m_titles ? m_titles(code) : QString();
        titles << (title.isEmpty() ? code : title);
    }
    return titles.join(tr(", "));
}

int ApiTokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tokens.size());
}

int ApiTokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiTokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiToken &t = m_tokens.at(index.row());
    const State s = state(t);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return t.name;
        case PermissionsColumn: return permissionTitles(t);
        case CreatedByColumn: return t.createdByName;
        case CreatedAtColumn: return timeText(t.createdAt);
        case ExpiresAtColumn: return timeText(t.expiresAt);
        case LastUsedColumn: return t.lastUsedAt.isValid() ? timeText(t.lastUsedAt) : tr("Never used");
        case StateColumn: return stateText(s);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == PermissionsColumn)
            return tr("%n menu permission(s): %1", nullptr, int(t.permissions.size())).arg(permissionTitles(t));
        if (index.column() == NameColumn)
            return t.name;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn) {
            switch (s) {
            case State::Active: return QBrush(UiStyle::colour(UiStyle::Tone::Good));
            case State::ExpiringSoon: return QBrush(UiStyle::colour(UiStyle::Tone::Caution));
            case State::Expired: return QBrush(UiStyle::colour(UiStyle::Tone::Bad));
            case State::Revoked: return QBrush(UiStyle::colour(UiStyle::Tone::Secondary));
            }
        }
        if (s == State::Revoked)
            return QBrush(UiStyle::colour(UiStyle::Tone::Secondary));
        return {};
    case IdRole: return t.id;
    case DeletableRole: return !t.revoked;
    default: return {};
    }
}

QVariant ApiTokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Token name");
    case PermissionsColumn: return tr("Menu permissions");
    case CreatedByColumn: return tr("Created by");
    case CreatedAtColumn: return tr("Created");
    case ExpiresAtColumn: return tr("Expires");
    case LastUsedColumn: return tr("Last used");
    case StateColumn: return tr("Status");
    default: return {};
    }
}

} // namespace zc::ui
