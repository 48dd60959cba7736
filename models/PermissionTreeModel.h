#pragma once

#include "PermissionCatalog.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace zc {

// The menu-permission catalog as a tree of check boxes, for editing a role's
// 菜单权限. Leaves hold the state; a parent shows Checked, Unchecked or
// PartiallyChecked from the leaves below it, and checking it checks all of
// its leaves. Leaves the signed-in handler does not hold (see
// setEnabledCodes) are shown but disabled: a handler cannot grant them, and
// checking a parent leaves them as they are. Codes of the role that this
// catalog does not know are kept and returned by checkedLeaves() unchanged.
class PermissionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum ItemRole {
        CodeRole = Qt::UserRole + 1,   // QString code
        IsLeafRole,                     // bool
    };

    explicit PermissionTreeModel(QObject *parent = nullptr);

    void setCatalog(const PermissionCatalog &catalog);   // reset; checked leaves it still has stay
    [[nodiscard]] const PermissionCatalog &catalog() const { return m_catalog; }
    void setEnglishTitles(bool english);
    [[nodiscard]] bool englishTitles() const { return m_english; }

    // The leaves that can be changed (a parent code stands for its leaves).
    void setEnabledCodes(const QStringList &codes);
    void clearEnabledCodes();                           // everything enabled (the main account)
    [[nodiscard]] bool isEnabled(const QString &code) const;

    // The role's permissions, replacing the current state (parents expanded).
    void setCheckedLeaves(const QStringList &codes);
    // Leaf codes in catalog order, then the unknown codes given to setCheckedLeaves().
    [[nodiscard]] QStringList checkedLeaves() const;
    // Checks or unchecks a leaf, or every enabled leaf under a parent. False
    // for an unknown or disabled code.
    bool setChecked(const QString &code, bool checked);
    [[nodiscard]] Qt::CheckState checkState(const QString &code) const;
    [[nodiscard]] QModelIndex indexOf(const QString &code) const;   // invalid when unknown

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void checkedLeavesChanged();

private:
    struct Node
    {
        QString code;
        QString titleZh;
        QString titleEn;
        int parent = -1;
        int row = 0;
        QList<int> children;
        QList<int> leaves;   // node numbers of the leaves below (itself for a leaf)
    };

    int addNode(const Permission &p, int parent, int row);
    [[nodiscard]] int nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfNode(int node) const;
    [[nodiscard]] bool nodeEnabled(int node) const;
    [[nodiscard]] Qt::CheckState nodeState(int node) const;
    bool setNodeChecked(int node, bool checked);
    void emitAllChanged(const QList<int> &roles);
    void emitSubtreeChanged(int node);

    PermissionCatalog m_catalog;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_nodeByCode;
    QSet<QString> m_checked;                   // leaf codes
    QStringList m_unknownChecked;              // codes of the role this catalog does not know
    std::optional<QSet<QString>> m_enabled;    // leaf codes; nullopt: all
    bool m_english = false;
};

} // namespace zc
