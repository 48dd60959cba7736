#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace zc {

// A medical institution (医疗机构); several may share one USCC (a hospital group).
struct Institution
{
    qint64 id = 0;
    QString code;
    QString name;
    QString uscc;
    QString level;    // e.g. 三级甲等
    QString address;

    [[nodiscard]] static std::optional<Institution> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Institution &a, const Institution &b);
};

} // namespace zc
