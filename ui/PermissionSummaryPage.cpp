#include "PermissionSummaryPage.h"
#include "ui_PermissionSummaryPage.h"

#include "Startup.h"
#include "models/PermissionCatalog.h"

#include <QIcon>
#include <QSet>

namespace zc::ui {

namespace {

QString titleOf(const Permission &p)
{
    const bool zh = Startup::currentLanguage() == QLatin1String("zh_CN");
    const QString t = zh ? p.titleZh : p.titleEn;
    return t.isEmpty() ? p.code : t;
}

// Adds `node` under `parent` when it or a descendant is held; returns the leaves added.
int addHeld(const Permission &node, const QSet<QString> &held, QTreeWidgetItem *parent, QTreeWidget *tree)
{
    if (node.isLeaf()) {
        if (!held.contains(node.code))
            return 0;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, titleOf(node));
        item->setToolTip(0, node.code);
        item->setIcon(0, QIcon(QStringLiteral(":/zc/icons/check.svg")));
        return 1;
    }
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, titleOf(node));
    item->setToolTip(0, node.code);
    int added = 0;
    for (const Permission &child : node.children)
        added += addHeld(child, held, item, tree);
    if (added == 0)
        delete item;
    return added;
}

} // namespace

PermissionSummaryPage::PermissionSummaryPage(const QString &title, const QString &description,
                                             const QString &iconPath, QWidget *parent)
    : QWidget(parent), m_ui(new Ui::PermissionSummaryPage)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath).pixmap(32, 32));
    m_ui->titleLabel->setText(title);
    QFont f = m_ui->titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_ui->titleLabel->setFont(f);
    m_ui->descriptionLabel->setText(description);
    m_ui->laterLabel->setText(tr("The tools of this page come with a later version of the client."));
    m_ui->laterLabel->setStyleSheet(QStringLiteral(
        "QLabel { color: #174ea6; background: #e8f0fe; border: 1px solid #c6dafc; border-radius: 4px; padding: 8px; }"));
}

PermissionSummaryPage::~PermissionSummaryPage() = default;

QString PermissionSummaryPage::title() const
{
    return m_ui->titleLabel->text();
}

void PermissionSummaryPage::setSession(const Session &session)
{
    m_ui->permissionTree->clear();
    const QSet<QString> held(session.permissions.cbegin(), session.permissions.cend());
    const PermissionCatalog &catalog = PermissionCatalog::builtIn();
    m_shownLeaves = 0;
    for (const Permission &top : catalog.tree())
        m_shownLeaves += addHeld(top, held, nullptr, m_ui->permissionTree);
    // Codes the built-in catalog does not know (a newer server) still show, by code.
    for (const QString &code : std::as_const(session.permissions)) {
        if (!catalog.contains(code)) {
            auto *item = new QTreeWidgetItem(m_ui->permissionTree, {code});
            item->setIcon(0, QIcon(QStringLiteral(":/zc/icons/check.svg")));
            ++m_shownLeaves;
        }
    }
    m_ui->permissionTree->expandAll();

    const QString who = session.isMainAccount() ? tr("the unit's main account") : tr("a handler account");
    if (m_shownLeaves == 0) {
        m_ui->summaryLabel->setText(tr("Your account (%1) holds no menu permissions yet. Ask your unit's main "
                                       "account to assign you a role.")
                                        .arg(who));
    } else {
        m_ui->summaryLabel->setText(tr("Your account (%1) holds %n menu permission(s):", nullptr, m_shownLeaves)
                                        .arg(who));
    }
}

} // namespace zc::ui
