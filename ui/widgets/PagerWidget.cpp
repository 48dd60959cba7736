#include "PagerWidget.h"

#include "ui/UiStyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace zc::ui {

namespace {
// Page buttons shown around the current one (plus the first and the last).
constexpr int Neighbours = 2;
} // namespace

QList<int> PagerWidget::pageSizes()
{
    return {10, 20, 50, 100};
}

PagerWidget::PagerWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(6);
    layout->addStretch(1);

    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    layout->addWidget(m_totalLabel);
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    layout->addWidget(m_rangeLabel);

    m_sizeCombo = new QComboBox(this);
    m_sizeCombo->setObjectName(QStringLiteral("pageSizeCombo"));
    m_sizeCombo->setAccessibleName(tr("Rows per page"));
    for (int size : pageSizes())
        m_sizeCombo->addItem(tr("%1 / page").arg(size), size);
    layout->addWidget(m_sizeCombo);

    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_previous->setText(QStringLiteral("‹"));
    m_previous->setToolTip(tr("Previous page"));
    m_previous->setAccessibleName(tr("Previous page"));
    layout->addWidget(m_previous);

    m_pagesLayout = new QHBoxLayout;
    m_pagesLayout->setSpacing(2);
    layout->addLayout(m_pagesLayout);

    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_next->setText(QStringLiteral("›"));
    m_next->setToolTip(tr("Next page"));
    m_next->setAccessibleName(tr("Next page"));
    layout->addWidget(m_next);

    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAutoRaise(true);
    m_refresh->setCursor(Qt::PointingHandCursor);
    m_refresh->hide();
    layout->addWidget(m_refresh);

    auto *gotoLabel = new QLabel(tr("Go to"), this);
    layout->addWidget(gotoLabel);
    m_gotoSpin = new QSpinBox(this);
    m_gotoSpin->setObjectName(QStringLiteral("gotoPageSpin"));
    m_gotoSpin->setAccessibleName(tr("Go to page"));
    m_gotoSpin->setRange(1, 1);
    m_gotoSpin->setKeyboardTracking(false);
    gotoLabel->setBuddy(m_gotoSpin);
    layout->addWidget(m_gotoSpin);
    layout->addWidget(new QLabel(tr("page"), this));

    UiStyle::pager(this);

    connect(m_previous, &QToolButton::clicked, this, [this] { Q_EMIT pageRequested(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT pageRequested(m_page + 1); });
    connect(m_sizeCombo, &QComboBox::activated, this, &PagerWidget::sizeChosen);
    connect(m_refresh, &QToolButton::clicked, this, &PagerWidget::refreshRequested);
    retranslate();
    connect(m_gotoSpin, &QSpinBox::editingFinished, this, [this] {
        if (m_gotoSpin->value() != m_page)
            Q_EMIT pageRequested(m_gotoSpin->value());
    });
    setState(0, 1, 1, 10);
}

void PagerWidget::setRefreshVisible(bool visible)
{
    m_refresh->setVisible(visible);
}

void PagerWidget::retranslate()
{
    m_refresh->setText(tr("Refresh data"));
    m_refresh->setToolTip(tr("Fetch the latest data from the server now (F5)"));
}

void PagerWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

QString PagerWidget::totalText() const
{
    return m_totalLabel->text();
}

QString PagerWidget::rangeText() const
{
    return m_rangeLabel->text();
}

void PagerWidget::setState(int total, int page, int pageCount, int pageSize)
{
    m_total = std::max(0, total);
    m_pageCount = std::max(1, pageCount);
    m_page = std::clamp(page, 1, m_pageCount);
    m_pageSize = pageSize;
    m_totalLabel->setText(tr("%n item(s) in total", nullptr, m_total));
    const int first = (m_page - 1) * std::max(1, pageSize) + 1;
    const int last = std::min(m_total, m_page * std::max(1, pageSize));
    m_rangeLabel->setText(m_total > 0 ? tr("showing %1–%2").arg(first).arg(last) : QString());
    m_rangeLabel->setVisible(m_total > 0);
    const int sizeIndex = m_sizeCombo->findData(pageSize);
    if (sizeIndex >= 0) {
        m_sizeCombo->setCurrentIndex(sizeIndex);
    } else {
        m_sizeCombo->addItem(tr("%1 / page").arg(pageSize), pageSize);
        m_sizeCombo->setCurrentIndex(m_sizeCombo->count() - 1);
    }
    m_previous->setEnabled(m_page > 1);
    m_next->setEnabled(m_page < m_pageCount);
    {
        const QSignalBlocker blocker(m_gotoSpin);
        m_gotoSpin->setRange(1, m_pageCount);
        m_gotoSpin->setValue(m_page);
    }
    rebuildPageButtons();
}

void PagerWidget::rebuildPageButtons()
{
    for (QWidget *w : std::as_const(m_pageWidgets)) {
        m_pagesLayout->removeWidget(w);
        w->deleteLater();
    }
    m_pageWidgets.clear();

    QList<int> pages{1};
    for (int p = std::max(2, m_page - Neighbours); p <= std::min(m_pageCount - 1, m_page + Neighbours); ++p)
        pages << p;
    if (m_pageCount > 1)
        pages << m_pageCount;

    int previous = 0;
    for (int p : std::as_const(pages)) {
        if (previous && p > previous + 1) {
            auto *gap = new QLabel(QStringLiteral("…"), this);
            m_pagesLayout->addWidget(gap);
            m_pageWidgets << gap;
        }
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("pageButton%1").arg(p));
        button->setText(QString::number(p));
        button->setCheckable(true);
        button->setChecked(p == m_page);
        button->setAccessibleName(tr("Page %1").arg(p));
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QToolButton::clicked, this, [this, p] {
            if (p != m_page)
                Q_EMIT pageRequested(p);
            else
                rebuildPageButtons();   // keep the current page checked
        });
        m_pagesLayout->addWidget(button);
        m_pageWidgets << button;
        previous = p;
    }
}

void PagerWidget::sizeChosen(int comboIndex)
{
    const int size = m_sizeCombo->itemData(comboIndex).toInt();
    if (size > 0 && size != m_pageSize)
        Q_EMIT pageSizeRequested(size);
}

} // namespace zc::ui
