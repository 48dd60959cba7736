#pragma once

#include "server/WorkerContext.h"
#include "server/http/Request.h"
#include "server/http/Response.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <future>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace zc::server::http {

// The threads that answer the requests of the slow routes (Argon2id password
// hashing, captcha drawing), so that such work never blocks a worker thread
// other connections wait on. Each thread owns a WorkerContext (storage,
// services, routes) of its own; a request goes to the first free thread, and
// its answer is handed to `done` on that thread (the connection posts it back
// to its own).
class SlowLane
{
public:
    SlowLane(int threads, ContextConfig config);
    ~SlowLane();
    SlowLane(const SlowLane &) = delete;
    SlowLane &operator=(const SlowLane &) = delete;

    // Starts the threads and waits until each has built its context; false
    // with *error when one could not (nothing keeps running then).
    [[nodiscard]] bool start(QString *error);
    // Runs what is queued, then ends and joins the threads.
    void stop();

    void submit(Request request, std::function<void(Response)> done);

private:
    struct Job
    {
        Request request;
        std::function<void(Response)> done;
    };
    void run(std::promise<QString> *ready);

    const int m_threadCount;
    const ContextConfig m_config;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace zc::server::http
