// StrictJson, the parser of every JSON the server and the client read: any
// bytes are refused with a reason or accepted; what is accepted, written back
// by Qt (as the client stores a session, and the server answers), is read
// again as the same value.
#include "FuzzSupport.h"

#include "models/StrictJson.h"

#include <QJsonDocument>

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
    if (doc) {
        const QByteArray written = doc->toJson(QJsonDocument::Compact);
        const std::optional<QJsonDocument> again = zc::StrictJson::parseDocument(written, &why);
        if (!again || *again != *doc) {
            zc::fuzz::finding("written back and read again differs", why);
        }
    }
    return 0;
}
