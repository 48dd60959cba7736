#include "UnitChoiceDialog.h"
#include "ui_UnitChoiceDialog.h"

#include <QHeaderView>
#include <QIcon>

namespace zc::ui {

namespace {
constexpr int UnitIdRole = Qt::UserRole + 1;
}

UnitChoiceDialog::UnitChoiceDialog(sync::ApiClient *client, const Session &session, QWidget *parent)
    : SessionStepDialog(client, session, parent), m_ui(new Ui::UnitChoiceDialog)
{
    m_ui->setupUi(this);
    setUpLines(m_ui->iconLabel, QStringLiteral(":/zc/icons/building.svg"), m_ui->headlineLabel, m_ui->busyLabel,
               m_ui->errorLabel);

    m_ui->unitTree->setHeaderLabels({tr("Unit name"), tr("Unified social credit code"), tr("Unit kind")});
    for (const Unit &u : std::as_const(m_session.unitOptions)) {
        auto *item = new QTreeWidgetItem(m_ui->unitTree, {u.name, u.uscc, kindText(u.kind)});
        item->setIcon(0, QIcon(QStringLiteral(":/zc/icons/building.svg")));
        item->setData(0, UnitIdRole, u.id);
    }
    m_ui->unitTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->unitTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->unitTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->unitTree->header()->setStretchLastSection(false);
    if (m_ui->unitTree->topLevelItemCount() > 0)
        m_ui->unitTree->setCurrentItem(m_ui->unitTree->topLevelItem(0));

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &UnitChoiceDialog::choose);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &UnitChoiceDialog::reject);
    connect(m_ui->unitTree, &QTreeWidget::itemActivated, this, &UnitChoiceDialog::choose);
    connect(m_ui->unitTree, &QTreeWidget::currentItemChanged, this, &UnitChoiceDialog::updateButtons);
    updateButtons();
}

UnitChoiceDialog::~UnitChoiceDialog() = default;

QString UnitChoiceDialog::kindText(Unit::Kind kind)
{
    switch (kind) {
    case Unit::Kind::MedicalInstitution:
        return tr("Medical institution");
    case Unit::Kind::Manufacturer:
        return tr("Manufacturer");
    case Unit::Kind::Distributor:
        return tr("Distributor");
    case Unit::Kind::None:
        break;
    }
    return tr("Not authenticated yet");
}

bool UnitChoiceDialog::selectUnit(qint64 unitId)
{
    for (int i = 0; i < m_ui->unitTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->unitTree->topLevelItem(i);
        if (item->data(0, UnitIdRole).toLongLong() == unitId) {
            m_ui->unitTree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void UnitChoiceDialog::updateButtons()
{
    m_ui->unitTree->setEnabled(!busy());
    m_ui->chooseButton->setEnabled(!busy() && m_ui->unitTree->currentItem());
}

void UnitChoiceDialog::choose()
{
    QTreeWidgetItem *item = m_ui->unitTree->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, UnitIdRole).toLongLong();
    send(tr("Logging in to “%1”…").arg(item->text(0)),
         [this, id](sync::ApiClient::Done<Session> done) { return client()->chooseUnit(id, this, std::move(done)); });
}

} // namespace zc::ui
