#include "WorkspacePage.h"

#include "ui/widgets/PagerWidget.h"

#include "ui/widgets/BusyBar.h"
#include "ui/widgets/PagedTable.h"
#include "ui/widgets/TableExport.h"
#include "ui/workspace/WorkspaceModels.h"

#include "sync/ApiClient.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QToolButton>
#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zc::ui {

WorkspacePage::WorkspacePage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent)
    : QWidget(parent), m_models(models), m_client(client)
{
}

WorkspacePage::~WorkspacePage() = default;

WorkspacePage::CodeForm WorkspacePage::buildCodeForm()
{
    CodeForm form{};
    form.layout = new QVBoxLayout(this);
    form.layout->setContentsMargins(20, 16, 20, 16);
    form.layout->setSpacing(10);
    form.title = new QLabel(this);
    form.title->setObjectName(QStringLiteral("titleLabel"));
    form.intro = new QLabel(this);
    form.intro->setObjectName(QStringLiteral("introLabel"));
    form.intro->setWordWrap(true);
    form.layout->addWidget(form.title);
    form.layout->addWidget(form.intro);
    form.filterFrame = new QFrame(this);
    form.filterFrame->setObjectName(QStringLiteral("filterFrame"));
    form.filters = new QHBoxLayout(form.filterFrame);
    form.filters->setContentsMargins(12, 10, 12, 10);
    form.filters->setSpacing(8);
    return form;
}

void WorkspacePage::setUpPage(const PageWidgets &widgets)
{
    m_widgets = widgets;
    UiStyle::pageTitle(widgets.title);
    UiStyle::intro(widgets.intro);
    UiStyle::filterFrame(widgets.filterFrame);
    UiStyle::primaryButton(widgets.searchButton);
    UiStyle::message(widgets.message, QString(), UiStyle::Message::Info);
    connect(widgets.exportButton, &QPushButton::clicked, this, &WorkspacePage::exportCsv);
}

void WorkspacePage::setUpEditing(const EditWidgets &widgets)
{
    m_edit = widgets;
    UiStyle::primaryButton(widgets.addButton);
    widgets.table->pager()->setRefreshVisible(true);
    connect(widgets.table->pager(), &PagerWidget::refreshRequested, this, &WorkspacePage::refresh);
    updateActions();
}

void WorkspacePage::setEmptyTexts(const QString &empty, const QString &loading)
{
    m_edit.table->setEmptyText(empty);
    connect(m_models, &WorkspaceModels::loadingChanged, this, [this, empty, loading](bool isLoading) {
        m_edit.table->setEmptyText(isLoading ? loading : empty);
    });
}

void WorkspacePage::addDeleteShortcut(const QString &text, std::function<void(qint64)> remove)
{
    PagedTable *table = m_edit.table;
    auto *deleteAction = new QAction(text, table->view());
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    table->view()->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this, table, remove = std::move(remove)] {
        if (const qint64 id = table->currentId(); id && !m_readOnly)
            remove(id);
    });
}

void WorkspacePage::openDialog(QDialog *dialog, std::function<QString()> summary)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (summary) {
        connect(dialog, &QDialog::finished, this, [this, summary = std::move(summary)] {
            const QString text = summary();
            if (!text.isEmpty())
                showMessage(text, false);
        });
    }
    dialog->open();
}

void WorkspacePage::setWorkspace(sync::Workspace *workspace)
{
    m_workspace = workspace;
    updateActions();
}

void WorkspacePage::setSession(const Session &session)
{
    m_session = session;
}

void WorkspacePage::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
    updateActions();
    readOnlyChanged(readOnly, reason);
}

void WorkspacePage::readOnlyChanged(bool, const QString &) {}

void WorkspacePage::updateActions()
{
    if (!m_edit.table)
        return;
    m_edit.addButton->setEnabled(!m_readOnly);
    m_edit.addButton->setToolTip(m_readOnly ? m_readOnlyReason : m_edit.addToolTip);
    m_edit.table->pager()->refreshButton()->setEnabled(m_workspace != nullptr);
    m_edit.table->refreshActions();
}

void WorkspacePage::refresh()
{
    Q_EMIT refreshRequested();
}

QString WorkspacePage::messageText() const
{
    return m_widgets.message && m_widgets.message->isVisibleTo(this) ? m_widgets.message->text() : QString();
}

bool WorkspacePage::isBusy() const
{
    return m_widgets.busyBar && m_widgets.busyBar->isBusy();
}

void WorkspacePage::showMessage(const QString &text, bool error)
{
    showNotice(text, error ? UiStyle::Message::Error : UiStyle::Message::Success);
}

void WorkspacePage::showNotice(const QString &text, UiStyle::Message kind)
{
    UiStyle::message(m_widgets.message, text, kind);
    if (kind == UiStyle::Message::Success && !text.isEmpty())
        Q_EMIT statusMessage(text);
}

void WorkspacePage::exportCsv()
{
    const CsvExport e = csvExport();
    const QString path = TableExport::exportWithDialog(this, e.baseName, e.csv);
    if (!path.isEmpty())
        showMessage(e.doneText.arg(path), false);
}

} // namespace zc::ui
