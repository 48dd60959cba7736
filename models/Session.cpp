#include "Session.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace zc {

namespace {

// Reads {required: bool, options: [T]} of a gate, reporting nested errors with their path.
template<typename T>
void readChoice(JsonReader &session, const char *key, bool *required, QList<T> *options)
{
    const QJsonObject choice = session.object(key);
    if (!session.ok())
        return;
    JsonReader r(choice, session.path(key));
    *required = r.boolean("required");
    const QJsonArray list = r.array("options");
    for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
        const QString where = r.path("options") + u'[' + QString::number(i) + QStringLiteral("]: ");
        if (!list.at(i).isObject()) {
            r.fail(where + QStringLiteral("expected object"));
            break;
        }
        QString why;
        const std::optional<T> item = T::fromJson(list.at(i).toObject(), &why);
        if (!item) {
            r.fail(where + why);
            break;
        }
        options->append(*item);
    }
    if (!r.ok())
        session.fail(r.error());
}

template<typename T>
QJsonObject choiceToJson(bool required, const QList<T> &options)
{
    QJsonArray list;
    for (const T &item : options)
        list.append(item.toJson());
    return QJsonObject{ { QStringLiteral("required"), required }, { QStringLiteral("options"), list } };
}

template<typename T>
std::optional<T> readNullable(JsonReader &r, const char *key)
{
    const std::optional<QJsonObject> o = r.nullableObject(key);
    if (!o)
        return std::nullopt;
    QString why;
    std::optional<T> item = T::fromJson(*o, &why);
    if (!item)
        r.fail(r.path(key) + QStringLiteral(": ") + why);
    return item;
}

} // namespace

std::optional<Session> Session::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("Session"));
    Session s;
    s.token = r.optionalString("token");
    s.expiresAt = r.time("expires_at");
    s.account = readNullable<Account>(r, "account");
    s.unit = readNullable<Unit>(r, "unit");
    s.permissions = r.stringList("permissions");
    s.passwordChangeRequired = r.boolean("password_change_required");
    readChoice(r, "unit_choice", &s.unitChoiceRequired, &s.unitOptions);
    readChoice(r, "institution_choice", &s.institutionChoiceRequired, &s.institutionOptions);
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    return s;
}

QJsonObject Session::toJson(bool withToken) const
{
    QJsonObject o{
        { QStringLiteral("expires_at"), toRfc3339(expiresAt) },
        { QStringLiteral("account"), account ? QJsonValue(account->toJson()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("unit"), unit ? QJsonValue(unit->toJson()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("permissions"), QJsonArray::fromStringList(permissions) },
        { QStringLiteral("password_change_required"), passwordChangeRequired },
        { QStringLiteral("unit_choice"), choiceToJson(unitChoiceRequired, unitOptions) },
        { QStringLiteral("institution_choice"), choiceToJson(institutionChoiceRequired, institutionOptions) },
    };
    if (withToken && !token.isEmpty())
        o.insert(QStringLiteral("token"), token);
    return o;
}

bool operator==(const Session &a, const Session &b)
{
    return a.token == b.token && a.expiresAt == b.expiresAt && a.account == b.account && a.unit == b.unit
           && a.permissions == b.permissions && a.passwordChangeRequired == b.passwordChangeRequired
           && a.unitChoiceRequired == b.unitChoiceRequired && a.unitOptions == b.unitOptions
           && a.institutionChoiceRequired == b.institutionChoiceRequired
           && a.institutionOptions == b.institutionOptions;
}

} // namespace zc
