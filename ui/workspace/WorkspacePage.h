#pragma once

#include "ui/UiStyle.h"

#include "models/Session.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QDialog;
class QFrame;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QPushButton;

namespace zc::sync {
class ApiClient;
class Workspace;
}

namespace zc::ui {

class BusyBar;
class PagedTable;
class WorkspaceModels;

// What the working pages over the signed-in account's data share (账号角色管理,
// 单位经办人, 审计日志): the models they show and the client they ask, the
// workspace they write through and the session, the read-only switch
// (offline: editing off, each action saying why), the message line under the
// filters (successes also go to the status bar), the busy bar of the page's
// requests, CSV export of what the table shows and refresh. A page hands its
// form's common widgets to setUpPage() right after setupUi(), and cancels
// busyBar() in its own destructor (the answer's callback still finds the
// page's members there).
class WorkspacePage : public QWidget
{
    Q_OBJECT
public:
    ~WorkspacePage() override;

    void setWorkspace(sync::Workspace *workspace);
    void setSession(const Session &session);
    // Offline (or no write path): every editing action off, with `reason` as the tool tip.
    void setReadOnly(bool readOnly, const QString &reason);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] bool isBusy() const;
    // Brings the page up to date; by default it asks for a sync (refreshRequested).
    virtual void refresh();

Q_SIGNALS:
    void refreshRequested();
    void statusMessage(const QString &text);

protected:
    // The widgets every page's form has.
    struct PageWidgets
    {
        QLabel *title;
        QLabel *intro;
        QFrame *filterFrame;
        QPushButton *searchButton;
        QLabel *message;
        BusyBar *busyBar;
        QPushButton *exportButton;
    };
    // The widgets of a page that edits the cached data.
    struct EditWidgets
    {
        QPushButton *addButton;       // off while read-only
        QString addToolTip;           // its tool tip while it can be used
        PagedTable *table;            // its row actions follow read-only; its pager's 刷新数据 asks for a sync
    };

    // What Export writes.
    struct CsvExport
    {
        QString baseName;   // the suggested file name's stem (the date is added)
        QString csv;
        QString doneText;   // said once written; %1 is the file's path
    };

    WorkspacePage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent);

    // The start of a page built in code rather than from a .ui form (权限矩阵,
    // 权限审查): the page's layout holding its title and intro, and the filter
    // frame with its empty row of filters, for the page to fill and add.
    struct CodeForm
    {
        QVBoxLayout *layout;
        QLabel *title;
        QLabel *intro;
        QFrame *filterFrame;
        QHBoxLayout *filters;
    };
    CodeForm buildCodeForm();

    void setUpPage(const PageWidgets &widgets);
    // For a page that edits; before setEmptyTexts() and addDeleteShortcut().
    void setUpEditing(const EditWidgets &widgets);
    // The table's text when it has no rows, and while the cache is still loading.
    void setEmptyTexts(const QString &empty, const QString &loading);
    // The Delete key on the table runs `remove` for the current row, unless read-only.
    void addDeleteShortcut(const QString &text, std::function<void(qint64 id)> remove);
    // Opens `dialog` window-modal, deleted once closed; when it closes, what
    // `summary` says it did (if anything) goes to the message line.
    void openDialog(QDialog *dialog, std::function<QString()> summary = {});

    [[nodiscard]] virtual CsvExport csvExport() const = 0;
    // After the read-only switch moved (the base has updated its buttons and the table's actions).
    virtual void readOnlyChanged(bool readOnly, const QString &reason);

    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }
    [[nodiscard]] BusyBar *busyBar() const { return m_widgets.busyBar; }
    // A success (also sent to the status bar) or an error; empty text hides the line.
    void showMessage(const QString &text, bool error);
    // A message of any kind, only on the page.
    void showNotice(const QString &text, UiStyle::Message kind);

    QPointer<WorkspaceModels> m_models;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::Workspace> m_workspace;
    Session m_session;

private:
    void exportCsv();
    void updateActions();

    PageWidgets m_widgets{};
    EditWidgets m_edit{};
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace zc::ui
