#include "ApiTokensPage.h"
#include "ui_ApiTokensPage.h"

#include "ui/ErrorText.h"
#include "ui/interfaces/ApiTokenDialog.h"
#include "ui/interfaces/ApiTokenTableModel.h"
#include "ui/Startup.h"
#include "ui/UiStyle.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PagerWidget.h"
#include "ui/widgets/TableExport.h"
#include "ui/workspace/WorkspaceModels.h"

#include "sync/ApiClient.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

namespace zc::ui {

ApiTokensPage::ApiTokensPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent)
    : WorkspacePage(models, client, parent), m_ui(new Ui::ApiTokensPage)
{
    m_ui->setupUi(this);
    setUpPage({m_ui->titleLabel, m_ui->introLabel, m_ui->toolFrame, m_ui->addButton, m_ui->messageLabel,
               m_ui->busyBar, m_ui->exportButton});
    UiStyle::dangerButton(m_ui->deleteButton);

    m_model = new ApiTokenTableModel(this);
    m_model->setTitleLookup([this](const QString &code) -> QString {
        const Permission *p = m_models ? m_models->catalog().find(code) : nullptr;
        if (!p)
            return {};
        return Startup::currentLanguage() == QLatin1String("en") ? p->titleEn : p->titleZh;
    });
    QTableView *view = m_ui->tokenView;
    view->setModel(m_model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(32);
    QHeaderView *header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->resizeSection(ApiTokenTableModel::NameColumn, 170);
    header->resizeSection(ApiTokenTableModel::PermissionsColumn, 220);
    header->resizeSection(ApiTokenTableModel::CreatedByColumn, 130);
    header->resizeSection(ApiTokenTableModel::CreatedAtColumn, 130);
    header->resizeSection(ApiTokenTableModel::ExpiresAtColumn, 130);
    header->resizeSection(ApiTokenTableModel::LastUsedColumn, 130);
    header->setStretchLastSection(true);
    UiStyle::table(view);

    auto *deleteAction = new QAction(tr("Delete API token"), view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedDeletableId(); id && !isReadOnly())
            deleteToken(id);
    });
    connect(view, &QWidget::customContextMenuRequested, this, &ApiTokensPage::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApiTokensPage::updateButtons);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addToken(); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedDeletableId())
            deleteToken(id);
    });
    connect(m_ui->pager, &PagerWidget::pageRequested, this, &ApiTokensPage::load);
    connect(m_ui->pager, &PagerWidget::pageSizeRequested, this, &ApiTokensPage::setPageSize);
    m_ui->pager->setRefreshVisible(true);
    connect(m_ui->pager, &PagerWidget::refreshRequested, this, &ApiTokensPage::refresh);
    connect(m_ui->busyBar, &BusyBar::cancelled, this, [this] {
        showNotice(tr("Loading the API tokens was cancelled."), UiStyle::Message::Warning);
    });

    setTabOrder(m_ui->addButton, m_ui->deleteButton);
    setTabOrder(m_ui->deleteButton, m_ui->exportButton);
    setTabOrder(m_ui->exportButton, m_ui->tokenView);
    m_ui->pager->setState(0, 1, 1, m_size);
    updateButtons();
}

ApiTokensPage::~ApiTokensPage()
{
    m_ui->busyBar->cancel();
}

ApiTokenDialog *ApiTokensPage::dialog() const
{
    return m_dialog;
}

void ApiTokensPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

void ApiTokensPage::refresh()
{
    load(m_page);
}

void ApiTokensPage::setPageSize(int size)
{
    m_size = size;
    load(1);
}

void ApiTokensPage::readOnlyChanged(bool readOnly, const QString &)
{
    updateButtons();
    if (readOnly) {
        showNotice(tr("Offline: API tokens are kept only on the server, so they cannot be listed, added or "
                      "deleted now. The list returns when the server can be reached."),
                   UiStyle::Message::Warning);
    } else if (m_loadedOnce) {
        load(m_page);
    }
}

void ApiTokensPage::load(int page)
{
    if (!m_client)
        return;
    m_loadedOnce = true;
    m_ui->busyBar->cancel();
    m_page = std::max(1, page);
    if (isReadOnly()) {
        readOnlyChanged(true, readOnlyReason());
        return;
    }
    showNotice(QString(), UiStyle::Message::Info);
    sync::ApiJob *job = m_client->apiTokens(m_page, m_size, this, [this](const sync::Result<sync::Page<ApiToken>> &r) {
        m_ui->busyBar->stop();
        if (!r.ok()) {
            if (r.error.isTransport() && isReadOnly())
                return;   // went offline meanwhile: readOnlyChanged() says so
            if (!r.error.is(ErrorCode::Cancelled))
                showNotice(ErrorText::sentence(r.error), UiStyle::Message::Error);
            return;
        }
        // A page past the end (the last token of it was deleted): the last page there is.
        const int size = std::max(1, r.value->size);
        const int pages = std::max(1, (r.value->total + size - 1) / size);
        if (r.value->items.isEmpty() && r.value->total > 0 && m_page > pages) {
            load(pages);
            return;
        }
        m_model->setTokens(r.value->items);
        m_total = r.value->total;
        m_ui->pager->setState(m_total, r.value->page, pages, size);
        updateButtons();
        if (m_total == 0)
            showNotice(tr("No API tokens yet. Add one for each script or system that needs to use the platform."),
                       UiStyle::Message::Info);
    });
    m_ui->busyBar->start(tr("Loading the API tokens…"), job);
}

ApiTokenDialog *ApiTokensPage::addToken()
{
    if (isReadOnly() || !m_client || !m_models)
        return nullptr;
    auto *dialog = new ApiTokenDialog(m_client, m_models->catalog(), m_session, this);
    m_dialog = dialog;
    openDialog(dialog, [this, dialog] {
        if (!dialog->created())
            return QString();
        load(1);
        return tr("The API token “%1” was added.").arg(dialog->created()->token.name);
    });
    return dialog;
}

void ApiTokensPage::deleteToken(qint64 id)
{
    const std::optional<ApiToken> token = m_model->token(id);
    if (!token || !m_client || isReadOnly())
        return;
    const DeleteTexts texts = deleteTexts(*token);
    if (MessageBox::question(this, texts.title, texts.question) != QMessageBox::Yes)
        return;
    sync::ApiJob *job = m_client->deleteApiToken(id, this, [this, done = texts.done](const sync::Result<sync::Nothing> &r) {
        m_ui->busyBar->stop();
        if (!r.ok()) {
            if (!r.error.is(ErrorCode::Cancelled))
                showMessage(ErrorText::sentence(r.error), true);
            return;
        }
        load(m_page);
        showMessage(done, false);
    });
    m_ui->busyBar->start(texts.busy, job);
}

DeleteTexts ApiTokensPage::deleteTexts(const ApiToken &token)
{
    return {tr("Delete API token"),
            tr("Are you sure you want to delete the API token “%1”? Scripts and systems using it lose access at "
               "once. This cannot be undone.")
                    .arg(token.name),
            tr("Deleting the API token…"), tr("The API token “%1” was deleted; it no longer works.").arg(token.name)};
}

void ApiTokensPage::selectToken(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(ApiTokenTableModel::IdRole).toLongLong() == id) {
            m_ui->tokenView->selectRow(row);
            return;
        }
    }
}

qint64 ApiTokensPage::selectedDeletableId() const
{
    const QModelIndexList rows = m_ui->tokenView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !rows.first().data(ApiTokenTableModel::DeletableRole).toBool())
        return 0;
    return rows.first().data(ApiTokenTableModel::IdRole).toLongLong();
}

void ApiTokensPage::updateButtons()
{
    m_ui->addButton->setEnabled(!isReadOnly());
    m_ui->addButton->setToolTip(isReadOnly() ? readOnlyReason() : tr("Add a token for a script or another system"));
    const bool deletable = selectedDeletableId() != 0;
    m_ui->deleteButton->setEnabled(!isReadOnly() && deletable);
    m_ui->deleteButton->setToolTip(isReadOnly() ? readOnlyReason()
                                   : deletable  ? tr("Delete the selected token; it stops working at once")
                                                : tr("Select a token that has not been deleted"));
}

void ApiTokensPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->tokenView->indexAt(pos);
    if (!index.isValid())
        return;
    m_ui->tokenView->selectRow(index.row());
    QMenu menu(this);
    QAction *remove = menu.addAction(tr("&Delete…"));
    remove->setEnabled(!isReadOnly() && selectedDeletableId() != 0);
    if (menu.exec(m_ui->tokenView->viewport()->mapToGlobal(pos)) == remove)
        deleteToken(selectedDeletableId());
}

WorkspacePage::CsvExport ApiTokensPage::csvExport() const
{
    QList<int> columns;
    for (int c = 0; c < ApiTokenTableModel::ColumnCount; ++c)
        columns << c;
    return {tr("api-tokens"), TableExport::csv(m_model, columns),
            tr("%n token(s) exported to %1.", nullptr, m_model->rowCount())};
}

} // namespace zc::ui
