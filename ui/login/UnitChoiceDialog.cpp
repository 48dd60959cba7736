#include "UnitChoiceDialog.h"
#include "ui_UnitChoiceDialog.h"

#include "ui/ErrorText.h"
#include "ui/UiStyle.h"
#include "sync/ApiClient.h"

#include <QHeaderView>
#include <QIcon>

namespace zc::ui {

namespace {
constexpr int UnitIdRole = Qt::UserRole + 1;
}

UnitChoiceDialog::UnitChoiceDialog(sync::ApiClient *client, const Session &session, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::UnitChoiceDialog), m_client(client), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/building.svg")).pixmap(40, 40));
    QFont headline = m_ui->headlineLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.2);
    headline.setBold(true);
    m_ui->headlineLabel->setFont(headline);
    UiStyle::textTone(m_ui->errorLabel, UiStyle::Tone::Bad);
    m_ui->errorLabel->hide();

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

UnitChoiceDialog::~UnitChoiceDialog()
{
    if (m_job)
        m_job->abort();
}

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

QString UnitChoiceDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void UnitChoiceDialog::updateButtons()
{
    m_ui->chooseButton->setEnabled(!m_job && m_ui->unitTree->currentItem());
}

void UnitChoiceDialog::choose()
{
    QTreeWidgetItem *item = m_ui->unitTree->currentItem();
    if (!item || m_job || !m_client)
        return;
    const qint64 id = item->data(0, UnitIdRole).toLongLong();
    m_ui->errorLabel->hide();
    m_ui->busyLabel->setText(tr("Logging in to “%1”…").arg(item->text(0)));
    m_ui->unitTree->setEnabled(false);
    m_job = m_client->chooseUnit(id, this, [this](const sync::Result<Session> &r) {
        m_job.clear();
        m_ui->busyLabel->clear();
        m_ui->unitTree->setEnabled(true);
        updateButtons();
        if (r.ok()) {
            const QString token = m_session.token;
            m_session = *r.value;
            if (m_session.token.isEmpty())
                m_session.token = token;
            accept();
            return;
        }
        if (r.error.code == QLatin1String(ApiError::Cancelled))
            return;
        m_ui->errorLabel->setText(ErrorText::sentence(r.error));
        m_ui->errorLabel->show();
    });
    updateButtons();
}

void UnitChoiceDialog::reject()
{
    if (m_job) {
        m_job->abort();
        return;
    }
    QDialog::reject();
}

} // namespace zc::ui
