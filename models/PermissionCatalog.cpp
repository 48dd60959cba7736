#include "PermissionCatalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

// Q_INIT_RESOURCE declares a function of the global namespace, so it is called from here.
static void initCatalogResource()
{
    Q_INIT_RESOURCE(zc_models_catalog);
}

namespace zc {

namespace {
Q_LOGGING_CATEGORY(lcCatalog, "zc.models.catalog", QtInfoMsg)
} // namespace

const PermissionCatalog &PermissionCatalog::builtIn()
{
    static const PermissionCatalog catalog = [] {
        // zc_models is a static library: make sure its resource is registered.
        initCatalogResource();
        QFile file(QStringLiteral(":/zc/permissions.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcCatalog) << "cannot open the built-in permission catalog:" << file.errorString();
            return PermissionCatalog();
        }
        QString why;
        PermissionCatalog c = fromJson(file.readAll(), &why);
        if (c.isEmpty())
            qCCritical(lcCatalog) << "the built-in permission catalog is invalid:" << why;
        return c;
    }();
    return catalog;
}

const PermissionCatalog &PermissionCatalog::builtInFor(Unit::Kind kind)
{
    // One per kind, made on first use (thread-safe statics).
    switch (kind) {
    case Unit::Kind::MedicalInstitution: {
        static const PermissionCatalog c = builtIn().forKind(kind);
        return c;
    }
    case Unit::Kind::Manufacturer: {
        static const PermissionCatalog c = builtIn().forKind(kind);
        return c;
    }
    case Unit::Kind::Distributor: {
        static const PermissionCatalog c = builtIn().forKind(kind);
        return c;
    }
    case Unit::Kind::None:
        break;
    }
    static const PermissionCatalog c = builtIn().forKind(Unit::Kind::None);
    return c;
}

namespace {
QList<Permission> pruned(const QList<Permission> &nodes, const std::function<bool(const Permission &)> &keepLeaf)
{
    QList<Permission> out;
    for (const Permission &node : nodes) {
        if (node.isLeaf()) {
            if (keepLeaf(node))
                out.append(node);
            continue;
        }
        Permission parent = node;
        parent.children = pruned(node.children, keepLeaf);
        if (!parent.children.isEmpty())
            out.append(std::move(parent));
    }
    return out;
}
} // namespace

PermissionCatalog PermissionCatalog::forKind(Unit::Kind kind) const
{
    const QString name = Unit::kindToString(kind);
    const auto keep = [&name](const Permission &leaf) {
        if (name.isEmpty())
            return leaf.code.startsWith(QLatin1String("basic.")) && leaf.code != QLatin1String("basic.institution_info");
        return leaf.unitKinds.contains(name);
    };
    PermissionCatalog c;
    c.m_tree = pruned(m_tree, keep);
    c.index(c.m_tree, QString(), nullptr);
    c.m_version = versionOf(c.m_tree);
    return c;
}

QString PermissionCatalog::versionOf(const QList<Permission> &tree)
{
    const QByteArray canonical = QJsonDocument(Permission::listToJson(tree)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(16));
}

PermissionCatalog PermissionCatalog::fromJson(const QByteArray &json, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        if (why)
            *why = QStringLiteral("catalog: ") + error.errorString() + QStringLiteral(" at offset ")
                   + QString::number(error.offset);
        return {};
    }
    if (!doc.isArray()) {
        if (why)
            *why = QStringLiteral("catalog: expected an array of Permission");
        return {};
    }
    QString listWhy;
    std::optional<QList<Permission>> tree = Permission::listFromJson(doc.array(), &listWhy);
    if (!tree) {
        if (why)
            *why = QStringLiteral("catalog") + listWhy;
        return {};
    }
    if (tree->isEmpty()) {
        if (why)
            *why = QStringLiteral("catalog: no permissions");
        return {};
    }
    PermissionCatalog c;
    c.m_tree = *tree;
    if (!c.index(c.m_tree, QString(), why))
        return {};
    c.m_version = versionOf(c.m_tree);
    return c;
}

bool PermissionCatalog::index(const QList<Permission> &nodes, const QString &parentCode, QString *why)
{
    static const QRegularExpression segment(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const Permission &node : nodes) {
        const QString prefix = parentCode.isEmpty() ? QString() : parentCode + u'.';
        const QString last = node.code.mid(prefix.size());
        if (!node.code.startsWith(prefix) || !segment.match(last).hasMatch()) {
            if (why)
                *why = QStringLiteral("catalog: code \"") + node.code + QStringLiteral("\" must be ")
                       + (prefix.isEmpty() ? QString() : QStringLiteral("\"") + prefix + QStringLiteral("\" + "))
                       + QStringLiteral("one segment of a-z 0-9 _ starting with a letter");
            return false;
        }
        if (node.titleZh.trimmed().isEmpty() || node.titleEn.trimmed().isEmpty()) {
            if (why)
                *why = QStringLiteral("catalog: \"") + node.code + QStringLiteral("\" needs both titles");
            return false;
        }
        if (m_nodes.contains(node.code)) {
            if (why)
                *why = QStringLiteral("catalog: duplicate code \"") + node.code + u'"';
            return false;
        }
        m_nodes.insert(node.code, node);
        if (node.isLeaf()) {
            m_leafOrder.insert(node.code, static_cast<int>(m_leaves.size()));
            m_leaves.append(node.code);
        } else if (!index(node.children, node.code, why)) {
            return false;
        }
    }
    return true;
}

bool PermissionCatalog::isLeaf(const QString &code) const
{
    return m_leafOrder.contains(code);
}

const Permission *PermissionCatalog::find(const QString &code) const
{
    const auto it = m_nodes.constFind(code);
    return it == m_nodes.constEnd() ? nullptr : &it.value();
}

QStringList PermissionCatalog::leaves() const
{
    return m_leaves;
}

void PermissionCatalog::collectLeaves(const Permission &node, QSet<QString> *out) const
{
    if (node.isLeaf()) {
        out->insert(node.code);
        return;
    }
    for (const Permission &child : node.children)
        collectLeaves(child, out);
}

QStringList PermissionCatalog::expand(const QStringList &codes, QStringList *unknown) const
{
    QSet<QString> found;
    for (const QString &code : codes) {
        const Permission *node = find(code);
        if (node)
            collectLeaves(*node, &found);
        else if (unknown && !unknown->contains(code))
            unknown->append(code);
    }
    QStringList out(found.cbegin(), found.cend());
    std::sort(out.begin(), out.end(), [this](const QString &a, const QString &b) {
        return m_leafOrder.value(a) < m_leafOrder.value(b);
    });
    return out;
}

} // namespace zc
