#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QString>

namespace zc::ui {

// When the next SMS code may be asked for each phone (the server allows one
// per phone every 60 s). Owned by the main window, so that the countdown of
// 获取验证码 survives closing and reopening the 新增经办人 dialog. Monotonic
// clock: changing the system time does not shorten a wait.
class SmsCooldowns : public QObject
{
    Q_OBJECT
public:
    explicit SmsCooldowns(QObject *parent = nullptr);

    // The phone may ask again in `seconds`.
    void start(const QString &phone, int seconds);
    // Seconds left before the phone may ask again (0 when it may now).
    [[nodiscard]] int secondsLeft(const QString &phone) const;
    void clear();

    // The phone that last asked for a code and was not added yet, so that a
    // reopened 新增经办人 dialog shows it with its countdown; empty when none.
    void setPendingPhone(const QString &phone) { m_pendingPhone = phone.trimmed(); }
    [[nodiscard]] QString pendingPhone() const { return m_pendingPhone; }

private:
    [[nodiscard]] static QString key(const QString &phone);
    QHash<QString, QDeadlineTimer> m_deadlines;
    QString m_pendingPhone;
};

} // namespace zc::ui
