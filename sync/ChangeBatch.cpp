#include "ChangeBatch.h"

#include "models/JsonReader.h"

#include <QJsonArray>

namespace zc::sync {

namespace {

QString typeToString(DeletedItem::Type t)
{
    return t == DeletedItem::Type::Role ? QStringLiteral("role") : QStringLiteral("account");
}

} // namespace

std::optional<ChangeBatch> ChangeBatch::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("Changes"));
    ChangeBatch batch;
    batch.cursor = r.string("cursor");
    batch.more = r.boolean("more");
    batch.catalogVersion = r.string("catalog_version");
    const QJsonArray roles = r.array("roles");
    const QJsonArray accounts = r.array("accounts");
    const QJsonArray deleted = r.array("deleted");
    if (r.ok() && batch.cursor.isEmpty())
        r.fail(r.path("cursor") + QStringLiteral(": expected a non-empty cursor"));

    batch.roles.reserve(roles.size());
    for (qsizetype i = 0; i < roles.size() && r.ok(); ++i) {
        QString itemWhy;
        std::optional<Role> role = roles.at(i).isObject() ? Role::fromJson(roles.at(i).toObject(), &itemWhy)
                                                          : std::nullopt;
        if (!role)
            r.fail(r.path("roles") + u'[' + QString::number(i) + QStringLiteral("]: ")
                   + (itemWhy.isEmpty() ? QStringLiteral("expected object") : itemWhy));
        else
            batch.roles.append(*role);
    }
    batch.accounts.reserve(accounts.size());
    for (qsizetype i = 0; i < accounts.size() && r.ok(); ++i) {
        QString itemWhy;
        std::optional<Account> account = accounts.at(i).isObject()
                ? Account::fromJson(accounts.at(i).toObject(), &itemWhy)
                : std::nullopt;
        if (!account)
            r.fail(r.path("accounts") + u'[' + QString::number(i) + QStringLiteral("]: ")
                   + (itemWhy.isEmpty() ? QStringLiteral("expected object") : itemWhy));
        else
            batch.accounts.append(*account);
    }
    batch.deleted.reserve(deleted.size());
    for (qsizetype i = 0; i < deleted.size() && r.ok(); ++i) {
        const QString where = r.path("deleted") + u'[' + QString::number(i) + u']';
        if (!deleted.at(i).isObject()) {
            r.fail(where + QStringLiteral(": expected object"));
            break;
        }
        JsonReader d(deleted.at(i).toObject(), where);
        DeletedItem item;
        item.type = d.oneOf("type", { typeToString(DeletedItem::Type::Role),
                                      typeToString(DeletedItem::Type::Account) })
                            == typeToString(DeletedItem::Type::Role)
                ? DeletedItem::Type::Role
                : DeletedItem::Type::Account;
        item.id = d.integer("id");
        if (d.ok() && item.id <= 0)
            d.fail(d.path("id") + QStringLiteral(": expected a positive id"));
        if (!d.ok())
            r.fail(d.error());
        else
            batch.deleted.append(item);
    }
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    return batch;
}

QJsonObject ChangeBatch::toJson() const
{
    QJsonArray roleArray;
    for (const Role &role : roles)
        roleArray.append(role.toJson());
    QJsonArray accountArray;
    for (const Account &account : accounts)
        accountArray.append(account.toJson());
    QJsonArray deletedArray;
    for (const DeletedItem &item : deleted)
        deletedArray.append(QJsonObject{ { QStringLiteral("type"), typeToString(item.type) },
                                         { QStringLiteral("id"), item.id } });
    return QJsonObject{
        { QStringLiteral("cursor"), cursor },
        { QStringLiteral("more"), more },
        { QStringLiteral("roles"), roleArray },
        { QStringLiteral("accounts"), accountArray },
        { QStringLiteral("deleted"), deletedArray },
        { QStringLiteral("catalog_version"), catalogVersion },
    };
}

} // namespace zc::sync
