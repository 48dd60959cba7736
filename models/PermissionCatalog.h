#pragma once

#include "Permission.h"
#include "Unit.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace zc {

// The menu-permission catalog, shaped like the portal's menus, loaded from the
// :/zc/permissions.json resource of this library. Shared by server and clients
// so both expand parent codes to the same leaves.
class PermissionCatalog
{
public:
    // The built-in catalog (parsed once, then shared).
    [[nodiscard]] static const PermissionCatalog &builtIn();
    // The built-in catalog as a unit of that kind sees it (forKind, made once
    // per kind): what GET /permissions answers and what its roles may hold.
    [[nodiscard]] static const PermissionCatalog &builtInFor(Unit::Kind kind);

    // The menus of a unit of that kind: leaves serving it, parents with any
    // left. A unit whose kind is still None (not yet through 角色认证) gets
    // the basic leaves other than basic.institution_info.
    [[nodiscard]] PermissionCatalog forKind(Unit::Kind kind) const;

    // From a JSON array in the API's Permission shape; empty catalog and *why on error.
    [[nodiscard]] static PermissionCatalog fromJson(const QByteArray &json, QString *why = nullptr);

    [[nodiscard]] const QList<Permission> &tree() const { return m_tree; }
    [[nodiscard]] bool contains(const QString &code) const { return m_nodes.contains(code); }
    [[nodiscard]] bool isLeaf(const QString &code) const;
    // Valid as long as this catalog object lives; nullptr for an unknown code.
    [[nodiscard]] const Permission *find(const QString &code) const;
    [[nodiscard]] QStringList leaves() const;              // all leaves, in tree order
    // Parent codes stand for all their leaves; result sorted in tree order, no duplicates.
    // Unknown codes are returned in *unknown (and left out).
    [[nodiscard]] QStringList expand(const QStringList &codes, QStringList *unknown = nullptr) const;
    // A stable hash of the catalog's content (the change feed's catalog_version).
    [[nodiscard]] QString version() const { return m_version; }
    [[nodiscard]] bool isEmpty() const { return m_tree.isEmpty(); }

private:
    // Checks codes (non-empty, dotted under the parent, unique) while filling the index.
    bool index(const QList<Permission> &nodes, const QString &parentCode, QString *why);
    void collectLeaves(const Permission &node, QSet<QString> *out) const;
    [[nodiscard]] static QString versionOf(const QList<Permission> &tree);

    QList<Permission> m_tree;
    // Every node by code, held by value so that copies of a catalog stay valid
    // (pointers into m_tree would dangle when a copy's tree detaches or dies).
    QHash<QString, Permission> m_nodes;
    QHash<QString, int> m_leafOrder;
    QStringList m_leaves;
    QString m_version;
};

} // namespace zc
