#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace zc::sync {
class ApiJob;
}

namespace zc::ui {

// Says that something waits on the network (a moving bar and what it waits
// for) and offers 取消, which really aborts the request it watches. Hidden
// while nothing runs.
class BusyBar : public QWidget
{
    Q_OBJECT
public:
    explicit BusyBar(QWidget *parent = nullptr);

    // Shows `text`; `job` (may be null) is aborted by 取消. Replaces what ran before.
    void start(const QString &text, sync::ApiJob *job = nullptr);
    // A new request for the same wait (e.g. the next step of one action).
    void watch(sync::ApiJob *job);
    void stop();
    // start(text, job) when busy, else stop(): for the setBusy of a form.
    void setBusy(bool busy, const QString &text = {}, sync::ApiJob *job = nullptr);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString text() const;
    // Aborts the watched request (as 取消 does) and stops.
    void cancel();

Q_SIGNALS:
    void cancelled();

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<sync::ApiJob> m_job;
    bool m_busy = false;
};

} // namespace zc::ui
