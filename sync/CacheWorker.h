#pragma once

#include "Cache.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace zc::sync {

// A thread that owns one Cache connection on a file (opened there on first
// use). Work posted to it runs on that thread, one item at a time and in
// order, and touches nothing but the Cache; each item returns what is to
// happen next on the posting side, which runs in the receiver's thread —
// unless the receiver is gone or stopAnswers() was called.
class CacheWorker
{
public:
    using Back = std::function<void()>;
    // opened: whether the cache could be opened (cache is not open otherwise).
    using Work = std::function<Back(Cache &cache, const CacheError &opened)>;

    CacheWorker(const QString &cachePath, const QString &threadName);
    // Lets the item in progress finish (a batch is one transaction), closes
    // the connection in its own thread and ends the thread.
    ~CacheWorker();
    CacheWorker(const CacheWorker &) = delete;
    CacheWorker &operator=(const CacheWorker &) = delete;

    void post(QObject *receiver, Work work);
    // No Back runs after this (the receiver is being destroyed).
    void stopAnswers() { m_answering = false; }

private:
    CacheError open();

    QThread m_thread;
    QObject m_context;                 // lives in m_thread: the target of the queued calls
    std::unique_ptr<Cache> m_cache;    // used in m_thread only
    QString m_path;
    QString m_connectionName;
    bool m_answering = true;           // read and written in the receiver's thread only
};

} // namespace zc::sync
