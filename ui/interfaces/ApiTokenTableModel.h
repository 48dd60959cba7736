#pragma once

#include "models/ApiToken.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace zc::ui {

// One page of the unit's API tokens (接口管理) as the server listed them:
// name, menu permissions, who created it and when, when it expires, when it
// was last used, and its state (有效 / 已过期 / 已删除).
class ApiTokenTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PermissionsColumn,
        CreatedByColumn,
        CreatedAtColumn,
        ExpiresAtColumn,
        LastUsedColumn,
        StateColumn,
        ColumnCount
    };
    enum ItemRole { IdRole = Qt::UserRole + 1, DeletableRole };
    enum class State { Active, ExpiringSoon, Expired, Revoked };

    explicit ApiTokenTableModel(QObject *parent = nullptr);

    // A permission code's title in the current language (the catalog's), empty when unknown.
    using TitleLookup = std::function<QString(const QString &code)>;
    void setTitleLookup(TitleLookup lookup);
    void setTokens(const QList<ApiToken> &tokens);
    [[nodiscard]] const QList<ApiToken> &tokens() const { return m_tokens; }
    [[nodiscard]] std::optional<ApiToken> token(qint64 id) const;
    // The clock the states are judged by (tests set it).
    void setNow(const QDateTime &now);

    // Expiring soon: within this many days.
    static constexpr int SoonDays = 14;
    [[nodiscard]] State state(const ApiToken &token) const;
    // The state at `now` (the review page judges tokens by the same rule).
    [[nodiscard]] static State stateAt(const ApiToken &token, const QDateTime &now);
    [[nodiscard]] static QString stateText(State state);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QString permissionTitles(const ApiToken &token) const;

    QList<ApiToken> m_tokens;
    TitleLookup m_titles;
    QDateTime m_now;
};

} // namespace zc::ui
