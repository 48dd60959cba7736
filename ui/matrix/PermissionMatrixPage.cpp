#include "PermissionMatrixPage.h"

#include "ui/matrix/MatrixHeaderView.h"
#include "ui/matrix/PermissionMatrixModel.h"
#include "ui/Startup.h"
#include "ui/UiStyle.h"
#include "ui/widgets/BusyBar.h"
#include "ui/widgets/ReportOutput.h"
#include "ui/workspace/WorkspaceModels.h"

#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace zc::ui {

namespace {
// Sync batches come in runs: the matrices are rebuilt once they stop.
constexpr int RebuildDelayMs = 200;
constexpr int ChineseColumnWidth = 64;
constexpr int EnglishColumnWidth = 92;

bool english()
{
    return Startup::currentLanguage() == QLatin1String("en");
}
} // namespace

PermissionMatrixPage::PermissionMatrixPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent)
    : WorkspacePage(models, client, parent)
{
    m_model = new PermissionMatrixModel(this);
    ReportOutput::Source source;
    source.title = [this] { return reportTitle(); };
    source.fileStem = [this] {
        return view() == PermissionMatrix::View::Roles ? tr("permission-matrix-roles")
                                                       : tr("permission-matrix-handlers");
    };
    source.print = [this](QPrinter *printer) { return report().print(printer); };
    source.pageCount = [this](QPrinter *printer) { return report().pageCount(printer); };
    source.notReady = [this] { return m_model->matrix() ? QString() : tr("the matrix is not built yet"); };
    source.orientation = QPageLayout::Landscape;
    m_output = new ReportOutput(this, std::move(source), [this](const QString &text, bool error) {
        showMessage(text, error);
    });
    buildForm();
    retranslate();

    m_rebuildDelay.setSingleShot(true);
    m_rebuildDelay.setInterval(RebuildDelayMs);
    connect(&m_rebuildDelay, &QTimer::timeout, this, &PermissionMatrixPage::rebuild);
    connect(&m_watcher, &QFutureWatcher<Built>::finished, this, &PermissionMatrixPage::adopt);
    if (m_models) {
        connect(m_models, &WorkspaceModels::contentChanged, this, &PermissionMatrixPage::invalidate);
        connect(m_models, &WorkspaceModels::catalogChanged, this, &PermissionMatrixPage::invalidate);
        connect(m_models, &WorkspaceModels::loaded, this, &PermissionMatrixPage::invalidate);
    }
}

PermissionMatrixPage::~PermissionMatrixPage()
{
    // A build still running works on its own copies; its result is dropped.
    m_watcher.disconnect(this);
}

void PermissionMatrixPage::buildForm()
{
    const CodeForm form = buildCodeForm();
    QVBoxLayout *layout = form.layout;
    QFrame *filterFrame = form.filterFrame;
    QHBoxLayout *filters = form.filters;
    m_title = form.title;
    m_intro = form.intro;
    m_viewLabel = new QLabel(filterFrame);
    m_rolesButton = new QRadioButton(filterFrame);
    m_rolesButton->setObjectName(QStringLiteral("rolesViewButton"));
    m_handlersButton = new QRadioButton(filterFrame);
    m_handlersButton->setObjectName(QStringLiteral("handlersViewButton"));
    m_rolesButton->setChecked(true);
    auto *views = new QButtonGroup(this);
    views->addButton(m_rolesButton);
    views->addButton(m_handlersButton);
    m_filterLabel = new QLabel(filterFrame);
    m_filterEdit = new QLineEdit(filterFrame);
    m_filterEdit->setObjectName(QStringLiteral("rowFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(180);
    m_filterLabel->setBuddy(m_filterEdit);
    m_menuLabel = new QLabel(filterFrame);
    m_menuCombo = new QComboBox(filterFrame);
    m_menuCombo->setObjectName(QStringLiteral("menuCombo"));
    m_menuCombo->setMinimumWidth(170);
    m_menuLabel->setBuddy(m_menuCombo);
    m_withRightsCheck = new QCheckBox(filterFrame);
    m_withRightsCheck->setObjectName(QStringLiteral("withRightsCheck"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_viewLabel, m_rolesButton, m_handlersButton})
        filters->addWidget(w);
    filters->addSpacing(16);
    for (QWidget *w : std::initializer_list<QWidget *>{m_filterLabel, m_filterEdit, m_menuLabel, m_menuCombo,
                                                       m_withRightsCheck})
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addWidget(filterFrame);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    m_reportButtons = m_output->addButtons(tools);
    tools->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    UiStyle::textTone(m_summary, UiStyle::Tone::Secondary);
    tools->addWidget(m_summary);
    layout->addLayout(tools);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *busyBar = new BusyBar(this);
    layout->addWidget(busyBar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("matrixView"));
    m_header = new MatrixHeaderView(m_table);
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_header->setDefaultSectionSize(english() ? EnglishColumnWidth : ChineseColumnWidth);
    m_header->setMinimumSectionSize(40);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    UiStyle::table(m_table);
    layout->addWidget(m_table, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::messageBox(m_detail, UiStyle::Message::Info);
    layout->addWidget(m_detail);

    setUpPage({m_title, m_intro, filterFrame, m_reportButtons.preview, m_message, busyBar, m_reportButtons.csv});

    connect(m_rolesButton, &QRadioButton::toggled, this, &PermissionMatrixPage::showMatrix);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &PermissionMatrixPage::applyFilter);
    connect(m_menuCombo, &QComboBox::currentIndexChanged, this, &PermissionMatrixPage::applyFilter);
    connect(m_withRightsCheck, &QCheckBox::toggled, this, &PermissionMatrixPage::applyFilter);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetail();
        m_header->viewport()->update();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetail();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PermissionMatrixPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PermissionMatrixPage::updateSummary);

    setTabOrder(m_rolesButton, m_handlersButton);
    setTabOrder(m_handlersButton, m_filterEdit);
    setTabOrder(m_filterEdit, m_menuCombo);
    setTabOrder(m_menuCombo, m_withRightsCheck);
    setTabOrder(m_withRightsCheck, m_reportButtons.preview);
    setTabOrder(m_reportButtons.preview, m_reportButtons.print);
    setTabOrder(m_reportButtons.print, m_reportButtons.pdf);
    setTabOrder(m_reportButtons.pdf, m_reportButtons.csv);
    setTabOrder(m_reportButtons.csv, m_table);
}

void PermissionMatrixPage::retranslate()
{
    m_title->setText(tr("Permission matrix"));
    m_intro->setText(tr("Who can do what in this unit: which menus each role grants, and what each account can do "
                        "through its roles (the main account holds every menu). It is read from this computer's copy "
                        "of the unit's data, so it also works offline."));
    m_viewLabel->setText(tr("Show:"));
    m_rolesButton->setText(tr("&Roles × menus"));
    m_handlersButton->setText(tr("Hand&lers × menus"));
    m_filterLabel->setText(tr("&Filter rows:"));
    m_filterEdit->setPlaceholderText(tr("Role name, handler name or login"));
    m_menuLabel->setText(tr("&Menu:"));
    m_withRightsCheck->setText(tr("&Only rows with a right"));
    m_withRightsCheck->setToolTip(tr("Leave out the rows that hold none of the menus shown"));
    ReportOutput::retranslate(m_reportButtons);
    m_table->setAccessibleName(tr("Permission matrix"));
    fillMenus();
    updateSummary();
    updateDetail();
}

void PermissionMatrixPage::changeEvent(QEvent *event)
{
    WorkspacePage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        invalidate();   // the menus' titles are the catalog's, in the language built with
    }
}

void PermissionMatrixPage::showEvent(QShowEvent *event)
{
    WorkspacePage::showEvent(event);
    if (m_stale && !m_rebuildDelay.isActive())
        rebuild();
}

void PermissionMatrixPage::invalidate()
{
    m_stale = true;
    if (isVisible())
        m_rebuildDelay.start();
}

void PermissionMatrixPage::rebuild()
{
    if (!m_models)
        return;
    if (m_building) {
        m_rebuildAgain = true;
        return;
    }
    m_stale = false;
    PermissionMatrix::Source source;
    source.roles = m_models->roles()->roles();
    source.accounts = m_models->accounts()->accounts();
    source.catalog = m_models->catalog();
    source.english = english();
    // The menus of the unit's kind (the cache's catalog already is; the built-in one before the first sync is not).
    const std::optional<Unit::Kind> kind =
        m_session.unit ? std::optional<Unit::Kind>(m_session.unit->kind) : std::nullopt;
    updateSummary();
    m_building = true;
    // The task owns its copies of the cache's lists (implicitly shared: the
    // copies are cheap), so the page may go before the task ends.
    m_watcher.setFuture(QtConcurrent::run([s = std::move(source), kind]() mutable {
        if (kind)
            s.catalog = s.catalog.forKind(*kind);
        Built built;
        s.view = PermissionMatrix::View::Roles;
        built.roles = std::make_shared<const PermissionMatrix>(PermissionMatrix::build(s));
        s.view = PermissionMatrix::View::Handlers;
        built.handlers = std::make_shared<const PermissionMatrix>(PermissionMatrix::build(s));
        return built;
    }));
}

void PermissionMatrixPage::adopt()
{
    m_building = false;
    const Built built = m_watcher.result();
    m_roles = built.roles;
    m_handlers = built.handlers;
    fillMenus();
    showMatrix();
    if (m_rebuildAgain || m_stale) {
        m_rebuildAgain = false;
        m_stale = true;
        if (isVisible())
            rebuild();
    }
}

void PermissionMatrixPage::showMatrix()
{
    // The current cell stays on the same role or account and leaf when it is still shown.
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(PermissionMatrixModel::IdRole).toLongLong() : 0;
    const QString code = current.isValid() ? current.data(PermissionMatrixModel::CodeRole).toString() : QString();
    const auto &matrix = m_rolesButton->isChecked() ? m_roles : m_handlers;
    if (m_model->matrix() != matrix)
        m_model->setMatrix(matrix);
    if (id && m_model->matrix()) {
        const int row = m_model->rowOfId(id);
        const int column = m_model->columnOfCode(code);
        if (row >= 0 && column >= 0)
            m_table->setCurrentIndex(m_model->index(row, column));
    }
    const bool printable = m_model->matrix() != nullptr;
    for (QPushButton *b : m_reportButtons.all())
        b->setEnabled(printable);
}

void PermissionMatrixPage::fillMenus()
{
    const QString selected = m_menuCombo->currentData().toString();
    QSignalBlocker blocker(m_menuCombo);
    m_menuCombo->clear();
    m_menuCombo->addItem(tr("All menus"), QString());
    if (m_roles) {
        for (const PermissionMatrix::Menu &menu : m_roles->menus())
            m_menuCombo->addItem(QString(menu.depth * 4, u' ') + menu.title, menu.code);
    }
    m_menuCombo->setCurrentIndex(std::max(0, m_menuCombo->findData(selected)));
    blocker.unblock();
    applyFilter();
}

void PermissionMatrixPage::applyFilter()
{
    m_model->setFilter(m_filterEdit->text(), m_menuCombo->currentData().toString(), m_withRightsCheck->isChecked());
}

void PermissionMatrixPage::setView(PermissionMatrix::View view)
{
    (view == PermissionMatrix::View::Roles ? m_rolesButton : m_handlersButton)->setChecked(true);
}

PermissionMatrix::View PermissionMatrixPage::view() const
{
    return m_rolesButton->isChecked() ? PermissionMatrix::View::Roles : PermissionMatrix::View::Handlers;
}

void PermissionMatrixPage::setRowFilter(const QString &text)
{
    m_filterEdit->setText(text);
}

void PermissionMatrixPage::setMenuFilter(const QString &menuCode)
{
    m_menuCombo->setCurrentIndex(std::max(0, m_menuCombo->findData(menuCode)));
}

void PermissionMatrixPage::setOnlyWithRights(bool only)
{
    m_withRightsCheck->setChecked(only);
}

QString PermissionMatrixPage::detailText() const
{
    return m_detail->text();
}

QString PermissionMatrixPage::summaryText() const
{
    return m_summary->text();
}

void PermissionMatrixPage::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_model->matrix()) {
        m_detail->setText(m_model->cellSource(current.row(), current.column()));
        return;
    }
    m_detail->setText(view() == PermissionMatrix::View::Roles
                          ? tr("Choose a cell to see whether the role grants that menu.")
                          : tr("Choose a cell to see where the account's right comes from: the roles that grant it."));
}

void PermissionMatrixPage::updateSummary()
{
    const std::shared_ptr<const PermissionMatrix> &matrix = m_model->matrix();
    if (!matrix) {
        m_summary->setText(m_models && m_models->isLoading() ? tr("Loading this computer's copy of the unit…")
                                                             : tr("Building the matrix…"));
        return;
    }
    const QString rows = matrix->view() == PermissionMatrix::View::Roles
                             ? tr("%1 of %n role(s)", nullptr, matrix->rowCount()).arg(m_model->rowCount())
                             : tr("%1 of %n account(s)", nullptr, matrix->rowCount()).arg(m_model->rowCount());
    //: %1: how many rows shown (e.g. "3 of 12 roles"); %2 of %3: menu leaves shown.
    m_summary->setText(tr("%1 · %2 of %3 menus").arg(rows).arg(m_model->columnCount()).arg(matrix->columnCount()));
}

QString PermissionMatrixPage::reportTitle() const
{
    return view() == PermissionMatrix::View::Roles ? tr("Permission matrix — roles")
                                                   : tr("Permission matrix — handlers");
}

MatrixReport PermissionMatrixPage::report() const
{
    MatrixReport::Heading heading;
    heading.title = reportTitle();
    heading.unit = m_session.unit ? m_session.unit->name : QString();
    if (m_session.account)
        heading.printedBy = tr("%1 (%2)").arg(m_session.account->name, m_session.account->login);
    heading.printedAt = QDateTime::currentDateTime();
    return MatrixReport(m_model, heading);
}

bool PermissionMatrixPage::exportPdf(const QString &path, QString *why)
{
    return m_output->exportPdf(path, why);
}

QPrintPreviewDialog *PermissionMatrixPage::printPreview()
{
    return m_output->printPreview();
}

QPrintDialog *PermissionMatrixPage::printReport()
{
    return m_output->printReport();
}

WorkspacePage::CsvExport PermissionMatrixPage::csvExport() const
{
    const bool roles = view() == PermissionMatrix::View::Roles;
    return {roles ? tr("permission-matrix-roles") : tr("permission-matrix-handlers"), m_model->csv(),
            roles ? tr("%n role(s) exported to %1.", nullptr, m_model->rowCount())
                  : tr("%n account(s) exported to %1.", nullptr, m_model->rowCount())};
}

} // namespace zc::ui
