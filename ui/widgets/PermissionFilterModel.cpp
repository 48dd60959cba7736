#include "PermissionFilterModel.h"

#include "ui/Startup.h"

#include "models/PermissionTreeModel.h"
#include "models/Session.h"

namespace zc::ui {

PermissionFilterModel::PermissionFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

PermissionFilterModel *PermissionFilterModel::forGranting(const PermissionCatalog &catalog, const Session &session,
                                                          QObject *parent)
{
    auto *tree = new PermissionTreeModel(parent);
    tree->setEnglishTitles(Startup::currentLanguage() == QLatin1String("en"));
    tree->setCatalog(catalog);
    if (session.isMainAccount())
        tree->clearEnabledCodes();
    else
        tree->setEnabledCodes(session.permissions);
    auto *filter = new PermissionFilterModel(parent);
    filter->setSourceModel(tree);
    return filter;
}

PermissionTreeModel *PermissionFilterModel::tree() const
{
    return qobject_cast<PermissionTreeModel *>(sourceModel());
}

void PermissionFilterModel::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

Qt::ItemFlags PermissionFilterModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    return m_locked ? f & ~Qt::ItemIsUserCheckable : f;
}

bool PermissionFilterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role == Qt::CheckStateRole && m_locked)
        return false;
    if (role != Qt::CheckStateRole || !hidesSomethingUnder(index))
        return QSortFilterProxyModel::setData(index, value, role);
    bool changed = false;
    for (int row = 0; row < rowCount(index); ++row)
        changed |= setData(this->index(row, 0, index), value, role);
    return changed;
}

bool PermissionFilterModel::hidesSomethingUnder(const QModelIndex &index) const
{
    if (filterRegularExpression().pattern().isEmpty())
        return false;
    if (rowCount(index) != sourceModel()->rowCount(mapToSource(index)))
        return true;
    for (int row = 0; row < rowCount(index); ++row)
        if (hidesSomethingUnder(this->index(row, 0, index)))
            return true;
    return false;
}

} // namespace zc::ui
