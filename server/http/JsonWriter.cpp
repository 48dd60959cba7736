#include "server/http/JsonWriter.h"

namespace zc::server {

void JsonWriter::separate()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_first = true;   // the value follows without a comma
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': m_out.append("\\\""); break;
        case '\\': m_out.append("\\\\"); break;
        case '\n': m_out.append("\\n"); break;
        case '\r': m_out.append("\\r"); break;
        case '\t': m_out.append("\\t"); break;
        case '\b': m_out.append("\\b"); break;
        case '\f': m_out.append("\\f"); break;
        default:
            if (c < 0x20) {
                m_out.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xf]);
            } else {
                m_out.append(ch);
            }
        }
    }
    m_out.append('"');
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::time(qint64 ms)
{
    separate();
    m_out.append('"');
    appendTime(m_out, ms);
    m_out.append('"');
    return *this;
}

JsonWriter &JsonWriter::timeOrNull(qint64 ms, bool isNull)
{
    return isNull ? null() : time(ms);
}

void JsonWriter::appendTime(QByteArray &out, qint64 ms)
{
    // Days to civil date (H. Hinnant's algorithm), floor division for times before 1970.
    qint64 secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    qint64 rest = secs - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buf[24];
    const auto two = [](char *p, qint64 v) {
        p[0] = char('0' + v / 10);
        p[1] = char('0' + v % 10);
    };
    buf[0] = char('0' + (y / 1000) % 10);
    buf[1] = char('0' + (y / 100) % 10);
    buf[2] = char('0' + (y / 10) % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    two(buf + 5, m);
    buf[7] = '-';
    two(buf + 8, d);
    buf[10] = 'T';
    two(buf + 11, rest / 3600);
    rest %= 3600;
    buf[13] = ':';
    two(buf + 14, rest / 60);
    buf[16] = ':';
    two(buf + 17, rest % 60);
    buf[19] = 'Z';
    out.append(buf, 20);
}

} // namespace zc::server
