#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace zc {

// An account of a unit: the unit's main account (主账号) or a handler (经办人).
struct Account
{
    enum class Kind { Unit, Handler };
    enum class Status { Active, Disabled, Locked };

    qint64 id = 0;
    QString login;
    QString name;
    QString phone;
    Kind kind = Kind::Handler;
    Status status = Status::Active;
    QList<qint64> roleIds;
    qint64 institutionId = 0;     // 0 = null
    QDateTime createdAt;
    QDateTime lastLoginAt;        // invalid = null
    QString version;

    [[nodiscard]] static QString kindToString(Kind k);
    [[nodiscard]] static std::optional<Kind> kindFromString(const QString &s);
    [[nodiscard]] static QString statusToString(Status s);
    [[nodiscard]] static std::optional<Status> statusFromString(const QString &s);

    [[nodiscard]] static std::optional<Account> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Account &a, const Account &b);
};

} // namespace zc
