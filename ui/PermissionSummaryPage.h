#pragma once

#include "models/Session.h"

#include <QScopedPointer>
#include <QWidget>

namespace zc::ui {

namespace Ui {
class PermissionSummaryPage;
}

// A page of the main window whose tools come in a later version: its title,
// what it will hold, and the menu permissions the signed-in account has
// (the catalog tree cut down to the held leaves), so the page already tells
// the person what they may do.
class PermissionSummaryPage : public QWidget
{
    Q_OBJECT
public:
    PermissionSummaryPage(const QString &title, const QString &description, const QString &iconPath,
                          QWidget *parent = nullptr);
    ~PermissionSummaryPage() override;

    void setSession(const Session &session);
    [[nodiscard]] QString title() const;
    // Leaves shown in the permission tree.
    [[nodiscard]] int shownPermissionCount() const { return m_shownLeaves; }

private:
    QScopedPointer<Ui::PermissionSummaryPage> m_ui;
    int m_shownLeaves = 0;
};

} // namespace zc::ui
