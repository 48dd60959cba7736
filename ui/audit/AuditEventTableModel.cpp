#include "AuditEventTableModel.h"

namespace zc::ui {

AuditEventTableModel::AuditEventTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void AuditEventTableModel::setEvents(const QList<AuditEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

void AuditEventTableModel::setNameLookup(NameLookup lookup)
{
    m_lookup = std::move(lookup);
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, TargetColumn), index(rowCount() - 1, TargetColumn), {Qt::DisplayRole});
}

QStringList AuditEventTableModel::knownActions()
{
    return {
        QStringLiteral("role.create"),      QStringLiteral("role.update"),
        QStringLiteral("role.delete"),      QStringLiteral("role.assign"),
        QStringLiteral("role.unassign"),    QStringLiteral("account.create"),
        QStringLiteral("account.update"),   QStringLiteral("account.disable"),
        QStringLiteral("account.enable"),   QStringLiteral("account.unlock"),
        QStringLiteral("account.delete"),   QStringLiteral("account.reset_password"),
        QStringLiteral("account.change_password"), QStringLiteral("account.choose_institution"),
        QStringLiteral("unit.register"),    QStringLiteral("unit.authenticate"),
        QStringLiteral("api_token.create"), QStringLiteral("api_token.delete"),
        QStringLiteral("api_token.update"), QStringLiteral("account.offboard"),
        QStringLiteral("access_review.complete"),
    };
}

QString AuditEventTableModel::actionText(const QString &a)
{
    if (a == QLatin1String("role.create"))
        return tr("Add role");
    if (a == QLatin1String("role.update"))
        return tr("Edit role");
    if (a == QLatin1String("role.delete"))
        return tr("Delete role");
    if (a == QLatin1String("role.assign"))
        return tr("Assign account");
    if (a == QLatin1String("role.unassign"))
        return tr("Unassign account");
    if (a == QLatin1String("account.create"))
        return tr("Add handler");
    if (a == QLatin1String("account.update"))
        return tr("Edit handler");
    if (a == QLatin1String("account.disable"))
        return tr("Disable handler");
    if (a == QLatin1String("account.enable"))
        return tr("Enable handler");
    if (a == QLatin1String("account.unlock"))
        return tr("Unlock handler");
    if (a == QLatin1String("account.delete"))
        return tr("Delete handler");
    if (a == QLatin1String("account.reset_password"))
        return tr("Reset password");
    if (a == QLatin1String("account.change_password"))
        return tr("Change password");
    if (a == QLatin1String("account.choose_institution"))
        return tr("Choose medical institution");
    if (a == QLatin1String("unit.register"))
        return tr("Register unit");
    if (a == QLatin1String("unit.authenticate"))
        return tr("Unit authentication");
    if (a == QLatin1String("api_token.create"))
        return tr("Add API token");
    if (a == QLatin1String("api_token.delete"))
        return tr("Delete API token");
    if (a == QLatin1String("api_token.update"))
        return tr("Edit API token");
    if (a == QLatin1String("account.offboard"))
        return tr("Offboard handler");
    if (a == QLatin1String("access_review.complete"))
        return tr("Complete access review");
    return a;
}

QString AuditEventTableModel::actorText(const AuditEvent &e)
{
    // A script's change names the token it used, not a person.
    if (e.actorType == QLatin1String("api_token"))
        return tr("API token “%1”").arg(e.actorName);
    return e.actorName;
}

QString AuditEventTableModel::targetText(const QString &type, qint64 id, const QString &name)
{
    if (!name.isEmpty()) {
        if (type == QLatin1String("role"))
            return tr("Role “%1”").arg(name);
        if (type == QLatin1String("account"))
            return tr("Account “%1”").arg(name);
        if (type == QLatin1String("unit"))
            return tr("Unit “%1”").arg(name);
        if (type == QLatin1String("api_token"))
            return tr("API token “%1”").arg(name);
    }
    if (type == QLatin1String("role"))
        return tr("Role #%1").arg(id);
    if (type == QLatin1String("account"))
        return tr("Account #%1").arg(id);
    if (type == QLatin1String("unit"))
        return tr("Unit #%1").arg(id);
    if (type == QLatin1String("api_token"))
        return tr("API token #%1").arg(id);
    return QStringLiteral("%1 #%2").arg(type).arg(id);
}

int AuditEventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditEventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AtColumn: return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn: return actorText(e);
        case ActionColumn: return actionText(e.action);
        case TargetColumn:
            return targetText(e.targetType, e.targetId, m_lookup ? m_lookup(e.targetType, e.targetId) : QString());
        case SummaryColumn: return e.summary;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn)
            return e.summary;
        if (index.column() == ActionColumn)
            return e.action;
        return {};
    case IdRole: return e.id;
    case ActionCodeRole: return e.action;
    default: return {};
    }
}

QVariant AuditEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn: return tr("Time");
    case ActorColumn: return tr("Done by");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    case SummaryColumn: return tr("Summary");
    default: return {};
    }
}

} // namespace zc::ui
