// The JSON codecs of every resource, as the client reads the server's answers
// (StrictJson, then the codec of the answer's type): any body is refused with
// a reason or read; what is read, written by its toJson() and read again,
// reads the same (the client stores sessions and cache rows that way).
#include "FuzzSupport.h"

#include "models/Account.h"
#include "models/ApiError.h"
#include "models/AuditEvent.h"
#include "models/Institution.h"
#include "models/Permission.h"
#include "models/PermissionCatalog.h"
#include "models/Role.h"
#include "models/Session.h"
#include "models/StrictJson.h"
#include "models/Unit.h"
#include "sync/ApiCodecs.h"
#include "sync/ChangeBatch.h"

namespace {

// Read, written, read again: the second reading must succeed and write the same.
template <typename T>
void roundTrip(const char *name, const QJsonObject &o)
{
    QString why;
    const std::optional<T> first = T::fromJson(o, &why);
    if (!first) {
        if (why.isEmpty())
            zc::fuzz::finding(name, QStringLiteral("refused without a reason"));
        return;
    }
    const QJsonObject written = first->toJson();
    const std::optional<T> second = T::fromJson(written, &why);
    if (!second)
        zc::fuzz::finding(name, QStringLiteral("its own toJson() is refused: ") + why);
    if (second->toJson() != written)
        zc::fuzz::finding(name, QStringLiteral("written twice differs"));
}

void apiError(const QJsonObject &o)
{
    QString why;
    const std::optional<zc::ApiError> e = zc::ApiError::fromJson(o, 409, &why);
    if (!e)
        return;
    const std::optional<zc::ApiError> again = zc::ApiError::fromJson(e->toJson(), 409, &why);
    if (!again || again->toJson() != e->toJson())
        zc::fuzz::finding("ApiError", why);
}

void catalog(const QByteArray &text)
{
    QString why;
    const zc::PermissionCatalog c = zc::PermissionCatalog::fromJson(text, &why);
    if (c.isEmpty())
        return;
    const QStringList leaves = c.leaves();
    QStringList codes;
    for (const zc::Permission &p : c.tree())
        codes.append(p.code);
    codes.append(QStringLiteral("no.such.code"));
    QStringList unknown;
    const QStringList expanded = c.expand(codes, &unknown);
    if (expanded.size() != leaves.size() || unknown.size() != 1)
        zc::fuzz::finding("PermissionCatalog", QStringLiteral("the roots do not expand to every leaf"));
    const zc::PermissionCatalog again =
        zc::PermissionCatalog::fromJson(QJsonDocument(zc::Permission::listToJson(c.tree())).toJson(), &why);
    if (again.version() != c.version())
        zc::fuzz::finding("PermissionCatalog", QStringLiteral("written and read again, another version: ") + why);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text = zc::fuzz::bytes(data, size);
    const std::optional<QJsonDocument> doc = zc::StrictJson::parseDocument(text);
    if (!doc)
        return 0;
    using namespace zc::sync::codecs;
    QString why;
    (void)parseSession(*doc, &why);
    (void)parseAccount(*doc, &why);
    (void)parseRole(*doc, &why);
    (void)parseUnit(*doc, &why);
    (void)parseAccountPage(*doc, &why);
    (void)parsePage<zc::Role>(*doc, &why, QStringLiteral("Role"), &zc::Role::fromJson);
    (void)parsePage<zc::AuditEvent>(*doc, &why, QStringLiteral("AuditEvent"), &zc::AuditEvent::fromJson);
    if (doc->isArray()) {
        (void)zc::Permission::listFromJson(doc->array(), &why);
        catalog(text);
        return 0;
    }
    const QJsonObject o = doc->object();
    roundTrip<zc::Unit>("Unit", o);
    roundTrip<zc::Institution>("Institution", o);
    roundTrip<zc::Account>("Account", o);
    roundTrip<zc::Role>("Role", o);
    roundTrip<zc::Permission>("Permission", o);
    roundTrip<zc::AuditEvent>("AuditEvent", o);
    roundTrip<zc::Session>("Session", o);
    roundTrip<zc::sync::ChangeBatch>("ChangeBatch", o);
    apiError(o);
    return 0;
}
