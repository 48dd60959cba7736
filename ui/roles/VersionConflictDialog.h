#pragma once

#include "models/PermissionCatalog.h"
#include "models/Role.h"
#include "sync/ApiTypes.h"

#include <QDialog>
#include <QScopedPointer>

namespace zc::ui {

namespace Ui {
class VersionConflictDialog;
}

// A stale edit of a role (412 version_conflict): shows what changed on the
// server since the person started editing next to what they changed, and
// lets them choose: reload the server's version and re-apply their own
// changes on top of it (nothing typed is lost), take the server's version,
// or keep editing.
class VersionConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { KeepEditing = 0, Reapply = 1, Discard = 2 };

    // base: the role as it was when editing started; mine: the form now;
    // theirs: the role on the server now.
    VersionConflictDialog(const Role &base, const sync::RoleInput &mine, const Role &theirs,
                          const PermissionCatalog &catalog, QWidget *parent = nullptr);
    ~VersionConflictDialog() override;

    [[nodiscard]] Choice choice() const { return m_choice; }
    // The server's version with the person's changes (base -> mine) applied on top:
    // a changed name or remark wins, permissions added stay added, removed stay removed.
    [[nodiscard]] static sync::RoleInput reapply(const Role &base, const sync::RoleInput &mine, const Role &theirs,
                                                 const PermissionCatalog &catalog);
    // What the dialog lists, for tests: the server column and the person's column per row.
    [[nodiscard]] QStringList serverChanges() const;
    [[nodiscard]] QStringList ownChanges() const;

private:
    void choose(Choice choice);
    [[nodiscard]] QString permissionDiff(const QStringList &before, const QStringList &after) const;
    [[nodiscard]] QString titleOf(const QString &code) const;

    QScopedPointer<Ui::VersionConflictDialog> m_ui;
    PermissionCatalog m_catalog;
    Choice m_choice = KeepEditing;
};

} // namespace zc::ui
