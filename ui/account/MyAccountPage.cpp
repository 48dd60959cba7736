#include "MyAccountPage.h"

#include "ui/Startup.h"
#include "ui/UiStyle.h"
#include "ui/login/UnitChoiceDialog.h"
#include "ui/workspace/WorkspaceModels.h"

#include "models/AccountTableModel.h"
#include "models/PermissionCatalog.h"
#include "models/RoleTableModel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace zc::ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;

// The catalog's nodes that lead to a held leaf, as tree items.
bool addHeld(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<Permission> &nodes, const QSet<QString> &held,
             bool english)
{
    bool any = false;
    for (const Permission &node : nodes) {
        const QString title = english ? node.titleEn : node.titleZh;
        if (node.isLeaf()) {
            if (!held.contains(node.code))
                continue;
            auto *item = parent ? new QTreeWidgetItem(parent, {title}) : new QTreeWidgetItem(tree, {title});
            item->setData(0, CodeRole, node.code);
            item->setToolTip(0, node.code);
            any = true;
            continue;
        }
        auto *item = parent ? new QTreeWidgetItem(parent, {title}) : new QTreeWidgetItem(tree, {title});
        item->setData(0, CodeRole, node.code);
        if (addHeld(item, tree, node.children, held, english)) {
            any = true;
        } else {
            delete item;
        }
    }
    return any;
}
} // namespace

MyAccountPage::MyAccountPage(WorkspaceModels *models, QWidget *parent) : QWidget(parent), m_models(models)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);

    m_title = new QLabel(this);
    UiStyle::pageTitle(m_title);
    layout->addWidget(m_title);

    for (QLabel **label : {&m_account, &m_unit, &m_roles}) {
        *label = new QLabel(this);
        (*label)->setWordWrap(true);
        (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(*label);
    }
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_unit->setObjectName(QStringLiteral("unitInfoLabel"));
    m_roles->setObjectName(QStringLiteral("rolesLabel"));

    m_noticeFrame = new QFrame(this);
    m_noticeFrame->setObjectName(QStringLiteral("noticeFrame"));
    auto *noticeLayout = new QHBoxLayout(m_noticeFrame);
    m_notice = new QLabel(m_noticeFrame);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    noticeLayout->addWidget(m_notice, 1);
    UiStyle::warningFrame(m_noticeFrame);
    layout->addWidget(m_noticeFrame);

    m_menusCaption = new QLabel(this);
    QFont bold = m_menusCaption->font();
    bold.setBold(true);
    m_menusCaption->setFont(bold);
    layout->addWidget(m_menusCaption);
    m_menus = new QTreeWidget(this);
    m_menus->setObjectName(QStringLiteral("menuTree"));
    m_menus->setHeaderHidden(true);
    m_menus->setSelectionMode(QAbstractItemView::NoSelection);
    m_menus->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_menus, 1);

    if (m_models)
        connect(m_models, &WorkspaceModels::contentChanged, this, &MyAccountPage::refresh);
    if (m_models)
        connect(m_models, &WorkspaceModels::institutionsChanged, this, &MyAccountPage::refresh);
    refresh();
}

void MyAccountPage::setSession(const Session &session)
{
    m_session = session;
    refresh();
}

QString MyAccountPage::rolesText() const
{
    return m_roles->text();
}

QString MyAccountPage::noticeText() const
{
    return m_noticeFrame->isVisibleTo(this) ? m_notice->text() : QString();
}

QStringList MyAccountPage::shownCodes() const
{
    QStringList codes;
    for (QTreeWidgetItemIterator it(m_menus); *it; ++it)
        codes << (*it)->data(0, CodeRole).toString();
    return codes;
}

void MyAccountPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void MyAccountPage::refresh()
{
    m_title->setText(tr("My account"));
    m_menusCaption->setText(tr("Menu permissions"));
    const std::optional<Account> &a = m_session.account;
    const std::optional<Unit> &u = m_session.unit;
    const bool main = m_session.isMainAccount();
    if (a) {
        m_account->setText(tr("Login: %1    Name: %2    Phone: %3    Account type: %4")
                               .arg(AccountTableModel::loginIsPhone(*a) ? AccountTableModel::maskPhone(a->login)
                                                                        : a->login,
                                    a->name, AccountTableModel::maskPhone(a->phone),
                                    main ? tr("unit main account") : tr("handler")));
    } else {
        m_account->clear();
    }
    if (u) {
        const QString kind = u->kind == Unit::Kind::None ? tr("not yet through role authentication")
                                                         : UnitChoiceDialog::kindText(u->kind);
        QString text = tr("Unit: %1    Kind: %2    USCC: %3    Unit code: %4")
                           .arg(u->name, kind, u->uscc, u->unitCode.isEmpty() ? tr("none yet") : u->unitCode);
        // 选择医疗机构: the institution this handler chose, as the cache names it.
        const qint64 institutionId = a ? a->institutionId : 0;
        const std::optional<Institution> chosen = m_models ? m_models->institution(institutionId) : std::nullopt;
        if (institutionId != 0 && chosen)
            text += u'\n' + tr("Medical institution: %1    Code: %2    Level: %3    Address: %4")
                                .arg(chosen->name, chosen->code, chosen->level, chosen->address);
        else if (institutionId != 0)
            text += u'\n' + tr("Medical institution: number %1 (its name shows once the server was reached)")
                                .arg(institutionId);
        m_unit->setText(text);
    } else {
        m_unit->clear();
    }

    // The roles by name where the cache has them (a handler without 账号角色管理 may not).
    QStringList names;
    const QList<qint64> roleIds = a ? a->roleIds : QList<qint64>();
    for (const qint64 id : roleIds) {
        if (const std::optional<Role> role = m_models ? m_models->role(id) : std::nullopt)
            names << role->name;
    }
    //: The separator of a list of names in one line (Chinese: 、).
    const QString separator = tr(", ");
    if (main)
        m_roles->setText(tr("Roles: the unit's main account holds every menu of its unit kind; it is given no role."));
    else if (roleIds.isEmpty())
        m_roles->setText(tr("Roles: none"));
    else if (names.size() == roleIds.size())
        m_roles->setText(tr("Roles: %1").arg(names.join(separator)));
    else   // the names are the unit's role list, which only 账号角色管理 receives
        m_roles->setText(tr("Roles: %n assigned", nullptr, int(roleIds.size())));

    // 对应角色为空: what it means and who can change it.
    const bool noRole = a && !main && roleIds.isEmpty();
    m_noticeFrame->setVisible(noRole || (a && !main && m_session.permissions.isEmpty()));
    if (noRole) {
        m_notice->setText(tr("No role is assigned to this account, so it cannot open any menu. The unit's main "
                             "account (%1) assigns roles: ask it to give you one under Account roles › Assign "
                             "accounts. Your menus appear here as soon as it does.")
                              .arg(u ? u->name : QString()));
    } else {
        m_notice->setText(tr("The roles of this account give no menu of this unit's kind. The unit's main account "
                             "(%1) can change them.")
                              .arg(u ? u->name : QString()));
    }

    m_menus->clear();
    const QSet<QString> held(m_session.permissions.cbegin(), m_session.permissions.cend());
    const PermissionCatalog &catalog = m_models && !m_models->catalog().isEmpty() ? m_models->catalog()
                                                                                  : PermissionCatalog::builtIn();
    addHeld(nullptr, m_menus, catalog.tree(), held, Startup::currentLanguage() == QLatin1String("en"));
    m_menus->expandAll();
    m_menusCaption->setVisible(!held.isEmpty());
    m_menus->setVisible(!held.isEmpty());
}

} // namespace zc::ui
