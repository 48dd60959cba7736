#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace zc {

// JSON as RFC 8259 defines it and nothing more lenient, parsed by nlohmann's
// strict parser (Qt's QJsonDocument::fromJson accepts "\q" as "q" and "\x41"
// as "x41"). Refused, each with a reason: unknown escapes, unescaped control
// characters, invalid UTF-8 and lone surrogates, duplicate keys in an object,
// integers outside the signed 64-bit range, numbers that overflow a double,
// nesting deeper than MaxDepth, anything after the value. A UTF-8 byte order
// mark before the value is ignored, as RFC 8259 allows.
namespace StrictJson {

inline constexpr int MaxDepth = 64;

// Any JSON value; nullopt and *why when text is not one.
[[nodiscard]] std::optional<QJsonValue> parseValue(const QByteArray &text, QString *why = nullptr);
// An object or an array (what a QJsonDocument holds); nullopt and *why otherwise.
[[nodiscard]] std::optional<QJsonDocument> parseDocument(const QByteArray &text, QString *why = nullptr);

} // namespace StrictJson
} // namespace zc
