#include "AccessReviewPage.h"

#include "ui/ErrorText.h"
#include "ui/handlers/HandlerRolesDialog.h"
#include "ui/handlers/HandlersPage.h"
#include "ui/handlers/OffboardingDialog.h"
#include "ui/interfaces/ApiTokensPage.h"
#include "ui/review/CompleteReviewDialog.h"
#include "ui/review/ReviewFindingModel.h"
#include "ui/roles/AssignAccountsDialog.h"
#include "ui/roles/RolesPage.h"
#include "ui/Startup.h"
#include "ui/UiStyle.h"
#include "ui/widgets/BusyBar.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PagedTable.h"
#include "ui/widgets/PageProxyModel.h"
#include "ui/widgets/PagerWidget.h"
#include "ui/widgets/ReportOutput.h"
#include "ui/widgets/TableExport.h"
#include "ui/workspace/WorkspaceModels.h"

#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"
#include "sync/ApiClient.h"
#include "sync/Workspace.h"
#include "sync/WriteThrough.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace zc::ui {

namespace {
using Kind = ReviewFinding::Kind;

const QString RolesKey = QStringLiteral("roles");
const QString OffboardKey = QStringLiteral("offboard");
const QString AssignAccountsKey = QStringLiteral("assign_accounts");
const QString DeleteRoleKey = QStringLiteral("delete_role");
const QString DeleteTokenKey = QStringLiteral("delete_token");
const QString RemoveRolePrefix = QStringLiteral("remove_role:");   // followed by the role's id
constexpr int TokenPageSize = 100;                                 // the API's largest page

bool english()
{
    return Startup::currentLanguage() == QLatin1String("en");
}

QString timeText(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

AccessReviewPage::AccessReviewPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent)
    : WorkspacePage(models, client, parent)
{
    m_model = new ReviewFindingModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ReviewFindingModel::KindKeyRole);

    ReportOutput::Source source;
    source.title = [this] { return reportTitle(); };
    source.fileStem = [] { return tr("access-review"); };
    source.print = [this](QPrinter *printer) { return report().print(printer); };
    source.pageCount = [this](QPrinter *printer) { return report().pageCount(printer); };
    source.notReady = [this] {
        return m_models && m_models->isLoaded() ? QString() : tr("this computer's copy of the unit is still loading");
    };
    source.orientation = QPageLayout::Portrait;
    m_output = new ReportOutput(this, std::move(source),
                                [this](const QString &text, bool error) { showMessage(text, error); });

    buildForm();
    retranslate();
    if (m_models) {
        // Every sync batch and write changes the models: the review (a pass over
        // every account) is made again only while it is seen, else when shown.
        for (auto signal : {&WorkspaceModels::contentChanged, &WorkspaceModels::catalogChanged,
                            &WorkspaceModels::loaded})
            connect(m_models, signal, this, &AccessReviewPage::invalidate);
    }
    recompute();
}

AccessReviewPage::~AccessReviewPage()
{
    m_busyBar->cancel();
    for (sync::ApiJob *job : {m_tokensJob.data(), m_reviewsJob.data()}) {
        if (job)
            job->abort();
    }
}

void AccessReviewPage::buildForm()
{
    const CodeForm form = buildCodeForm();
    QVBoxLayout *layout = form.layout;
    QFrame *filterFrame = form.filterFrame;
    QHBoxLayout *filters = form.filters;
    m_title = form.title;
    m_intro = form.intro;
    m_daysLabel = new QLabel(filterFrame);
    m_daysSpin = new QSpinBox(filterFrame);
    m_daysSpin->setObjectName(QStringLiteral("inactiveDaysSpin"));
    m_daysSpin->setRange(ReviewFindings::MinInactiveDays, ReviewFindings::MaxInactiveDays);
    m_daysSpin->setValue(ReviewFindings::DefaultInactiveDays);
    m_daysLabel->setBuddy(m_daysSpin);
    m_kindLabel = new QLabel(filterFrame);
    m_kindCombo = new QComboBox(filterFrame);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->setMinimumWidth(220);
    m_kindLabel->setBuddy(m_kindCombo);
    filters->addWidget(m_daysLabel);
    filters->addWidget(m_daysSpin);
    filters->addSpacing(16);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kindCombo);
    filters->addStretch(1);
    layout->addWidget(filterFrame);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::messageBox(m_counts, UiStyle::Message::Info);
    layout->addWidget(m_counts);

    auto *reviewLine = new QHBoxLayout;
    reviewLine->setSpacing(8);
    m_lastReviewLabel = new QLabel(this);
    m_lastReviewLabel->setObjectName(QStringLiteral("lastReviewLabel"));
    m_lastReviewLabel->setWordWrap(true);
    UiStyle::textTone(m_lastReviewLabel, UiStyle::Tone::Secondary);
    m_completeButton = new QPushButton(this);
    m_completeButton->setObjectName(QStringLiteral("completeButton"));
    reviewLine->addWidget(m_completeButton);
    reviewLine->addWidget(m_lastReviewLabel, 1);
    layout->addLayout(reviewLine);

    m_serverNotice = new QLabel(this);
    m_serverNotice->setObjectName(QStringLiteral("serverNoticeLabel"));
    m_serverNotice->setWordWrap(true);
    layout->addWidget(m_serverNotice);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    m_reportButtons = m_output->addButtons(tools);
    tools->addStretch(1);
    layout->addLayout(tools);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_busyBar = new BusyBar(this);
    layout->addWidget(m_busyBar);

    m_table = new PagedTable(this);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setModel(m_filter, ReviewFindingModel::IdRole);
    m_table->setRowActions(tr("Actions"), [this](const QModelIndex &index) { return actionsFor(index); });
    m_table->pager()->setRefreshVisible(true);
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->resizeSection(ReviewFindingModel::KindColumn, 150);
    header->resizeSection(ReviewFindingModel::SubjectColumn, 170);
    header->setSectionResizeMode(ReviewFindingModel::DetailColumn, QHeaderView::Stretch);
    header->resizeSection(ReviewFindingModel::SuggestionColumn, 220);
    header->resizeSection(m_table->pageModel()->extraColumnStart(), 260);
    layout->addWidget(m_table, 1);

    setUpPage({m_title, m_intro, filterFrame, m_completeButton, m_message, m_busyBar, m_reportButtons.csv});

    connect(m_daysSpin, &QSpinBox::valueChanged, this, &AccessReviewPage::recompute);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_kindCombo->currentData().toString();
        m_filter->setFilterRegularExpression(key.isEmpty() ? QString()
                                                           : QStringLiteral("^%1$").arg(QRegularExpression::escape(key)));
    });
    connect(m_completeButton, &QPushButton::clicked, this, [this] { completeReview(); });
        connect(m_table, &PagedTable::actionTriggered, this, &AccessReviewPage::rowAction);
    connect(m_table->pager(), &PagerWidget::refreshRequested, this, &AccessReviewPage::refresh);
    connect(m_busyBar, &BusyBar::cancelled, this, &AccessReviewPage::updateButtons);

    setTabOrder(m_daysSpin, m_kindCombo);
    setTabOrder(m_kindCombo, m_completeButton);
    setTabOrder(m_completeButton, m_reportButtons.preview);
    setTabOrder(m_reportButtons.preview, m_reportButtons.print);
    setTabOrder(m_reportButtons.print, m_reportButtons.pdf);
    setTabOrder(m_reportButtons.pdf, m_reportButtons.csv);
    setTabOrder(m_reportButtons.csv, m_table->view());
}

void AccessReviewPage::retranslate()
{
    m_title->setText(tr("Access review"));
    m_intro->setText(tr("What in this unit deserves a look: accounts that are not used, disabled accounts that still "
                        "hold roles, who can administer the unit, roles that give nothing or that nobody holds, API "
                        "tokens that expire or are not used. Settle each row with its action, then complete the "
                        "review: the server records it in the audit log."));
    m_daysLabel->setText(tr("I&nactive after (days):"));
    m_daysSpin->setToolTip(tr("A handler or API token not used for this many days is listed"));
    m_kindLabel->setText(tr("&Show:"));
    m_completeButton->setText(tr("&Complete review…"));
    ReportOutput::retranslate(m_reportButtons);
    m_table->view()->setAccessibleName(tr("Findings"));
    m_table->setEmptyText(tr("Nothing to look at: the review found nothing."));
}

void AccessReviewPage::showEvent(QShowEvent *event)
{
    WorkspacePage::showEvent(event);
    if (m_stale)
        recompute();
    if (!m_loadedOnce)
        loadFromServer();
}

void AccessReviewPage::invalidate()
{
    if (isVisible())
        recompute();
    else
        m_stale = true;
}

void AccessReviewPage::refresh()
{
    loadFromServer();
    WorkspacePage::refresh();
}

void AccessReviewPage::readOnlyChanged(bool readOnly, const QString &)
{
    if (readOnly) {
        // Only the server has the tokens: a list from before would be judged as if it were current.
        for (sync::ApiJob *job : {m_tokensJob.data(), m_reviewsJob.data()}) {
            if (job)
                job->abort();
        }
        m_tokens.reset();
        invalidate();
    } else if (m_loadedOnce) {
        loadFromServer();
    }
    updateServerNotice();
    updateButtons();
    m_table->refreshActions();
}

bool AccessReviewPage::canReadTokens() const
{
    return m_session.hasPermission(QStringLiteral("basic.interfaces"));
}

void AccessReviewPage::loadFromServer()
{
    if (!m_client)
        return;
    m_loadedOnce = true;
    if (isReadOnly()) {
        updateServerNotice();
        return;
    }
    m_tokensError.clear();
    if (canReadTokens())
        loadTokens(1, {});
    loadLastReview();
    updateServerNotice();
}

void AccessReviewPage::loadTokens(int page, QList<ApiToken> collected)
{
    if (m_tokensJob && page == 1)
        m_tokensJob->abort();
    m_tokensJob = m_client->apiTokens(
        page, TokenPageSize, this,
        [this, page, collected = std::move(collected)](const sync::Result<sync::Page<ApiToken>> &r) mutable {
            if (!r.ok()) {
                if (!r.error.is(ErrorCode::Cancelled) && !isReadOnly())
                    m_tokensError = ErrorText::sentence(r.error);
                updateServerNotice();
                updateButtons();
                return;
            }
            collected += r.value->items;
            if (!r.value->items.isEmpty() && collected.size() < r.value->total) {
                loadTokens(page + 1, std::move(collected));
                return;
            }
            m_tokens = std::move(collected);
            invalidate();
            updateServerNotice();
        });
    updateServerNotice();
    updateButtons();
}

void AccessReviewPage::loadLastReview()
{
    if (m_reviewsJob)
        m_reviewsJob->abort();
    m_reviewsJob = m_client->accessReviews(1, 1, this, [this](const sync::Result<sync::Page<sync::AccessReview>> &r) {
        if (r.ok()) {
            m_lastReviewRead = true;
            m_lastReviewError.clear();
            if (!r.value->items.isEmpty())
                m_lastReview = r.value->items.first();
            else
                m_lastReview.reset();
        } else if (!r.error.is(ErrorCode::Cancelled) && !isReadOnly()) {
            m_lastReviewError = ErrorText::sentence(r.error);
        }
        updateLastReview();
    });
}

void AccessReviewPage::setInactiveDays(int days)
{
    m_daysSpin->setValue(days);
}

int AccessReviewPage::inactiveDays() const
{
    return m_daysSpin->value();
}

void AccessReviewPage::setKindFilter(const QString &key)
{
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(key)));
}

void AccessReviewPage::setNow(const QDateTime &now)
{
    m_now = now;
    recompute();
}

void AccessReviewPage::recompute()
{
    if (!m_models)
        return;
    m_stale = false;
    ReviewFindings::Source source;
    source.accounts = m_models->accounts()->accounts();
    source.roles = m_models->roles()->roles();
    source.catalog = m_models->catalog();
    source.tokens = m_tokens;
    source.inactiveDays = m_daysSpin->value();
    source.now = m_now;
    source.english = english();
    m_model->setFindings(ReviewFindings::find(source), source.inactiveDays);
    updateKinds();
    updateButtons();
}

void AccessReviewPage::updateKinds()
{
    const int days = m_model->inactiveDays();
    const QString selected = m_kindCombo->currentData().toString();
    {
        QSignalBlocker blocker(m_kindCombo);
        m_kindCombo->clear();
        m_kindCombo->addItem(tr("All findings (%1)").arg(m_model->rowCount()), QString());
        for (int k = 0; k < ReviewFinding::KindCount; ++k) {
            const auto kind = static_cast<Kind>(k);
            m_kindCombo->addItem(tr("%1 (%2)").arg(ReviewFindings::kindTitle(kind, days)).arg(m_model->count(kind)),
                                 ReviewFindings::key(kind));
        }
        m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(selected)));
    }
    // The counts, grouped by what they are about.
    const auto line = [this, days](const QString &group, std::initializer_list<Kind> kinds) {
        QStringList parts;
        for (const Kind kind : kinds) {
            if (ReviewFindings::isTokenKind(kind) && !m_tokens)
                continue;
            parts << tr("%1: %2").arg(ReviewFindings::kindTitle(kind, days)).arg(m_model->count(kind));
        }
        //: %1: 经办人 / 角色 / 接口令牌; %2: the kinds and their counts.
        return tr("%1 — %2").arg(group, parts.isEmpty() ? tr("not reviewed") : parts.join(tr(" · ")));
    };
    m_counts->setText(
        QStringList{tr("%n finding(s) in all.", nullptr, m_model->rowCount()),
                    line(tr("Handlers"), {Kind::NeverSignedIn, Kind::Inactive, Kind::DisabledWithRoles, Kind::AdminRights}),
                    line(tr("Roles"), {Kind::RolesWithoutAccounts, Kind::RolesWithoutPermissions}),
                    line(tr("API tokens"), {Kind::TokensExpiring, Kind::TokensUnused})}
            .join(u'\n'));
}

void AccessReviewPage::updateServerNotice()
{
    QString text;
    UiStyle::Message kind = UiStyle::Message::Warning;
    if (isReadOnly()) {
        text = tr("Offline: this review is made from this computer's copy of the handlers and roles. The API tokens "
                  "are kept only on the server, so they are not part of it now, and completing the review needs the "
                  "server too. Both come back when the server can be reached.");
    } else if (!m_tokensError.isEmpty()) {
        text = tr("The API tokens could not be read, so they are not part of this review: %1").arg(m_tokensError);
        kind = UiStyle::Message::Error;
    } else if (!canReadTokens()) {
        text = tr("The API tokens are not part of this review: listing them needs the API tokens permission.");
        kind = UiStyle::Message::Info;
    } else if (!m_tokens && m_tokensJob) {
        text = tr("Reading the API tokens from the server…");
        kind = UiStyle::Message::Info;
    }
    UiStyle::message(m_serverNotice, text, kind);
}

void AccessReviewPage::updateLastReview()
{
    QString text;
    if (m_lastReview) {
        text = tr("Last review: %1 by %2 (%n finding(s)).", nullptr, m_lastReview->total())
                   .arg(timeText(m_lastReview->completedAt), m_lastReview->completedByName);
    } else if (!m_lastReviewError.isEmpty()) {
        text = tr("When the last review was done could not be read: %1").arg(m_lastReviewError);
    } else if (m_lastReviewRead) {
        text = tr("No access review has been recorded for this unit yet.");
    } else if (isReadOnly()) {
        text = tr("When the last review was done is known to the server only.");
    }
    m_lastReviewLabel->setText(text);
}

void AccessReviewPage::updateButtons()
{
    const bool loaded = m_models && m_models->isLoaded();
    const bool tokensPending = canReadTokens() && !m_tokens && m_tokensJob;
    const bool canComplete = !isReadOnly() && m_client && loaded && !tokensPending && !isBusy();
    m_completeButton->setEnabled(canComplete);
    m_completeButton->setToolTip(isReadOnly()     ? readOnlyReason()
                                 : tokensPending ? tr("Wait until the API tokens are read")
                                                 : tr("Record in the audit log that this review is complete"));
    for (QPushButton *b : m_reportButtons.all())
        b->setEnabled(loaded);
}

QList<RowAction> AccessReviewPage::actionsFor(const QModelIndex &index) const
{
    const std::optional<ReviewFinding> f = m_model->finding(index.data(ReviewFindingModel::IdRole).toLongLong());
    if (!f)
        return {};
    const bool enabled = !isReadOnly();
    const QString why = readOnlyReason();
    QList<RowAction> actions;
    const auto removeRoles = [&] {
        for (const qint64 roleId : f->roleIds) {
            const std::optional<Role> role = m_models ? m_models->role(roleId) : std::nullopt;
            actions << RowAction{RemoveRolePrefix + QString::number(roleId),
                                 tr("Remove “%1”").arg(role ? role->name : QString::number(roleId)), enabled, why,
                                 true};
        }
    };
    switch (f->kind) {
    case Kind::NeverSignedIn:
    case Kind::Inactive:
        actions << RowAction{RolesKey, tr("Roles"), enabled, why, false};
        actions << RowAction{OffboardKey, tr("Offboard"), enabled, why, true};
        break;
    case Kind::DisabledWithRoles:
        removeRoles();
        actions << RowAction{OffboardKey, tr("Offboard"), enabled, why, true};
        break;
    case Kind::AdminRights:
        actions << RowAction{RolesKey, tr("Roles"), enabled, why, false};
        removeRoles();
        break;
    case Kind::RolesWithoutAccounts:
        actions << RowAction{AssignAccountsKey, tr("Assign accounts"), enabled, why, false};
        actions << RowAction{DeleteRoleKey, tr("Delete"), enabled, why, true};
        break;
    case Kind::RolesWithoutPermissions:
        actions << RowAction{DeleteRoleKey, tr("Delete"), enabled, why, true};
        break;
    case Kind::TokensExpiring:
    case Kind::TokensUnused:
        actions << RowAction{DeleteTokenKey, tr("Delete"), enabled, why, true};
        break;
    }
    return actions;
}

void AccessReviewPage::rowAction(const QString &key, qint64 rowId)
{
    const std::optional<ReviewFinding> f = m_model->finding(rowId);
    if (!f)
        return;
    if (key == RolesKey)
        assignRoles(f->subjectId);
    else if (key == OffboardKey)
        offboard(f->subjectId);
    else if (key.startsWith(RemoveRolePrefix))
        removeRole(f->subjectId, key.mid(RemoveRolePrefix.size()).toLongLong());
    else if (key == AssignAccountsKey)
        assignAccounts(f->subjectId);
    else if (key == DeleteRoleKey)
        deleteRole(f->subjectId);
    else if (key == DeleteTokenKey)
        deleteToken(f->subjectId);
}

HandlerRolesDialog *AccessReviewPage::assignRoles(qint64 accountId)
{
    if (isReadOnly() || !m_workspace || m_rolesDialog)
        return m_rolesDialog;
    if (!m_models->account(accountId))
        return nullptr;
    auto *dialog = new HandlerRolesDialog(m_models, m_workspace, accountId, this);
    m_rolesDialog = dialog;
    openDialog(dialog, [dialog] { return dialog->summary(); });
    return dialog;
}

OffboardingDialog *AccessReviewPage::offboard(qint64 accountId)
{
    if (isReadOnly() || !m_workspace || m_offboarding)
        return m_offboarding;
    if (!m_models->account(accountId))
        return nullptr;
    auto *dialog = new OffboardingDialog(m_models, m_workspace, accountId, this);
    m_offboarding = dialog;
    connect(dialog, &OffboardingDialog::offboarded, this, [this](const sync::Offboarding &result) {
        showMessage(HandlersPage::offboardedText(result), false);
        recompute();
    });
    openDialog(dialog);
    return dialog;
}

AssignAccountsDialog *AccessReviewPage::assignAccounts(qint64 roleId)
{
    if (isReadOnly() || !m_workspace || m_assignDialog)
        return m_assignDialog;
    if (!m_models->role(roleId))
        return nullptr;
    auto *dialog = new AssignAccountsDialog(m_models, m_workspace, roleId, this);
    m_assignDialog = dialog;
    openDialog(dialog, [dialog] { return dialog->summary(); });
    return dialog;
}

void AccessReviewPage::removeRole(qint64 accountId, qint64 roleId)
{
    if (isReadOnly() || !m_workspace || !m_workspace->writes() || isBusy())
        return;
    const std::optional<Account> account = m_models->account(accountId);
    const std::optional<Role> role = m_models->role(roleId);
    if (!account || !role || !account->roleIds.contains(roleId))
        return;
    const QString who = HandlersPage::describe(*account);
    const QString name = role->name;
    if (MessageBox::question(this, tr("Remove role"),
                             tr("Are you sure you want to remove the role “%1” from %2? The menus it gives are no "
                                "longer open to the handler.")
                                 .arg(name, who),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    sync::ApiJob *job = m_workspace->writes()->unassign(
        roleId, accountId, this, [this, name, who](const sync::Result<sync::Nothing> &r) {
            m_busyBar->stop();
            updateButtons();
            if (r.ok())
                showMessage(tr("The role “%1” was removed from %2.").arg(name, who), false);
            else if (!r.error.is(ErrorCode::Cancelled))
                showMessage(ErrorText::sentence(r.error), true);
        });
    m_busyBar->start(tr("Removing the role “%1” from %2…").arg(name, who), job);
    updateButtons();
}

void AccessReviewPage::deleteRole(qint64 roleId)
{
    if (isReadOnly() || !m_workspace || !m_workspace->writes() || isBusy())
        return;
    const std::optional<Role> role = m_models->role(roleId);
    if (!role)
        return;
    const DeleteTexts texts = RolesPage::deleteTexts(*role);
    if (MessageBox::question(this, texts.title, texts.question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const QString name = role->name;
    sync::ApiJob *job = m_workspace->writes()->deleteRole(
        roleId, role->version, this, [this, name, done = texts.done](const sync::Result<sync::Nothing> &r) {
            m_busyBar->stop();
            updateButtons();
            if (r.ok())
                showMessage(done, false);
            else if (!r.error.is(ErrorCode::Cancelled))
                showMessage(RolesPage::deleteFailedText(name, r.error), true);
        });
    m_busyBar->start(texts.busy, job);
    updateButtons();
}

void AccessReviewPage::deleteToken(qint64 tokenId)
{
    if (isReadOnly() || !m_client || !m_tokens || isBusy())
        return;
    const auto it = std::find_if(m_tokens->cbegin(), m_tokens->cend(),
                                 [tokenId](const ApiToken &t) { return t.id == tokenId; });
    if (it == m_tokens->cend())
        return;
    const DeleteTexts texts = ApiTokensPage::deleteTexts(*it);
    if (MessageBox::question(this, texts.title, texts.question) != QMessageBox::Yes)
        return;
    sync::ApiJob *job = m_client->deleteApiToken(tokenId, this, [this, done = texts.done](const sync::Result<sync::Nothing> &r) {
        m_busyBar->stop();
        updateButtons();
        if (!r.ok()) {
            if (!r.error.is(ErrorCode::Cancelled))
                showMessage(ErrorText::sentence(r.error), true);
            return;
        }
        showMessage(done, false);
        loadTokens(1, {});
    });
    m_busyBar->start(texts.busy, job);
    updateButtons();
}

QString AccessReviewPage::summaryText() const
{
    QStringList lines;
    lines << tr("Inactive after %n day(s) without logging in.", nullptr, m_model->inactiveDays());
    for (int k = 0; k < ReviewFinding::KindCount; ++k) {
        const auto kind = static_cast<Kind>(k);
        lines << tr("%1: %2").arg(ReviewFindings::kindTitle(kind, m_model->inactiveDays())).arg(m_model->count(kind));
    }
    if (!m_tokens)
        lines << tr("The API tokens were not reviewed (their counts are recorded as 0).");
    return lines.join(u'\n');
}

CompleteReviewDialog *AccessReviewPage::completeReview()
{
    if (!m_completeButton->isEnabled() || m_completeDialog)
        return m_completeDialog;
    auto *dialog = new CompleteReviewDialog(summaryText(), this);
    m_completeDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { postReview(dialog->note()); });
    openDialog(dialog);
    return dialog;
}

CompleteReviewDialog *AccessReviewPage::completeDialog() const
{
    return m_completeDialog;
}

void AccessReviewPage::postReview(const QString &note)
{
    if (isReadOnly() || !m_client)
        return;
    sync::AccessReviewInput input;
    input.inactiveDays = m_model->inactiveDays();
    input.findings = ReviewFindings::counts(m_model->findings());
    input.note = note;
    sync::ApiJob *job =
        m_client->completeAccessReview(input, this, [this](const sync::Result<sync::AccessReview> &r) {
            m_busyBar->stop();
            updateButtons();
            if (!r.ok()) {
                if (!r.error.is(ErrorCode::Cancelled))
                    showMessage(ErrorText::sentence(r.error), true);
                return;
            }
            m_lastReview = *r.value;
            m_lastReviewRead = true;
            m_lastReviewError.clear();
            updateLastReview();
            showMessage(tr("The access review was recorded at %1; it is in the audit log.")
                            .arg(timeText(r.value->completedAt)),
                        false);
        });
    m_busyBar->start(tr("Recording the access review…"), job);
    updateButtons();
}

QString AccessReviewPage::countsText() const
{
    return m_counts->text();
}

QString AccessReviewPage::lastReviewText() const
{
    return m_lastReviewLabel->text();
}

QString AccessReviewPage::serverNoticeText() const
{
    return m_serverNotice->isVisibleTo(this) ? m_serverNotice->text() : QString();
}

QString AccessReviewPage::reportTitle() const
{
    return tr("Access review report");
}

AccessReviewReport AccessReviewPage::report() const
{
    ReportFrame::Heading heading;
    heading.title = reportTitle();
    heading.unit = m_session.unit ? m_session.unit->name : QString();
    if (m_session.account)
        heading.printedBy = tr("%1 (%2)").arg(m_session.account->name, m_session.account->login);
    heading.printedAt = QDateTime::currentDateTime();
    return AccessReviewReport(m_model, heading, m_tokens.has_value());
}

bool AccessReviewPage::exportPdf(const QString &path, QString *why)
{
    return m_output->exportPdf(path, why);
}

QPrintPreviewDialog *AccessReviewPage::printPreview()
{
    return m_output->printPreview();
}

QPrintDialog *AccessReviewPage::printReport()
{
    return m_output->printReport();
}

QString AccessReviewPage::csv() const
{
    QList<int> columns;
    for (int c = 0; c < ReviewFindingModel::ColumnCount; ++c)
        columns << c;
    return TableExport::csv(m_model, columns);
}

WorkspacePage::CsvExport AccessReviewPage::csvExport() const
{
    return {tr("access-review"), csv(), tr("%n finding(s) exported to %1.", nullptr, m_model->rowCount())};
}

} // namespace zc::ui
