// The change-batch apply of the client's cache: a body of GET /changes (as
// the client reads it: StrictJson, ChangeBatch::fromJson, and a permission
// catalog when the body carries "permissions" as GET /permissions would)
// applied to a real SQLite cache file in a scratch folder, which keeps what
// earlier inputs left. The apply succeeds, or fails and leaves the cache as it was; applying the same
// batch again changes nothing; every read path answers afterwards.
#include "FuzzSupport.h"

#include "models/StrictJson.h"
#include "sync/Cache.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

[[noreturn]] void finding(const char *what, const zc::sync::CacheError &e = {})
{
    zc::fuzz::finding(what, QStringLiteral("cache error %1: %2").arg(int(e.code)).arg(e.message));
}

struct Snapshot
{
    QList<zc::Role> roles;
    QList<zc::Account> accounts;
    QString cursor;

    friend bool operator==(const Snapshot &a, const Snapshot &b)
    {
        return a.roles == b.roles && a.accounts == b.accounts && a.cursor == b.cursor;
    }
};

Snapshot snapshot(const zc::sync::Cache &cache)
{
    const auto roles = cache.allRoles();
    const auto accounts = cache.allAccounts();
    const auto state = cache.syncState();
    if (!roles.ok() || !accounts.ok() || !state.ok())
        finding("cannot read the cache back", roles.error);
    return {*roles.value, *accounts.value, state.value->cursor};
}

void readEverything(const zc::sync::Cache &cache, const zc::sync::ChangeBatch &batch)
{
    zc::sync::RoleQuery roleQuery;
    roleQuery.sort = zc::sync::RoleSort::AccountCount;
    roleQuery.name = batch.roles.isEmpty() ? QString() : batch.roles.constFirst().name.left(3);
    if (!cache.roles(roleQuery).ok())
        finding("roles()");
    zc::sync::AccountQuery accountQuery;
    accountQuery.kind = std::nullopt;
    accountQuery.sort = zc::sync::AccountSort::LastLoginAt;
    accountQuery.q = batch.accounts.isEmpty() ? QString() : batch.accounts.constFirst().phone.left(4);
    if (!cache.accounts(accountQuery).ok())
        finding("accounts()");
    for (qsizetype i = 0; i < qMin<qsizetype>(batch.roles.size(), 3); ++i) {
        for (const bool assigned : {true, false}) {
            zc::sync::RoleAccountsQuery q;
            q.roleId = batch.roles.at(i).id;
            q.assigned = assigned;
            const auto page = cache.roleAccounts(q);
            if (!page.ok() && page.error.code != zc::sync::CacheError::Code::NotFound)
                finding("roleAccounts()", page.error);
        }
    }
    if (!cache.roleNames().ok() || !cache.counts().ok())
        finding("roleNames() / counts()");
    const auto catalog = cache.catalog();
    if (!catalog.ok() && catalog.error.code != zc::sync::CacheError::Code::NotFound)
        finding("catalog()", catalog.error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    zc::fuzz::ensureApplication();
    static zc::sync::Cache *cache = [] {   // never destroyed, see ensureApplication()
        auto *c = new zc::sync::Cache(zc::fuzz::scratch().filePath(QStringLiteral("cache.sqlite")),
                                      QStringLiteral("fuzz"));
        if (const zc::sync::CacheError e = c->open(); !e.ok())
            finding("cannot open the cache", e);
        return c;
    }();

    const std::optional<QJsonDocument> doc = zc::StrictJson::parseDocument(zc::fuzz::bytes(data, size));
    if (!doc || !doc->isObject())
        return 0;
    const QJsonObject o = doc->object();
    std::optional<zc::sync::ChangeBatch> batch = zc::sync::ChangeBatch::fromJson(o, nullptr);
    if (!batch)
        return 0;
    if (o.value(QLatin1String("permissions")).isArray()) {
        zc::PermissionCatalog catalog = zc::PermissionCatalog::fromJson(
            QJsonDocument(o.value(QLatin1String("permissions")).toArray()).toJson(QJsonDocument::Compact));
        if (!catalog.isEmpty())
            batch->catalog = std::move(catalog);
    }
    // A batch whose cursor starts with "full" is the first page of a full sync.
    if (batch->cursor.startsWith(QLatin1String("full"))) {
        batch->kind = zc::sync::SyncKind::Full;
        batch->resetBefore = true;
    }
    batch->receivedAt = QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);

    const Snapshot before = snapshot(*cache);
    if (const zc::sync::CacheError e = cache->applyChanges(*batch); !e.ok()) {
        if (!(snapshot(*cache) == before))
            finding("a batch that failed left part of itself behind", e);
        return 0;
    }
    const Snapshot once = snapshot(*cache);
    if (const zc::sync::CacheError e = cache->applyChanges(*batch); !e.ok())
        finding("a batch applied once fails the second time", e);
    if (!(snapshot(*cache) == once))
        finding("applying the same batch again changed the cache");
    readEverything(*cache, *batch);
    return 0;
}
