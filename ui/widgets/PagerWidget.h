#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QToolButton;

namespace zc::ui {

// The paging bar under the portal's tables: 共 N 条 显示a-b条, a 10条/页
// selector, previous / page numbers (with … gaps) / next, 刷新数据 (where the
// table can be brought up to date: setRefreshVisible) and 前往 [n] 页. It only
// shows a state and asks for changes (pageRequested, pageSizeRequested), so
// it drives a PageProxyModel as well as a list the server pages.
class PagerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PagerWidget(QWidget *parent = nullptr);

    void setState(int total, int page, int pageCount, int pageSize);
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int page() const { return m_page; }
    [[nodiscard]] int pageCount() const { return m_pageCount; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    [[nodiscard]] QString totalText() const;
    // 显示a-b条, as the portal's pager says (empty when there is nothing to show).
    [[nodiscard]] QString rangeText() const;
    // 刷新数据: shown only where it means something; refreshRequested() when pressed.
    void setRefreshVisible(bool visible);
    [[nodiscard]] QToolButton *refreshButton() const { return m_refresh; }
    // The page sizes offered (10, 20, 50, 100).
    [[nodiscard]] static QList<int> pageSizes();

Q_SIGNALS:
    void pageRequested(int page);
    void pageSizeRequested(int size);
    void refreshRequested();

private:
    void rebuildPageButtons();
    void sizeChosen(int comboIndex);
    void changeEvent(QEvent *event) override;
    void retranslate();

    QLabel *m_totalLabel = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QComboBox *m_sizeCombo = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_refresh = nullptr;
    QHBoxLayout *m_pagesLayout = nullptr;
    QList<QWidget *> m_pageWidgets;
    QSpinBox *m_gotoSpin = nullptr;
    int m_total = 0;
    int m_page = 1;
    int m_pageCount = 1;
    int m_pageSize = 10;
};

} // namespace zc::ui
