#include "ConnectivityProbe.h"

#include "ApiClient.h"
#include "SyncLog.h"

namespace zc::sync {

ConnectivityProbe::ConnectivityProbe(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectivityProbe::probe);
    connect(m_client, &ApiClient::onlineChanged, this, &ConnectivityProbe::onClientOnline);
}

ConnectivityProbe::~ConnectivityProbe()
{
    stop();
}

void ConnectivityProbe::setInterval(int ms)
{
    m_timer.setInterval(qMax(10, ms));
}

void ConnectivityProbe::stop()
{
    m_stopped = true;
    m_timer.stop();
    if (m_job)
        m_job->abort();
}

void ConnectivityProbe::setOffline(bool offline)
{
    if (m_stopped || m_offline == offline)
        return;
    m_offline = offline;
    if (offline) {
        m_offlineSince = QDateTime::currentDateTimeUtc();
        m_timer.start();
        qCInfo(lcSync) << "offline; probing the server every" << m_timer.interval() << "ms";
    } else {
        m_offlineSince = {};
        m_timer.stop();
        qCInfo(lcSync) << "online again";
    }
    Q_EMIT offlineChanged(offline);
}

void ConnectivityProbe::probe()
{
    if (!m_offline || m_job || m_stopped)
        return;
    m_job = m_client->health(this, [this](const Result<QString> &r) {
        if (m_stopped)
            return;
        m_job = nullptr;
        if (r.ok() && m_offline) {
            setOffline(false);
            Q_EMIT reachable();
        }
    });
}

void ConnectivityProbe::onClientOnline(bool online)
{
    if (m_stopped)
        return;
    if (!online) {
        setOffline(true);
    } else if (m_offline) {
        setOffline(false);
        Q_EMIT reachable();
    }
}

} // namespace zc::sync
