// StrictJson, the parser of every JSON the server and the client read: any
// bytes are refused with a reason or accepted; what is accepted, written back
// by Qt (as the client stores a session, and the server answers), is read
// again as the same value.
#include "FuzzSupport.h"

#include "models/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

// The same JSON value. A double that holds an integer ("1e16") is written as
// an integer literal and read back as an integer: equal when the numbers are
// (as doubles), although Qt's comparison of its CBOR storage tells them apart.
bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        const auto isInteger = [](const QJsonValue &v) { return v.toVariant().typeId() == QMetaType::LongLong; };
        if (isInteger(a) && isInteger(b))
            return a.toInteger() == b.toInteger();
        return a.toDouble() == b.toDouble();
    }
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!same(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!same(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

// A double at or beyond 2^63 is written by Qt as an integer literal
// ("1.2e20" as "120000000000000000000"), which StrictJson refuses by design
// (integers outside 64 bits): such documents do not read back.
bool holdsHugeDouble(const QJsonValue &v)
{
    if (v.isDouble())
        return std::abs(v.toDouble()) >= 9.2e18;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue &x) { return holdsHugeDouble(x); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        return std::any_of(o.begin(), o.end(), [](const QJsonValue &x) { return holdsHugeDouble(x); });
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text = zc::fuzz::bytes(data, size);
    QString why;
    const std::optional<QJsonValue> value = zc::StrictJson::parseValue(text, &why);
    if (!value) {
        if (why.isEmpty())
            std::abort();   // every refusal says why
        return 0;
    }
    const std::optional<QJsonDocument> doc = zc::StrictJson::parseDocument(text);
    if (doc.has_value() != (value->isObject() || value->isArray()))
        std::abort();
    if (doc && !holdsHugeDouble(*value)) {
        const QByteArray written = doc->toJson(QJsonDocument::Compact);
        const std::optional<QJsonDocument> again = zc::StrictJson::parseDocument(written, &why);
        const auto asValue = [](const QJsonDocument &d) {
            return d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array());
        };
        if (!again || !same(asValue(*again), asValue(*doc))) {
            zc::fuzz::finding("written back and read again differs", why);
        }
    }
    return 0;
}
