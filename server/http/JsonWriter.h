#pragma once

#include <QByteArray>
#include <QString>

namespace zc::server {

// Writes JSON straight into a byte buffer, for the answers that are read most
// (list pages, the change feed): no QJsonObject per item, no second pass to
// serialise it. The caller writes keys and values in order; commas are placed
// here. Times are RFC 3339 UTC to the second, as the models write them.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 4096) { m_out.reserve(reserve); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // A key of the current object; the next call writes its value.
    JsonWriter &key(const char *name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // Milliseconds since the epoch as "yyyy-MM-ddTHH:mm:ssZ"; null when nullMs.
    JsonWriter &time(qint64 ms);
    JsonWriter &timeOrNull(qint64 ms, bool isNull);

    [[nodiscard]] QByteArray take() { return std::move(m_out); }

    // RFC 3339 of milliseconds since the epoch, without QDateTime.
    static void appendTime(QByteArray &out, qint64 ms);

private:
    void separate();

    QByteArray m_out;
    bool m_first = true;   // no comma before the next element
};

} // namespace zc::server
