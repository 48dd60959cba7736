#include "VersionConflictDialog.h"
#include "ui_VersionConflictDialog.h"

#include "ui/Startup.h"
#include "ui/UiStyle.h"

#include <QHeaderView>
#include <QIcon>
#include <QPushButton>
#include <QSet>
#include <QTreeWidgetItem>

namespace zc::ui {

namespace {
enum Column { WhatColumn, ServerColumn, OwnColumn };

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}
} // namespace

VersionConflictDialog::VersionConflictDialog(const Role &base, const sync::RoleInput &mine, const Role &theirs,
                                             const PermissionCatalog &catalog, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::VersionConflictDialog), m_catalog(catalog)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/shield-alert.svg")).pixmap(40, 40));
    UiStyle::dialogHeadline(m_ui->headlineLabel);
    UiStyle::primaryButton(m_ui->reapplyButton);
    const QString when = theirs.updatedAt.isValid()
                             ? QLocale().toString(theirs.updatedAt.toLocalTime(), QLocale::ShortFormat)
                             : tr("a moment ago");
    m_ui->introLabel->setText(tr("While you were editing, the role “%1” was changed on the server (%2). Nothing you "
                                 "typed is lost: compare the changes and choose how to go on.")
                                  .arg(base.name, when));

    QTreeWidget *tree = m_ui->changesTree;
    tree->setHeaderLabels({tr("Item"), tr("Changed on the server"), tr("Your changes")});
    tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(ServerColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(OwnColumn, QHeaderView::Stretch);
    tree->setTextElideMode(Qt::ElideNone);
    tree->setWordWrap(true);

    const QString unchanged = tr("(unchanged)");
    const auto change = [](const QString &from, const QString &to) {
        const auto shown = [](const QString &s) { return s.isEmpty() ? tr("(empty)") : QStringLiteral("“%1”").arg(s); };
        //: A value before and after a change, on two lines.
        return tr("%1\n→ %2").arg(shown(from), shown(to));
    };
    QStringList bothChanged;
    const auto addRow = [&](const QString &what, const QString &server, const QString &own) {
        auto *item = new QTreeWidgetItem(tree, {what, server.isEmpty() ? unchanged : server, own.isEmpty() ? unchanged : own});
        for (int c : {ServerColumn, OwnColumn})
            item->setToolTip(c, item->text(c));
        if (!server.isEmpty())
            item->setForeground(ServerColumn, UiStyle::colour(UiStyle::Tone::Bad));
        if (!own.isEmpty())
            item->setForeground(OwnColumn, UiStyle::colour(UiStyle::Tone::Link));
        if (!server.isEmpty() && !own.isEmpty())
            bothChanged << what;
    };

    const QString mineName = mine.name.trimmed();
    addRow(tr("Role name"), theirs.name != base.name ? change(base.name, theirs.name) : QString(),
           mineName != base.name ? change(base.name, mineName) : QString());
    addRow(tr("Remark"), theirs.remark != base.remark ? change(base.remark, theirs.remark) : QString(),
           mine.remark != base.remark ? change(base.remark, mine.remark) : QString());
    const QStringList baseLeaves = m_catalog.expand(base.permissions);
    addRow(tr("Menu permissions"), permissionDiff(baseLeaves, m_catalog.expand(theirs.permissions)),
           permissionDiff(baseLeaves, m_catalog.expand(mine.permissions)));
    if (theirs.accountCount != base.accountCount) {
        auto *item = new QTreeWidgetItem(
            tree, {tr("Assigned accounts"),
                   tr("%1 → %2").arg(base.accountCount).arg(theirs.accountCount), tr("(not editable here)")});
        item->setForeground(ServerColumn, UiStyle::colour(UiStyle::Tone::Bad));
    }

    QStringList notes;
    if (!bothChanged.isEmpty())
        notes << tr("You and someone else both changed: %1. If you re-apply your changes, yours are kept there.")
                     .arg(bothChanged.join(tr(", ")));
    notes << tr("“Reload and re-apply” puts your changes on top of the server's version; check the form and save "
                "again. “Discard” shows the server's version instead.");
    m_ui->noteLabel->setText(notes.join(QLatin1Char('\n')));
    UiStyle::intro(m_ui->noteLabel);

    connect(m_ui->reapplyButton, &QPushButton::clicked, this, [this] { choose(Reapply); });
    connect(m_ui->discardButton, &QPushButton::clicked, this, [this] { choose(Discard); });
    connect(m_ui->keepButton, &QPushButton::clicked, this, [this] { choose(KeepEditing); });
    m_ui->reapplyButton->setFocus();
}

VersionConflictDialog::~VersionConflictDialog() = default;

void VersionConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    // done() with the choice: KeepEditing is also what Esc (reject) gives.
    done(choice);
}

QString VersionConflictDialog::titleOf(const QString &code) const
{
    const Permission *p = m_catalog.find(code);
    if (!p)
        return code;
    return Startup::currentLanguage() == QLatin1String("en") ? p->titleEn : p->titleZh;
}

QString VersionConflictDialog::permissionDiff(const QStringList &before, const QStringList &after) const
{
    const QSet<QString> b = toSet(before);
    const QSet<QString> a = toSet(after);
    QStringList added;
    QStringList removed;
    for (const QString &code : after) {
        if (!b.contains(code))
            added << titleOf(code);
    }
    for (const QString &code : before) {
        if (!a.contains(code))
            removed << titleOf(code);
    }
    QStringList parts;
    if (!added.isEmpty())
        parts << tr("added: %1").arg(added.join(tr(", ")));
    if (!removed.isEmpty())
        parts << tr("removed: %1").arg(removed.join(tr(", ")));
    return parts.join(QLatin1Char('\n'));
}

sync::RoleInput VersionConflictDialog::reapply(const Role &base, const sync::RoleInput &mine, const Role &theirs,
                                               const PermissionCatalog &catalog)
{
    sync::RoleInput out;
    out.name = mine.name.trimmed() != base.name ? mine.name.trimmed() : theirs.name;
    out.remark = mine.remark != base.remark ? mine.remark : theirs.remark;
    QStringList unknownBase;
    QStringList unknownMine;
    QStringList unknownTheirs;
    const QSet<QString> b = toSet(catalog.expand(base.permissions, &unknownBase) + unknownBase);
    const QSet<QString> m = toSet(catalog.expand(mine.permissions, &unknownMine) + unknownMine);
    QSet<QString> result = toSet(catalog.expand(theirs.permissions, &unknownTheirs) + unknownTheirs);
    result.unite(m - b);        // what I added
    result.subtract(b - m);     // what I removed
    QStringList unknown;
    out.permissions = catalog.expand(QStringList(result.cbegin(), result.cend()), &unknown);
    std::sort(unknown.begin(), unknown.end());
    out.permissions << unknown;
    return out;
}

QStringList VersionConflictDialog::serverChanges() const
{
    QStringList out;
    for (int i = 0; i < m_ui->changesTree->topLevelItemCount(); ++i)
        out << m_ui->changesTree->topLevelItem(i)->text(ServerColumn);
    return out;
}

QStringList VersionConflictDialog::ownChanges() const
{
    QStringList out;
    for (int i = 0; i < m_ui->changesTree->topLevelItemCount(); ++i)
        out << m_ui->changesTree->topLevelItem(i)->text(OwnColumn);
    return out;
}

} // namespace zc::ui
