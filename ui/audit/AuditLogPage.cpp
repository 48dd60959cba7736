#include "AuditLogPage.h"
#include "ui_AuditLogPage.h"

#include "ui/audit/AuditEventTableModel.h"
#include "ui/ErrorText.h"
#include "ui/roles/RoleCompareDialog.h"
#include "ui/Startup.h"
#include "ui/UiStyle.h"
#include "ui/widgets/PagerWidget.h"
#include "ui/widgets/TableExport.h"
#include "ui/workspace/WorkspaceModels.h"

#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"
#include "sync/ApiClient.h"
#include "sync/Cache.h"
#include "sync/Workspace.h"

#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace zc::ui {

AuditLogPage::AuditLogPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent)
    : WorkspacePage(models, client, parent), m_ui(new Ui::AuditLogPage)
{
    m_ui->setupUi(this);
    setUpPage({m_ui->titleLabel, m_ui->introLabel, m_ui->filterFrame, m_ui->searchButton, m_ui->messageLabel,
               m_ui->busyBar, m_ui->exportButton});

    m_model = new AuditEventTableModel(this);
    // Roles and accounts still in the cache are named; deleted ones keep their number.
    m_model->setNameLookup([this](const QString &type, qint64 id) -> QString {
        if (!m_models)
            return {};
        if (type == QLatin1String("role")) {
            const std::optional<Role> r = m_models->role(id);
            return r ? r->name : QString();
        }
        if (type == QLatin1String("account")) {
            const std::optional<Account> a = m_models->account(id);
            return a ? a->name : QString();
        }
        return {};
    });
    QTableView *view = m_ui->eventView;
    view->setModel(m_model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(32);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->resizeSection(AuditEventTableModel::AtColumn, 160);
    view->horizontalHeader()->resizeSection(AuditEventTableModel::ActorColumn, 170);
    view->horizontalHeader()->resizeSection(AuditEventTableModel::ActionColumn, 130);
    view->horizontalHeader()->resizeSection(AuditEventTableModel::TargetColumn, 170);
    view->horizontalHeader()->setStretchLastSection(true);
    UiStyle::table(view);

    m_ui->actionCombo->addItem(tr("All actions"), QString());
    for (const QString &action : AuditEventTableModel::knownActions())
        m_ui->actionCombo->addItem(AuditEventTableModel::actionText(action), action);
    fillActors();
    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDate(today.addDays(-30));
    m_ui->toEdit->setDate(today);
    m_ui->fromEdit->setEnabled(false);
    m_ui->toEdit->setEnabled(false);

    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromEdit, &QDateEdit::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toEdit, &QDateEdit::setEnabled);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &AuditLogPage::search);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &AuditLogPage::resetFilters);
    connect(m_ui->pager, &PagerWidget::pageRequested, this, &AuditLogPage::load);
    connect(m_ui->pager, &PagerWidget::pageSizeRequested, this, &AuditLogPage::setPageSize);
    m_ui->pager->setRefreshVisible(true);
    connect(m_ui->pager, &PagerWidget::refreshRequested, this, [this] { load(m_query.page); });
    // The actor list is built when the page is seen, not at every load.
    connect(m_models, &WorkspaceModels::loaded, this, [this] {
        m_actorsStale = true;
        if (isVisible())
            fillActors();
    });
    connect(m_ui->busyBar, &BusyBar::cancelled, this, [this] {
        showNotice(tr("Loading the audit log was cancelled."), UiStyle::Message::Warning);
    });

    setTabOrder(m_ui->actionCombo, m_ui->actorCombo);
    setTabOrder(m_ui->actorCombo, m_ui->fromCheck);
    setTabOrder(m_ui->fromCheck, m_ui->fromEdit);
    setTabOrder(m_ui->fromEdit, m_ui->toCheck);
    setTabOrder(m_ui->toCheck, m_ui->toEdit);
    setTabOrder(m_ui->toEdit, m_ui->searchButton);
    setTabOrder(m_ui->searchButton, m_ui->resetButton);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogPage::updateChangeButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateChangeButton);
    connect(m_ui->changeButton, &QPushButton::clicked, this, [this] { showChange(currentRow()); });
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { showChange(index.row()); });

    setTabOrder(m_ui->resetButton, m_ui->changeButton);
    setTabOrder(m_ui->changeButton, m_ui->exportButton);
    setTabOrder(m_ui->exportButton, m_ui->eventView);
    m_ui->pager->setState(0, 1, 1, m_query.size);
}

AuditLogPage::~AuditLogPage()
{
    m_ui->busyBar->cancel();
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_actorsStale)
        fillActors();
    if (!m_loadedOnce)
        refresh();
}

void AuditLogPage::fillActors()
{
    // Those who can change roles and accounts: the main account and the handlers
    // holding 账号角色管理 or 账号管理. Not every account: a unit may have 100k.
    m_actorsStale = false;
    // A role grants one of them when it holds the leaf or a parent of it
    // ("basic"): no expansion of every role's codes needed.
    const auto grantsAdministration = [](const QStringList &codes) {
        for (const QString &code : codes) {
            for (const QLatin1String leaf : {QLatin1String("basic.roles"), QLatin1String("basic.accounts")}) {
                if (code == leaf || (leaf.startsWith(code) && leaf.size() > code.size() && leaf.at(code.size()) == u'.'))
                    return true;
            }
        }
        return false;
    };
    QSet<qint64> adminRoles;
    for (const Role &r : m_models->roles()->roles()) {
        if (grantsAdministration(r.permissions))
            adminRoles.insert(r.id);
    }
    QList<Account> actors;
    for (const Account &a : m_models->accounts()->accounts()) {
        bool admin = a.kind == Account::Kind::Unit;
        for (qint64 id : a.roleIds)
            admin = admin || adminRoles.contains(id);
        if (admin)
            actors << a;
    }
    std::sort(actors.begin(), actors.end(), [](const Account &a, const Account &b) {
        if (a.kind != b.kind)
            return a.kind == Account::Kind::Unit;
        return a.name < b.name;
    });
    const qint64 current = m_ui->actorCombo->currentData().toLongLong();
    m_ui->actorCombo->clear();
    m_ui->actorCombo->addItem(tr("Anyone"), 0);
    for (const Account &a : std::as_const(actors))
        m_ui->actorCombo->addItem(tr("%1 (%2)").arg(a.name, a.login), a.id);
    const int index = m_ui->actorCombo->findData(current);
    m_ui->actorCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void AuditLogPage::readOnlyChanged(bool readOnly, const QString &)
{
    // Offline the filters and pages search what this computer kept.
    if (m_loadedOnce && isVisible())
        load(m_query.page);
    else if (!readOnly)
        showNotice(QString(), UiStyle::Message::Info);
}

void AuditLogPage::setActionFilter(const QString &action)
{
    const int index = m_ui->actionCombo->findData(action);
    m_ui->actionCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void AuditLogPage::setActorFilter(qint64 accountId)
{
    const int index = m_ui->actorCombo->findData(accountId);
    m_ui->actorCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void AuditLogPage::refresh()
{
    search();
}

void AuditLogPage::search()
{
    m_query.action = m_ui->actionCombo->currentData().toString();
    m_query.actorId = m_ui->actorCombo->currentData().toLongLong();
    // Whole days in local time, sent as UTC instants (inclusive).
    m_query.from = m_ui->fromCheck->isChecked() ? m_ui->fromEdit->date().startOfDay().toUTC() : QDateTime();
    m_query.to = m_ui->toCheck->isChecked() ? m_ui->toEdit->date().endOfDay().toUTC() : QDateTime();
    if (m_query.from.isValid() && m_query.to.isValid() && m_query.from > m_query.to) {
        showNotice(tr("The start date is after the end date."), UiStyle::Message::Error);
        return;
    }
    load(1);
}

void AuditLogPage::resetFilters()
{
    m_ui->actionCombo->setCurrentIndex(0);
    m_ui->actorCombo->setCurrentIndex(0);
    m_ui->fromCheck->setChecked(false);
    m_ui->toCheck->setChecked(false);
    search();
}

void AuditLogPage::setPageSize(int size)
{
    m_query.size = size;
    load(1);
}

void AuditLogPage::load(int page)
{
    if (!m_client)
        return;
    m_loadedOnce = true;
    m_ui->busyBar->cancel();
    m_query.page = std::max(1, page);
    if (isReadOnly()) {
        loadCached();
        return;
    }
    showNotice(QString(), UiStyle::Message::Info);
    sync::ApiJob *job = m_client->auditEvents(m_query, this, [this](const sync::Result<sync::Page<AuditEvent>> &r) {
        m_ui->busyBar->stop();
        if (!r.ok()) {
            if (r.error.isTransport() && isReadOnly())
                return;   // went offline meanwhile: readOnlyChanged() shows the kept events
            if (!r.error.is(ErrorCode::Cancelled))
                showNotice(ErrorText::sentence(r.error), UiStyle::Message::Error);
            return;
        }
        // Kept, so that they can be reviewed offline.
        if (sync::Cache *cache = this->cache()) {
            const sync::CacheError e = cache->applyAuditEvents(r.value->items);
            if (!e.ok())
                qWarning("audit events not cached: %s", qPrintable(e.message));
        }
        showPage(*r.value);
        if (m_total == 0)
            showNotice(tr("No audit events match the filter."), UiStyle::Message::Info);
    });
    m_ui->busyBar->start(tr("Loading the audit log…"), job);
}

void AuditLogPage::loadCached()
{
    sync::Cache *cache = this->cache();
    const auto page = cache ? cache->auditEvents(m_query) : sync::CacheResult<sync::Page<AuditEvent>>{};
    const auto state = cache ? cache->auditState() : sync::CacheResult<sync::AuditCacheState>{};
    if (!page.ok() || !state.ok()) {
        showNotice(tr("Offline, and the audit events kept on this computer cannot be read. Try again when the "
                      "server can be reached."),
                   UiStyle::Message::Error);
        return;
    }
    showPage(*page.value);
    if (state.value->events == 0) {
        showNotice(tr("Offline: this computer has kept no audit events yet. The log is on the server; it shows "
                      "again when the server can be reached."),
                   UiStyle::Message::Warning);
        return;
    }
    const QString seen = QLocale().toString(state.value->lastSeenAt.toLocalTime(), QLocale::ShortFormat);
    showNotice(tr("Offline: %n kept event(s) match, as this computer last read them from the server %1 (%2). "
                  "Older events and newer ones are only on the server.",
                  nullptr, m_total)
                   .arg(seen, ageText(state.value->lastSeenAt)),
               UiStyle::Message::Warning);
}

int AuditLogPage::currentRow() const
{
    const QModelIndex current = m_ui->eventView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AuditLogPage::updateChangeButton()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < m_model->events().size()
                     && RoleCompareDialog::hasChange(m_model->events().at(row));
    m_ui->changeButton->setEnabled(has);
    m_ui->changeButton->setToolTip(has ? tr("Compare the chosen role before and after its change")
                                       : tr("Choose an event that added, edited or deleted a role"));
}

RoleCompareDialog *AuditLogPage::showChange(int row)
{
    if (row < 0 || row >= m_model->events().size())
        return nullptr;
    RoleCompareDialog *dialog = RoleCompareDialog::forChange(
            m_model->events().at(row), m_models->catalog(), Startup::currentLanguage() == QLatin1String("en"), this);
    if (!dialog)
        return nullptr;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDifferencesOnly(true);
    dialog->open();
    return dialog;
}

void AuditLogPage::showPage(const sync::Page<AuditEvent> &page)
{
    m_model->setEvents(page.items);
    m_total = page.total;
    const int size = std::max(1, page.size);
    m_ui->pager->setState(m_total, page.page, (m_total + size - 1) / size, size);
}

sync::Cache *AuditLogPage::cache() const
{
    return m_models && m_models->workspace() ? m_models->workspace()->cache() : nullptr;
}

QString AuditLogPage::ageText(const QDateTime &at)
{
    const qint64 minutes = std::max<qint64>(0, at.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

WorkspacePage::CsvExport AuditLogPage::csvExport() const
{
    QList<int> columns;
    for (int c = 0; c < AuditEventTableModel::ColumnCount; ++c)
        columns << c;
    return {tr("audit-log"), TableExport::csv(m_model, columns),
            tr("%n event(s) exported to %1.", nullptr, m_model->rowCount())};
}

} // namespace zc::ui
