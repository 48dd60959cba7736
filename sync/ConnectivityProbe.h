#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace zc::sync {

class ApiClient;
class ApiJob;

// Whether the server is within reach, for the SyncEngine. Offline starts when
// a request fails without an HTTP answer (the engine says so with
// setOffline(true), or the ApiClient reports it went offline); while offline a
// cheap GET /health runs every interval(), and the first answer — or the
// ApiClient coming back online — ends it and emits reachable(), upon which the
// engine syncs. One probe at a time; nothing runs while online.
class ConnectivityProbe : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool offline READ isOffline NOTIFY offlineChanged)
public:
    static constexpr int DefaultIntervalMs = 15 * 1000;

    // `client` must outlive the probe.
    explicit ConnectivityProbe(ApiClient *client, QObject *parent = nullptr);
    ~ConnectivityProbe() override;

    void setInterval(int ms);   // at least 10 ms
    [[nodiscard]] int interval() const { return m_timer.interval(); }

    [[nodiscard]] bool isOffline() const { return m_offline; }
    [[nodiscard]] QDateTime offlineSince() const { return m_offlineSince; }   // invalid while online
    // The verdict of a request that failed for want of the server (true) or
    // that the server answered (false).
    void setOffline(bool offline);
    // Stops for good (the owner is going away): the probe in flight is
    // aborted and no signal follows.
    void stop();

Q_SIGNALS:
    void offlineChanged(bool offline);
    // The server answers again after being out of reach.
    void reachable();

private:
    void probe();
    void onClientOnline(bool online);

    ApiClient *m_client;
    QTimer m_timer;
    QPointer<ApiJob> m_job;
    bool m_offline = false;
    bool m_stopped = false;
    QDateTime m_offlineSince;
};

} // namespace zc::sync
