#pragma once

#include "models/AuditEvent.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace zc::ui {

// One page of the unit's audit events (审计日志) as the server returned it:
// time, who, what (the action in words), on what, and the summary.
class AuditEventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AtColumn, ActorColumn, ActionColumn, TargetColumn, SummaryColumn, ColumnCount };
    enum ItemRole { IdRole = Qt::UserRole + 1, ActionCodeRole };

    explicit AuditEventTableModel(QObject *parent = nullptr);

    // Names a target by its type and id (e.g. from the cache), empty when unknown.
    using NameLookup = std::function<QString(const QString &targetType, qint64 targetId)>;

    void setEvents(const QList<AuditEvent> &events);
    void setNameLookup(NameLookup lookup);
    [[nodiscard]] const QList<AuditEvent> &events() const { return m_events; }

    // The actions the server records, in the order the filter offers them.
    [[nodiscard]] static QStringList knownActions();
    // "role.create" -> 添加角色; an unknown action is shown as it is.
    [[nodiscard]] static QString actionText(const QString &action);
    // Who did it: the person's name, or 接口令牌“name” for a script's change.
    [[nodiscard]] static QString actorText(const AuditEvent &event);
    // 角色 #12, or 角色“药品采购员” when the name is known.
    [[nodiscard]] static QString targetText(const QString &targetType, qint64 targetId, const QString &name = {});

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<AuditEvent> m_events;
    NameLookup m_lookup;
};

} // namespace zc::ui
