#include "CacheWorker.h"

#include <atomic>

namespace zc::sync {

namespace {

std::atomic<int> g_connectionCounter{0};

} // namespace

CacheWorker::CacheWorker(const QString &cachePath, const QString &threadName)
    : m_path(cachePath), m_connectionName(QStringLiteral("zc-sync-worker-%1").arg(++g_connectionCounter))
{
    m_thread.setObjectName(threadName);
    m_context.moveToThread(&m_thread);
    m_thread.start();
}

CacheWorker::~CacheWorker()
{
    m_answering = false;
    QThread *home = QThread::currentThread();
    QMetaObject::invokeMethod(
        &m_context,
        [this, home] {
            m_cache.reset();
            m_context.moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

CacheError CacheWorker::open()
{
    if (!m_cache)
        m_cache = std::make_unique<Cache>(m_path, m_connectionName);
    if (m_cache->isOpen())
        return {};
    return m_cache->open();
}

void CacheWorker::post(QObject *receiver, Work work)
{
    QMetaObject::invokeMethod(
        &m_context,
        [this, receiver, work = std::move(work)] {
            const CacheError opened = open();
            Back back = work(*m_cache, opened);
            QMetaObject::invokeMethod(
                receiver,
                [this, back = std::move(back)] {
                    if (m_answering && back)
                        back();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace zc::sync
