#include "PageNavigation.h"

#include "models/Session.h"

#include <QIcon>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace zc::ui {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
} // namespace

PageNavigation::PageNavigation(QTreeWidget *tree, QStackedWidget *stack, QObject *parent)
    : QObject(parent), m_tree(tree), m_stack(stack)
{
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PageNavigation::itemChanged);
}

void PageNavigation::addPage(const QString &key, QWidget *page)
{
    m_stack->addWidget(page);
    m_pages.insert(key, page);
}

void PageNavigation::rebuild(const Session &session)
{
    const QString previous = currentKey();
    const bool roles = session.hasPermission(QStringLiteral("basic.roles"));
    const bool accounts = session.hasPermission(QStringLiteral("basic.accounts"));
    const bool interfaces = session.hasPermission(QStringLiteral("basic.interfaces"));

    QTreeWidget *tree = m_tree;
    QSignalBlocker blocker(tree);
    tree->clear();
    auto addGroup = [tree](const QString &text, const QString &icon) {
        auto *item = new QTreeWidgetItem(tree, {text});
        item->setIcon(0, QIcon(icon));
        item->setFlags(Qt::ItemIsEnabled);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        return item;
    };
    auto addPage = [tree](QTreeWidgetItem *parent, const QString &key, const QString &text, const QString &icon) {
        auto *item = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(tree, {text});
        item->setIcon(0, QIcon(icon));
        item->setData(0, KeyRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        return item;
    };
    // 我的账号 first, for every account.
    addPage(nullptr, QStringLiteral("account"), tr("My account"), QStringLiteral(":/zc/icons/handlers.svg"));
    // 角色认证 is the main account's (the Jiangsu guide: "点击左侧角色认证").
    const bool mainAccount = session.isMainAccount();
    if (roles || interfaces || mainAccount) {
        QTreeWidgetItem *basic = addGroup(tr("Basic settings"), QStringLiteral(":/zc/icons/folder.svg"));
        if (roles)
            addPage(basic, QStringLiteral("roles"), tr("Account roles"), QStringLiteral(":/zc/icons/roles.svg"));
        if (interfaces)
            addPage(basic, QStringLiteral("interfaces"), tr("API tokens"), QStringLiteral(":/zc/icons/key.svg"));
        // 权限审查 looks at people and roles: both rights, as the server asks to record a review.
        if (roles && accounts)
            addPage(basic, QStringLiteral("review"), tr("Access review"), QStringLiteral(":/zc/icons/shield-alert.svg"));
        if (mainAccount)
            addPage(basic, QStringLiteral("authentication"), tr("Role authentication"),
                    QStringLiteral(":/zc/icons/building.svg"));
    }
    if (accounts) {
        QTreeWidgetItem *group = addGroup(tr("Account management"), QStringLiteral(":/zc/icons/folder.svg"));
        addPage(group, QStringLiteral("handlers"), tr("Unit handlers"), QStringLiteral(":/zc/icons/handlers.svg"));
    }
    if (roles || accounts) {
        addPage(nullptr, QStringLiteral("matrix"), tr("Permission matrix"), QStringLiteral(":/zc/icons/check.svg"));
        addPage(nullptr, QStringLiteral("audit"), tr("Audit log"), QStringLiteral(":/zc/icons/audit.svg"));
    }
    addPage(nullptr, QStringLiteral("settings"), tr("Settings"), QStringLiteral(":/zc/icons/settings.svg"));
    tree->expandAll();

    const QStringList offered = keys();
    const QString select = offered.contains(previous) ? previous : offered.first();
    blocker.unblock();
    show(select);
}

QStringList PageNavigation::keys() const
{
    QStringList keys;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString key = (*it)->data(0, KeyRole).toString();
        if (!key.isEmpty())
            keys << key;
    }
    return keys;
}

QString PageNavigation::currentKey() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, KeyRole).toString() : QString();
}

bool PageNavigation::show(const QString &key)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KeyRole).toString() == key) {
            m_tree->setCurrentItem(*it);
            m_stack->setCurrentWidget(m_pages.value(key));
            return true;
        }
    }
    return false;
}

void PageNavigation::itemChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const QString key = current->data(0, KeyRole).toString();
    if (QWidget *page = m_pages.value(key))
        m_stack->setCurrentWidget(page);
}

} // namespace zc::ui
