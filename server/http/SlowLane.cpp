#include "server/http/SlowLane.h"

#include "server/Logging.h"
#include "server/http/Router.h"

namespace zc::server::http {

SlowLane::SlowLane(int threads, ContextConfig config) : m_threadCount(threads), m_config(std::move(config)) {}

SlowLane::~SlowLane()
{
    stop();
}

bool SlowLane::start(QString *error)
{
    std::vector<std::promise<QString>> ready(static_cast<size_t>(m_threadCount));
    for (int i = 0; i < m_threadCount; ++i)
        m_threads.emplace_back([this, promise = &ready[size_t(i)]] { run(promise); });
    QString failure;
    for (auto &r : ready) {
        const QString why = r.get_future().get();
        if (!why.isEmpty() && failure.isEmpty())
            failure = why;
    }
    if (!failure.isEmpty()) {
        stop();
        *error = failure;
        return false;
    }
    return true;
}

void SlowLane::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

void SlowLane::submit(Request request, std::function<void(Response)> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(Job{std::move(request), std::move(done)});
    }
    m_wake.notify_one();
}

void SlowLane::run(std::promise<QString> *ready)
{
    QString error;
    std::unique_ptr<WorkerContext> context = WorkerContext::create(m_config, &error);
    if (!context) {
        ready->set_value(error.isEmpty() ? QStringLiteral("cannot open the storage") : error);
        return;
    }
    ready->set_value(QString());
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                break;   // stopping, and nothing left to answer
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job.done(context->router().handle(job.request));
    }
    context.reset();   // its database connection is closed in the thread that opened it
}

} // namespace zc::server::http
