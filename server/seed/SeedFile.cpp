#include "server/seed/SeedFile.h"

#include "server/storage/Directory.h"
#include "models/PermissionCatalog.h"
#include "models/Unit.h"
#include "models/Validators.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <functional>

namespace zc::server {

namespace {

// Reads one entry strictly: unknown keys and wrong types are errors, with the
// entry's path in the message.
class EntryReader
{
public:
    EntryReader(const QJsonObject &o, QString path, const QStringList &allowed, QString *error)
        : m_o(o), m_path(std::move(path)), m_error(error)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(it.key(), QStringLiteral("unknown field"));
                break;
            }
        }
    }

    bool ok() const { return m_error->isEmpty(); }

    void fail(const QString &key, const QString &why)
    {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("%1.%2: %3").arg(m_path, key, why);
    }

    // A string checked by a validator (None = fine); codes are normalized first.
    QString text(const char *key, const std::function<ValidationError(const QString &)> &check,
                 bool code = false, bool nullable = false)
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = m_o.value(k);
        if (nullable && (v.isNull() || v.isUndefined()))
            return {};
        if (!v.isString()) {
            fail(k, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a string"));
            return {};
        }
        const QString s = code ? validate::normalizeCode(v.toString()) : v.toString().trimmed();
        const ValidationError e = check(s);
        if (e != ValidationError::None)
            fail(k, validationErrorName(e));
        return s;
    }

    QString raw(const char *key)   // passwords: exactly as written
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = m_o.value(k);
        if (!v.isString()) {
            fail(k, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a string"));
            return {};
        }
        const ValidationError e = validate::password(v.toString());
        if (e != ValidationError::None)
            fail(k, validationErrorName(e));
        return v.toString();
    }

    QString kind(const char *key, bool nullable)
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = m_o.value(k);
        if (nullable && (v.isNull() || v.isUndefined()))
            return {};
        const QString s = v.toString();
        if (!v.isString() || s.isEmpty() || !Unit::kindFromString(s).has_value()) {
            fail(k, QStringLiteral("expected medical_institution, manufacturer or distributor%1")
                        .arg(nullable ? QStringLiteral(" or null") : QString()));
            return {};
        }
        return s;
    }

    bool flag(const char *key)
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = m_o.value(k);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            fail(k, QStringLiteral("expected true or false"));
            return false;
        }
        return v.toBool();
    }

    QStringList strings(const char *key)
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = m_o.value(k);
        if (v.isUndefined())
            return {};
        QStringList out;
        if (!v.isArray()) {
            fail(k, QStringLiteral("expected an array of strings"));
            return {};
        }
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a) {
            if (!item.isString()) {
                fail(k, QStringLiteral("expected an array of strings"));
                return {};
            }
            out.append(item.toString().trimmed());
        }
        return out;
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};

ValidationError nonEmptyUpTo(const QString &s, int max)
{
    if (s.isEmpty())
        return ValidationError::Empty;
    return validate::codePoints(s) > max ? ValidationError::TooLong : ValidationError::None;
}

bool parse(const QJsonObject &root, SeedData *d, QString *error)
{
    static const QStringList sections{QStringLiteral("legal_persons"), QStringLiteral("insurance_units"),
                                      QStringLiteral("institutions"), QStringLiteral("units"),
                                      QStringLiteral("roles"), QStringLiteral("handlers")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!sections.contains(it.key())) {
            *error = QStringLiteral("%1: unknown section (expected %2)").arg(it.key(), sections.join(QStringLiteral(", ")));
            return false;
        }
        if (!it.value().isArray()) {
            *error = QStringLiteral("%1: expected an array").arg(it.key());
            return false;
        }
    }
    const auto each = [&](const char *section, const std::function<void(const QJsonObject &, const QString &)> &fn) {
        const QJsonArray a = root.value(QLatin1String(section)).toArray();
        for (int i = 0; i < a.size() && error->isEmpty(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(section)).arg(i);
            if (!a.at(i).isObject()) {
                *error = QStringLiteral("%1: expected an object").arg(path);
                return;
            }
            fn(a.at(i).toObject(), path);
        }
    };
    const auto uscc = [](const QString &s) { return validate::uscc(s); };

    each("legal_persons", [&](const QJsonObject &o, const QString &path) {
        EntryReader r(o, path, {QStringLiteral("uscc"), QStringLiteral("name"), QStringLiteral("legal_rep_name"),
                                QStringLiteral("legal_rep_id_number")}, error);
        SeedData::LegalPerson p;
        p.uscc = r.text("uscc", uscc, true);
        p.name = r.text("name", validate::unitName);
        p.repName = r.text("legal_rep_name", validate::personName);
        p.repId = r.text("legal_rep_id_number", validate::residentId, true);
        d->legalPersons.append(p);
    });
    each("insurance_units", [&](const QJsonObject &o, const QString &path) {
        EntryReader r(o, path, {QStringLiteral("unit_code"), QStringLiteral("uscc"), QStringLiteral("kind")}, error);
        SeedData::InsuranceUnit u;
        u.unitCode = r.text("unit_code", validate::unitCode, true);
        u.uscc = r.text("uscc", uscc, true);
        u.kind = r.kind("kind", false);
        d->insuranceUnits.append(u);
    });
    each("institutions", [&](const QJsonObject &o, const QString &path) {
        EntryReader r(o, path, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("uscc"),
                                QStringLiteral("level"), QStringLiteral("address")}, error);
        SeedData::Institution i;
        i.code = r.text("code", validate::unitCode, true);
        i.name = r.text("name", validate::unitName);
        i.uscc = r.text("uscc", uscc, true);
        i.level = r.text("level", [](const QString &s) { return nonEmptyUpTo(s, 20); });
        i.address = r.text("address", [](const QString &s) { return nonEmptyUpTo(s, 200); });
        d->institutions.append(i);
    });
    each("units", [&](const QJsonObject &o, const QString &path) {
        EntryReader r(o, path, {QStringLiteral("uscc"), QStringLiteral("name"), QStringLiteral("kind"),
                                QStringLiteral("unit_code"), QStringLiteral("login"), QStringLiteral("password"),
                                QStringLiteral("phone"), QStringLiteral("password_change_required")}, error);
        SeedData::Unit u;
        u.uscc = r.text("uscc", uscc, true);
        u.name = r.text("name", validate::unitName);
        u.kind = r.kind("kind", true);
        u.unitCode = r.text("unit_code", validate::unitCode, true, true);
        u.login = r.text("login", validate::mainLogin).toLower();
        u.password = r.raw("password");
        u.phone = r.text("phone", validate::phone);
        u.changeRequired = r.flag("password_change_required");
        if (u.unitCode.isEmpty() != u.kind.isEmpty())
            r.fail(QStringLiteral("unit_code"), QStringLiteral("kind and unit_code are both set (authenticated) or both null"));
        d->units.append(u);
    });
    each("roles", [&](const QJsonObject &o, const QString &path) {
        EntryReader r(o, path, {QStringLiteral("unit_uscc"), QStringLiteral("name"), QStringLiteral("remark"),
                                QStringLiteral("permissions")}, error);
        SeedData::Role role;
        role.unitUscc = r.text("unit_uscc", uscc, true);
        role.name = r.text("name", validate::roleName);
        role.remark = o.contains(QStringLiteral("remark")) ? r.text("remark", validate::remark) : QStringLiteral("");
        // A role holds only the menus of its unit's kind: parents expand to
        // those, a leaf of another kind is unknown to the unit (API.md).
        Unit::Kind kind = Unit::Kind::None;
        for (const SeedData::Unit &u : std::as_const(d->units))
            if (u.uscc == role.unitUscc)
                kind = Unit::kindFromString(u.kind).value_or(Unit::Kind::None);
        QStringList unknown;
        role.permissions = PermissionCatalog::builtInFor(kind).expand(r.strings("permissions"), &unknown);
        if (!unknown.isEmpty())
            r.fail(QStringLiteral("permissions"), QStringLiteral("unknown permission %1").arg(unknown.constFirst()));
        d->roles.append(role);
    });
    each("handlers", [&](const QJsonObject &o, const QString &path) {
        EntryReader r(o, path, {QStringLiteral("unit_uscc"), QStringLiteral("phone"), QStringLiteral("name"),
                                QStringLiteral("password"), QStringLiteral("password_change_required"),
                                QStringLiteral("roles")}, error);
        SeedData::Handler h;
        h.unitUscc = r.text("unit_uscc", uscc, true);
        h.phone = r.text("phone", validate::phone);
        h.name = r.text("name", validate::personName);
        h.password = r.raw("password");
        h.changeRequired = r.flag("password_change_required");
        h.roles = r.strings("roles");
        d->handlers.append(h);
    });
    return error->isEmpty();
}

// Rules across entries that the file alone can decide.
bool crossCheck(const SeedData &d, QString *error)
{
    const auto dup = [error](QSet<QString> &seen, const QString &key, const QString &what) {
        if (seen.contains(key)) {
            *error = QStringLiteral("%1 appears twice").arg(what);
            return true;
        }
        seen.insert(key);
        return false;
    };
    QSet<QString> seen;
    for (const auto &p : d.legalPersons)
        if (dup(seen, p.uscc, QStringLiteral("legal_persons: uscc %1").arg(p.uscc)))
            return false;
    seen.clear();
    for (const auto &u : d.insuranceUnits)
        if (dup(seen, u.unitCode, QStringLiteral("insurance_units: unit_code %1").arg(u.unitCode)))
            return false;
    seen.clear();
    for (const auto &i : d.institutions)
        if (dup(seen, i.code, QStringLiteral("institutions: code %1").arg(i.code)))
            return false;
    seen.clear();
    QSet<QString> logins;
    QHash<QString, const SeedData::Unit *> unitsByUscc;
    for (const auto &u : d.units) {
        if (dup(seen, u.uscc, QStringLiteral("units: uscc %1").arg(u.uscc))
            || dup(logins, u.login, QStringLiteral("units: login %1").arg(u.login)))
            return false;
        unitsByUscc.insert(u.uscc, &u);
        if (!u.unitCode.isEmpty()) {
            bool found = false;
            for (const auto &iu : d.insuranceUnits)
                found = found || (iu.unitCode == u.unitCode && iu.uscc == u.uscc && iu.kind == u.kind);
            if (!found) {
                *error = QStringLiteral("units: unit %1 has unit_code %2 and kind %3, which insurance_units does not list")
                             .arg(u.uscc, u.unitCode, u.kind);
                return false;
            }
        }
    }
    seen.clear();
    for (const auto &r : d.roles)
        if (dup(seen, r.unitUscc + QLatin1Char('/') + Directory::nameKey(r.name),   // names compare lower-cased
                QStringLiteral("roles: %1 of %2").arg(r.name, r.unitUscc)))
            return false;
    seen.clear();
    QHash<QString, QString> passwordOfPhone;
    for (const auto &h : d.handlers) {
        if (dup(seen, h.unitUscc + QLatin1Char('/') + h.phone,
                QStringLiteral("handlers: phone %1 in unit %2").arg(h.phone, h.unitUscc)))
            return false;
        const auto pw = passwordOfPhone.constFind(h.phone);
        if (pw != passwordOfPhone.constEnd() && pw.value() != h.password) {
            *error = QStringLiteral("handlers: phone %1 has two different passwords (one password per phone)").arg(h.phone);
            return false;
        }
        passwordOfPhone.insert(h.phone, h.password);
        for (const QString &role : h.roles) {
            bool found = false;
            for (const auto &r : d.roles)
                found = found || (r.unitUscc == h.unitUscc && r.name == role);
            if (!found) {
                *error = QStringLiteral("handlers: phone %1 names role %2, which roles does not define for unit %3")
                             .arg(h.phone, role, h.unitUscc);
                return false;
            }
        }
    }
    return true;
}

} // namespace

bool SeedFile::read(const QString &path, SeedData *data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError
            ? QStringLiteral("%1: not valid JSON at offset %2: %3").arg(path).arg(pe.offset).arg(pe.errorString())
            : QStringLiteral("%1: expected a JSON object").arg(path);
        return false;
    }
    QString why;
    if (!parse(doc.object(), data, &why) || !crossCheck(*data, &why)) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace zc::server
