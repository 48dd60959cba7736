#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace zc {

// A participating unit (单位): medical institution, manufacturer or distributor.
struct Unit
{
    enum class Kind { None, MedicalInstitution, Manufacturer, Distributor };

    qint64 id = 0;
    QString uscc;
    QString name;
    Kind kind = Kind::None;   // None until 角色认证 (JSON null)
    QString unitCode;         // empty until authenticated (JSON null)
    bool verified = false;
    QString region;           // USCC characters 3-8

    [[nodiscard]] static QString kindToString(Kind k);      // "medical_institution"…; empty for None
    [[nodiscard]] static std::optional<Kind> kindFromString(const QString &s); // "" -> None

    [[nodiscard]] static std::optional<Unit> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Unit &a, const Unit &b);
};

} // namespace zc
