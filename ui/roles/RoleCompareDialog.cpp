#include "RoleCompareDialog.h"

#include "ui/audit/AuditEventTableModel.h"
#include "ui/UiStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>

namespace zc::ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
enum Column { MenuColumn, LeftColumn, RightColumn };
} // namespace

RoleCompareDialog::RoleCompareDialog(const QList<Role> &roles, const PermissionCatalog &catalog, bool englishTitles,
                                     QWidget *parent)
    : QDialog(parent), m_roles(roles), m_catalog(catalog), m_english(englishTitles)
{
    setWindowTitle(tr("Compare roles"));
    std::sort(m_roles.begin(), m_roles.end(), [](const Role &a, const Role &b) { return a.name < b.name; });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *form = new QFormLayout;
    m_left = new QComboBox(this);
    m_left->setObjectName(QStringLiteral("leftCombo"));
    m_right = new QComboBox(this);
    m_right->setObjectName(QStringLiteral("rightCombo"));
    for (QComboBox *combo : {m_left, m_right}) {
        combo->setMinimumWidth(260);
        for (const Role &r : std::as_const(m_roles))
            combo->addItem(r.name, r.id);
    }
    m_left->setAccessibleName(tr("First role"));
    m_right->setAccessibleName(tr("Second role"));
    m_leftCaption = new QLabel(tr("&First role:"), this);
    m_leftCaption->setBuddy(m_left);
    m_rightCaption = new QLabel(tr("&Second role:"), this);
    m_rightCaption->setBuddy(m_right);
    form->addRow(m_leftCaption, m_left);
    form->addRow(m_rightCaption, m_right);
    layout->addLayout(form);

    m_differencesOnly = new QCheckBox(tr("Show &differences only"), this);
    m_differencesOnly->setObjectName(QStringLiteral("differencesOnlyCheck"));
    layout->addWidget(m_differencesOnly);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setColumnCount(3);
    m_tree->setAccessibleName(tr("Menu permissions of the two roles"));
    m_tree->header()->setSectionResizeMode(MenuColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(LeftColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(RightColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    for (const Permission &top : m_catalog.tree())
        fill(nullptr, top);
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_left, &QComboBox::currentIndexChanged, this, &RoleCompareDialog::compare);
    connect(m_right, &QComboBox::currentIndexChanged, this, &RoleCompareDialog::compare);
    connect(m_differencesOnly, &QCheckBox::toggled, this, &RoleCompareDialog::compare);
    if (m_right->count() > 1)
        m_right->setCurrentIndex(1);
    compare();
    resize(640, 680);
}

namespace {

// A role as an event's details give it ({name, remark, permissions}); none: an empty one.
Role roleFromState(qint64 id, const std::optional<QJsonObject> &state, const QString &absent)
{
    Role r;
    r.id = id;
    if (!state) {
        r.name = absent;
        return r;
    }
    r.name = state->value(QStringLiteral("name")).toString();
    r.remark = state->value(QStringLiteral("remark")).toString();
    for (const QJsonValue &v : state->value(QStringLiteral("permissions")).toArray())
        r.permissions.append(v.toString());
    return r;
}

} // namespace

bool RoleCompareDialog::hasChange(const AuditEvent &event)
{
    return event.roleBefore() || event.roleAfter();
}

RoleCompareDialog *RoleCompareDialog::forChange(const AuditEvent &event, const PermissionCatalog &catalog,
                                                bool englishTitles, QWidget *parent)
{
    if (!hasChange(event))
        return nullptr;
    const QString at = event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    Role before = roleFromState(1, event.roleBefore(), tr("(none: the role was added)"));
    Role after = roleFromState(2, event.roleAfter(), tr("(none: the role was deleted)"));
    const QString name = event.roleAfter() ? after.name : before.name;
    // Both columns are named after the same role: say which is which.
    if (event.roleBefore())
        before.name = tr("%1 (before)").arg(before.name);
    if (event.roleAfter())
        after.name = tr("%1 (after)").arg(after.name);
    auto *dialog = new RoleCompareDialog({before, after}, catalog, englishTitles, parent);
    dialog->m_change = true;
    dialog->setWindowTitle(tr("Role change — “%1”, %2").arg(name, at));
    dialog->setRoles(1, 2);
    dialog->showChangeHeading(tr("%1 “%2” — %3, by %4")
                                      .arg(AuditEventTableModel::actionText(event.action), name, at,
                                           AuditEventTableModel::actorText(event)));
    return dialog;
}

void RoleCompareDialog::showChangeHeading(const QString &text)
{
    // The two sides are fixed: one line says what changed, when and by whom, instead of two choices.
    for (QWidget *w : std::initializer_list<QWidget *>{m_leftCaption, m_rightCaption, m_left, m_right})
        w->hide();
    auto *heading = new QLabel(text, this);
    heading->setObjectName(QStringLiteral("changeHeading"));
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, heading);
    compare();
}

void RoleCompareDialog::fill(QTreeWidgetItem *parent, const Permission &node)
{
    const QString title = m_english ? node.titleEn : node.titleZh;
    auto *item = parent ? new QTreeWidgetItem(parent, {title}) : new QTreeWidgetItem(m_tree, {title});
    item->setData(MenuColumn, CodeRole, node.code);
    item->setToolTip(MenuColumn, node.code);
    for (const Permission &child : node.children)
        fill(item, child);
}

const Role *RoleCompareDialog::roleAt(const QComboBox *combo) const
{
    const qint64 id = combo->currentData().toLongLong();
    for (const Role &r : m_roles) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

void RoleCompareDialog::setRoles(qint64 leftId, qint64 rightId)
{
    if (leftId && m_left->findData(leftId) >= 0)
        m_left->setCurrentIndex(m_left->findData(leftId));
    if (rightId && m_right->findData(rightId) >= 0)
        m_right->setCurrentIndex(m_right->findData(rightId));
    compare();
}

void RoleCompareDialog::setDifferencesOnly(bool only)
{
    m_differencesOnly->setChecked(only);
}

void RoleCompareDialog::compare()
{
    const Role *left = roleAt(m_left);
    const Role *right = roleAt(m_right);
    m_tree->setHeaderLabels({tr("Menu permission"), left ? left->name : QString(), right ? right->name : QString()});
    const QStringList leftLeaves = left ? m_catalog.expand(left->permissions) : QStringList();
    const QStringList rightLeaves = right ? m_catalog.expand(right->permissions) : QStringList();
    const QSet<QString> a(leftLeaves.cbegin(), leftLeaves.cend());
    const QSet<QString> b(rightLeaves.cbegin(), rightLeaves.cend());
    m_shared.clear();
    m_onlyLeft.clear();
    m_onlyRight.clear();
    const QString held = tr("✓");
    QColor tint = UiStyle::colour(UiStyle::Tone::Caution);
    tint.setAlpha(48);   // a pale mark over the row, the text stays readable
    const QBrush differs(tint);
    const bool differencesOnly = m_differencesOnly->isChecked();

    // The leaves: marks, the differing ones highlighted, the same ones hidden on request.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->childCount() > 0)
            continue;
        const QString code = item->data(MenuColumn, CodeRole).toString();
        const bool inA = a.contains(code);
        const bool inB = b.contains(code);
        item->setText(LeftColumn, inA ? held : QString());
        item->setText(RightColumn, inB ? held : QString());
        for (int c = 0; c < 3; ++c)
            item->setBackground(c, inA != inB ? differs : QBrush());
        if (inA && inB)
            m_shared << code;
        else if (inA)
            m_onlyLeft << code;
        else if (inB)
            m_onlyRight << code;
        item->setHidden(differencesOnly && inA == inB);
    }
    // Parents: hidden when every leaf under them is; their mark says all (✓) or how many.
    struct Tally { int leaves = 0; int left = 0; int right = 0; int shown = 0; };
    const auto mark = [&held](int count, int leaves) {
        return count == 0 ? QString() : count == leaves ? held : tr("%1/%2").arg(count).arg(leaves);
    };
    std::function<Tally(QTreeWidgetItem *)> settle = [&](QTreeWidgetItem *item) -> Tally {
        if (item->childCount() == 0)
            return {1, item->text(LeftColumn).isEmpty() ? 0 : 1, item->text(RightColumn).isEmpty() ? 0 : 1,
                    item->isHidden() ? 0 : 1};
        Tally t;
        for (int i = 0; i < item->childCount(); ++i) {
            const Tally c = settle(item->child(i));
            t.leaves += c.leaves;
            t.left += c.left;
            t.right += c.right;
            t.shown += c.shown;
        }
        item->setText(LeftColumn, mark(t.left, t.leaves));
        item->setText(RightColumn, mark(t.right, t.leaves));
        item->setHidden(t.shown == 0);
        return t;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        settle(m_tree->topLevelItem(i));
    m_summary->setText(summaryText());
}

QString RoleCompareDialog::summaryText() const
{
    const Role *left = roleAt(m_left);
    const Role *right = roleAt(m_right);
    if (!left || !right)
        return tr("Choose two roles.");
    if (left->id == right->id)
        return tr("The same role is chosen twice.");
    if (m_change) {
        if (m_onlyLeft.isEmpty() && m_onlyRight.isEmpty())
            return tr("The menu permissions did not change (%n held).", nullptr, int(m_shared.size()));
        return tr("Added %1, removed %2, kept %3.")
            .arg(tr("%n menu permission(s)", nullptr, int(m_onlyRight.size())),
                 tr("%n menu permission(s)", nullptr, int(m_onlyLeft.size())),
                 tr("%n menu permission(s)", nullptr, int(m_shared.size())));
    }
    if (m_onlyLeft.isEmpty() && m_onlyRight.isEmpty())
        return tr("“%1” and “%2” hold the same %n menu permission(s).", nullptr, int(m_shared.size()))
            .arg(left->name, right->name);
    return tr("Both hold %1; only “%2” holds %3; only “%4” holds %5.")
        .arg(tr("%n menu permission(s)", nullptr, int(m_shared.size())), left->name,
             tr("%n menu permission(s)", nullptr, int(m_onlyLeft.size())), right->name,
             tr("%n menu permission(s)", nullptr, int(m_onlyRight.size())));
}

QStringList RoleCompareDialog::shownLeaves() const
{
    QStringList shown;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->childCount() == 0 && !(*it)->isHidden())
            shown << (*it)->data(MenuColumn, CodeRole).toString();
    }
    return shown;
}

} // namespace zc::ui
