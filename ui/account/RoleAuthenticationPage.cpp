#include "RoleAuthenticationPage.h"

#include "ui/UiStyle.h"
#include "ui/login/UnitChoiceDialog.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zc::ui {

RoleAuthenticationPage::RoleAuthenticationPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    UiStyle::pageTitle(m_title);
    layout->addWidget(m_title);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    UiStyle::intro(m_intro);
    layout->addWidget(m_intro);

    m_statusFrame = new QFrame(this);
    m_statusFrame->setObjectName(QStringLiteral("statusFrame"));
    auto *frameLayout = new QHBoxLayout(m_statusFrame);
    m_status = new QLabel(m_statusFrame);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    frameLayout->addWidget(m_status, 1);
    layout->addWidget(m_statusFrame);

    auto *buttons = new QHBoxLayout;
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("authenticateButton"));
    UiStyle::primaryButton(m_button);
    buttons->addWidget(m_button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_button, &QPushButton::clicked, this, &RoleAuthenticationPage::authenticateRequested);
    retranslate();
}

void RoleAuthenticationPage::setSession(const Session &session)
{
    m_session = session;
    retranslate();
}

void RoleAuthenticationPage::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    retranslate();
}

QString RoleAuthenticationPage::statusText() const
{
    return m_status->text();
}

void RoleAuthenticationPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RoleAuthenticationPage::retranslate()
{
    m_title->setText(tr("Role authentication"));
    m_intro->setText(tr("Role authentication tells the platform what kind of unit this is — medical institution, "
                        "manufacturer or distributor — by the unit code the medical-insurance unit registry holds "
                        "for it. The menus a unit's roles can give depend on its kind."));
    const std::optional<Unit> &unit = m_session.unit;
    const bool done = unit && unit->kind != Unit::Kind::None;
    if (!unit) {
        m_status->setText(tr("No unit is chosen for this session."));
    } else if (done) {
        m_status->setText(tr("%1 has completed role authentication: %2, unit code %3.")
                              .arg(unit->name, UnitChoiceDialog::kindText(unit->kind), unit->unitCode));
    } else {
        m_status->setText(tr("%1 has not completed role authentication yet. Until it does, its roles can give "
                             "only the basic settings menus.")
                              .arg(unit->name));
    }
    if (done)
        UiStyle::successFrame(m_statusFrame);
    else
        UiStyle::warningFrame(m_statusFrame);
    m_button->setText(done ? tr("Authenticate agai&n…") : tr("&Start role authentication…"));
    m_button->setEnabled(unit.has_value() && !m_readOnly);
    m_button->setToolTip(m_readOnly ? m_readOnlyReason : QString());
}

} // namespace zc::ui
