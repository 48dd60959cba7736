#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace zc::server {

// Turns SIGTERM and SIGINT into a normal quit of the event loop (self-pipe),
// so the database is closed and the shutdown logged. A no-op off Unix.
class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

signals:
    void terminationRequested();

private:
    void readSignal();
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace zc::server
