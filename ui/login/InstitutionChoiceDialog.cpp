#include "InstitutionChoiceDialog.h"
#include "ui_InstitutionChoiceDialog.h"

#include "ui/UiStyle.h"
#include "ui/widgets/MessageBox.h"

#include <QHeaderView>
#include <QIcon>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace zc::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
enum Column { CodeColumn, NameColumn, LevelColumn, AddressColumn, ColumnCount };
} // namespace

InstitutionChoiceDialog::InstitutionChoiceDialog(sync::ApiClient *client, const Session &session, QWidget *parent)
    : SessionStepDialog(client, session, parent), m_ui(new Ui::InstitutionChoiceDialog)
{
    m_ui->setupUi(this);
    setUpLines(m_ui->iconLabel, QStringLiteral(":/zc/icons/hospital.svg"), m_ui->headlineLabel, m_ui->busyLabel,
               m_ui->errorLabel);
    UiStyle::messageBox(m_ui->introLabel, UiStyle::Message::Warning);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Code"), tr("Institution name"), tr("Level"), tr("Address")});
    for (const Institution &inst : std::as_const(m_session.institutionOptions)) {
        QList<QStandardItem *> row{new QStandardItem(inst.code), new QStandardItem(inst.name),
                                   new QStandardItem(inst.level), new QStandardItem(inst.address)};
        for (QStandardItem *cell : std::as_const(row)) {
            cell->setEditable(false);
            cell->setData(inst.id, IdRole);
        }
        row.at(NameColumn)->setIcon(QIcon(QStringLiteral(":/zc/icons/hospital.svg")));
        m_model->appendRow(row);
    }
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);   // every column
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->institutionView->setModel(m_proxy);
    m_ui->institutionView->setSortingEnabled(true);
    m_ui->institutionView->sortByColumn(CodeColumn, Qt::AscendingOrder);
    m_ui->institutionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->institutionView->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_ui->institutionView->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_ui->institutionView->header()->setSectionResizeMode(LevelColumn, QHeaderView::ResizeToContents);
    m_ui->institutionView->header()->setStretchLastSection(true);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &InstitutionChoiceDialog::setFilterText);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &InstitutionChoiceDialog::choose);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &InstitutionChoiceDialog::reject);
    connect(m_ui->institutionView, &QTreeView::activated, this, &InstitutionChoiceDialog::choose);
    connect(m_ui->institutionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InstitutionChoiceDialog::updateButtons);
    if (m_proxy->rowCount() > 0)
        m_ui->institutionView->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
}

InstitutionChoiceDialog::~InstitutionChoiceDialog() = default;

void InstitutionChoiceDialog::setFilterText(const QString &text)
{
    if (m_ui->filterEdit->text() != text)
        m_ui->filterEdit->setText(text);   // comes back here through textChanged
    m_proxy->setFilterFixedString(text.trimmed());
    if (!m_ui->institutionView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_ui->institutionView->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
}

int InstitutionChoiceDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

bool InstitutionChoiceDialog::selectInstitution(qint64 institutionId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (m_proxy->data(index, IdRole).toLongLong() == institutionId) {
            m_ui->institutionView->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

std::optional<Institution> InstitutionChoiceDialog::current() const
{
    const QModelIndex proxyIndex = m_ui->institutionView->currentIndex();
    if (!proxyIndex.isValid())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const qint64 id = m_model->item(source.row(), CodeColumn)->data(IdRole).toLongLong();
    for (const Institution &inst : std::as_const(m_session.institutionOptions)) {
        if (inst.id == id)
            return inst;
    }
    return std::nullopt;
}

void InstitutionChoiceDialog::updateButtons()
{
    // Once someone else has chosen, the list no longer matters: Continue loads the session.
    m_ui->institutionView->setEnabled(!busy() && !m_alreadyChosen);
    m_ui->filterEdit->setEnabled(!busy() && !m_alreadyChosen);
    m_ui->chooseButton->setEnabled(!busy() && (m_alreadyChosen || current().has_value()));
}

void InstitutionChoiceDialog::choose()
{
    if (busy())
        return;
    if (m_alreadyChosen) {
        send(tr("Loading the session…"),
             [this](sync::ApiClient::Done<Session> done) { return client()->me(this, std::move(done)); });
        return;
    }
    const auto inst = current();
    if (!inst)
        return;
    const auto answer = MessageBox::question(
        this, tr("Confirm the medical institution"),
        tr("You are choosing:\n\n%1\nInstitution code: %2\n\nThis choice is permanent and cannot be changed later. "
           "Choose this institution?")
            .arg(inst->name, inst->code),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const qint64 id = inst->id;
    send(
        tr("Saving the choice…"),
        [this, id](sync::ApiClient::Done<Session> done) { return client()->chooseInstitution(id, this, std::move(done)); },
        [this](const ApiError &error) {
            if (error.is(ErrorCode::InstitutionAlreadyChosen) || error.is(ErrorCode::NoChoicePending)) {
                m_alreadyChosen = true;
                m_ui->chooseButton->setText(tr("&Continue"));
            }
        });
}

} // namespace zc::ui
