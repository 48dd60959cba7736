#include "BusyBar.h"

#include "ui/UiStyle.h"

#include "sync/ApiClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace zc::ui {

BusyBar::BusyBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);   // indeterminate
    m_bar->setTextVisible(false);
    m_bar->setFixedSize(90, 8);
    m_bar->setAccessibleName(tr("Busy"));
    layout->addWidget(m_bar);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("busyLabel"));
    UiStyle::textTone(m_label, UiStyle::Tone::Secondary);
    layout->addWidget(m_label, 1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("busyCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the running request"));
    m_cancel->setAutoDefault(false);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &BusyBar::cancel);
    hide();
}

void BusyBar::start(const QString &text, sync::ApiJob *job)
{
    m_busy = true;
    m_label->setText(text);
    m_job = job;
    m_cancel->setEnabled(true);
    show();
}

void BusyBar::watch(sync::ApiJob *job)
{
    m_job = job;
}

void BusyBar::stop()
{
    m_busy = false;
    m_job.clear();
    hide();
}

void BusyBar::setBusy(bool busy, const QString &text, sync::ApiJob *job)
{
    if (busy)
        start(text, job);
    else
        stop();
}

QString BusyBar::text() const
{
    return m_busy ? m_label->text() : QString();
}

void BusyBar::cancel()
{
    if (!m_busy)
        return;
    const QPointer<sync::ApiJob> job = m_job;
    stop();
    if (job)
        job->abort();
    Q_EMIT cancelled();
}

} // namespace zc::ui
