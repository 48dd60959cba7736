#include "SmsCooldowns.h"

namespace zc::ui {

SmsCooldowns::SmsCooldowns(QObject *parent) : QObject(parent)
{
}

QString SmsCooldowns::key(const QString &phone)
{
    return phone.trimmed();
}

void SmsCooldowns::start(const QString &phone, int seconds)
{
    if (seconds <= 0) {
        m_deadlines.remove(key(phone));
        return;
    }
    m_deadlines.insert(key(phone), QDeadlineTimer(std::chrono::seconds(seconds)));
}

int SmsCooldowns::secondsLeft(const QString &phone) const
{
    const auto it = m_deadlines.constFind(key(phone));
    if (it == m_deadlines.constEnd() || it->hasExpired())
        return 0;
    // Rounded up: "59 s" until the very last moment, never "0 s" while still waiting.
    return static_cast<int>((it->remainingTime() + 999) / 1000);
}

void SmsCooldowns::clear()
{
    m_deadlines.clear();
    m_pendingPhone.clear();
}

} // namespace zc::ui
