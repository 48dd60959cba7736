#include "WorkspaceModels.h"

#include "ui/Startup.h"

#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"
#include "sync/Cache.h"
#include "sync/Workspace.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QLoggingCategory>
#include <QThread>

#include <atomic>
#include <functional>
#include <thread>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcModels, "zc.ui.models", QtInfoMsg)
std::atomic<int> g_loaderCounter{0};
} // namespace

// What the loader thread reads, in two steps: the roles, the catalog and the
// sync state first (handed over at once: the first pages show them), then
// every account, made ready for the model (handed over when the thread ends).
struct WorkspaceModels::Snapshot
{
    QString path;
    QString connectionName;
    bool englishTitles = false;
    PermissionCatalog fallbackCatalog;   // for the 菜单权限 texts when the cache has none yet
    RoleTableModel::Rows roles;
    int roleCount = 0;
    std::optional<PermissionCatalog> catalog;
    QDateTime lastSyncAt;
    AccountTableModel::Rows accounts;
    int accountCount = 0;
    QString error;
    qint64 rolesMs = 0;
    qint64 elapsedMs = 0;

    // `rolesRead` is called on the loader thread once the first step is in.
    void read(const std::function<void()> &rolesRead)
    {
        QElapsedTimer timer;
        timer.start();
        sync::Cache cache(path, connectionName);
        const sync::CacheError opened = cache.open();
        if (!opened.ok()) {
            error = opened.message;
            return;
        }
        auto r = cache.allRoles();
        if (!r.ok()) {
            error = r.error.message;
            return;
        }
        auto c = cache.catalog();
        if (c.ok())
            catalog = std::move(*c.value);
        auto s = cache.syncState();
        if (s.ok())
            lastSyncAt = s.value->lastSyncAt();
        roleCount = int(r.value->size());
        roles = RoleTableModel::prepare(std::move(*r.value), catalog && !catalog->isEmpty() ? *catalog : fallbackCatalog,
                                        englishTitles);
        rolesMs = timer.elapsed();
        rolesRead();

        // Then the accounts (100k in a large unit) in two halves by id, the
        // upper one on a second thread with its own connection (WAL lets both
        // read). Not from the start: the first page is drawn meanwhile.
        const auto range = cache.accountIdRange();
        if (!range.ok()) {
            error = range.error.message;
            return;
        }
        // (Plain variables: clang cannot capture structured bindings before C++20.)
        const qint64 low = range.value->first;
        const qint64 high = range.value->second;
        const qint64 middle = low + (high - low) / 2;
        sync::CacheResult<QList<Account>> upper;
        AccountTableModel::Rows upperRows;
        std::thread second([this, middle, high, &upper, &upperRows] {
            sync::Cache other(path, connectionName + QStringLiteral("-upper"));
            const sync::CacheError e = other.open();
            if (e.ok())
                upper = other.allAccounts(middle + 1, high);
            else
                upper.error = e;
            if (upper.ok())
                upperRows = AccountTableModel::prepare(std::move(*upper.value));
        });
        auto joinSecond = qScopeGuard([&second] { second.join(); });

        auto lower = cache.allAccounts(low, middle);
        AccountTableModel::Rows lowerRows;
        if (lower.ok())
            lowerRows = AccountTableModel::prepare(std::move(*lower.value));
        second.join();
        joinSecond.dismiss();
        if (!lower.ok() || !upper.error.ok()) {
            error = !lower.ok() ? lower.error.message : upper.error.message;
            return;
        }
        accounts = AccountTableModel::join(std::move(lowerRows), std::move(upperRows));
        accountCount = int(accounts.items.size());
        elapsedMs = timer.elapsed();
    }
};

WorkspaceModels::WorkspaceModels(QObject *parent)
    : QObject(parent), m_roles(std::make_unique<RoleTableModel>()),
      m_accounts(std::make_unique<AccountTableModel>())
{
    const bool english = Startup::currentLanguage() == QLatin1String("en");
    m_roles->setEnglishTitles(english);
    setCatalog(PermissionCatalog::builtIn());
}

WorkspaceModels::~WorkspaceModels()
{
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader->wait();
        delete m_loader;
    }
}

sync::Workspace *WorkspaceModels::workspace() const
{
    return m_workspace;
}

void WorkspaceModels::attach(sync::Workspace *workspace)
{
    if (m_engineConnection)
        disconnect(m_engineConnection);
    if (m_institutionsConnection)
        disconnect(m_institutionsConnection);
    m_workspace = workspace;
    m_engine = workspace ? workspace->engine() : nullptr;
    if (m_engine)
        m_engineConnection = connect(m_engine, &sync::SyncEngine::cacheChanged, this, &WorkspaceModels::applyDelta);
    if (workspace)
        m_institutionsConnection = connect(workspace, &sync::Workspace::institutionsChanged, this,
                                           &WorkspaceModels::updateInstitutions);
    m_loaded = false;
    m_roles->setRoles({});
    m_accounts->setAccounts({});
    updateInstitutions();
    if (workspace && workspace->isOpen())
        reload();
}

void WorkspaceModels::updateInstitutions()
{
    m_institutions = m_workspace ? m_workspace->institutions() : QList<Institution>{};
    QHash<qint64, QString> names;
    for (const Institution &institution : std::as_const(m_institutions))
        names.insert(institution.id, institution.name);
    m_accounts->setInstitutionNames(names);
    Q_EMIT institutionsChanged();
}

std::optional<Institution> WorkspaceModels::institution(qint64 id) const
{
    for (const Institution &institution : m_institutions) {
        if (institution.id == id)
            return institution;
    }
    return std::nullopt;
}

void WorkspaceModels::reload()
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    if (m_loader) {
        m_reloadAgain = true;
        return;
    }
    startLoad();
}

void WorkspaceModels::startLoad()
{
    m_pending.clear();
    m_snapshot = std::make_shared<Snapshot>();
    m_snapshot->path = m_workspace->cachePath();
    m_snapshot->connectionName = QStringLiteral("zc-ui-loader-%1").arg(++g_loaderCounter);
    m_snapshot->englishTitles = m_roles->englishTitles();
    m_snapshot->fallbackCatalog = m_catalog;
    const std::shared_ptr<Snapshot> snapshot = m_snapshot;
    const QPointer<WorkspaceModels> self(this);
    m_loader = QThread::create([snapshot, self] {
        snapshot->read([snapshot, self] {
            // Dropped by Qt if the models are gone by then.
            QMetaObject::invokeMethod(
                    self.data(), [snapshot, models = self.data()] { models->rolesLoaded(snapshot); },
                    Qt::QueuedConnection);
        });
    });
    m_loader->setObjectName(QStringLiteral("zc-cache-loader"));
    connect(m_loader, &QThread::finished, this, &WorkspaceModels::loadFinished);
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_loader->start();
}

void WorkspaceModels::rolesLoaded(const std::shared_ptr<Snapshot> &snapshot)
{
    // The first step of the current load only (a reload may have replaced it).
    if (snapshot != m_snapshot || !m_loading)
        return;
    if (snapshot->catalog && !snapshot->catalog->isEmpty())
        setCatalog(*snapshot->catalog);
    m_roles->setPrepared(std::move(snapshot->roles));
    m_lastSyncAt = snapshot->lastSyncAt;
    updateRoleNames();
    m_rolesShown = true;
    Q_EMIT contentChanged();
}

void WorkspaceModels::loadFinished()
{
    QThread *loader = m_loader;
    m_loader = nullptr;
    loader->wait();
    delete loader;
    const std::shared_ptr<Snapshot> snapshot = std::move(m_snapshot);

    if (!snapshot->error.isEmpty()) {
        qCWarning(lcModels) << "the cache could not be read:" << snapshot->error;
        m_loadError = snapshot->error;
    } else {
        m_loadError.clear();
        QElapsedTimer timer;
        timer.start();
        if (!m_rolesShown) {   // the queued first step did not run before the end
            if (snapshot->catalog && !snapshot->catalog->isEmpty())
                setCatalog(*snapshot->catalog);
            m_roles->setPrepared(std::move(snapshot->roles));
            m_lastSyncAt = snapshot->lastSyncAt;
            updateRoleNames();   // while there are no accounts: no 100k-row dataChanged
        }
        m_accounts->setPrepared(std::move(snapshot->accounts));
        qCInfo(lcModels) << "cache loaded:" << snapshot->roleCount << "roles," << snapshot->accountCount
                         << "accounts; roles read in" << snapshot->rolesMs << "ms, all in" << snapshot->elapsedMs
                         << "ms, models" << timer.elapsed() << "ms";
    }
    m_rolesShown = false;
    // What changed while the loader read: newer than (or equal to) the snapshot, so replayed on top.
    const QList<sync::CacheDelta> pending = std::move(m_pending);
    m_pending.clear();
    m_loading = false;
    m_loaded = snapshot->error.isEmpty();
    for (const sync::CacheDelta &delta : pending)
        applyDelta(delta);
    Q_EMIT loadingChanged(false);
    Q_EMIT loaded();
    Q_EMIT contentChanged();
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
}

void WorkspaceModels::applyDelta(const sync::CacheDelta &delta)
{
    if (m_loading) {
        m_pending << delta;
        return;
    }
    if (delta.catalogChanged && m_workspace && m_workspace->cache()) {
        auto c = m_workspace->cache()->catalog();
        if (c.ok() && !c.value->isEmpty())
            setCatalog(*c.value);
    }
    if (delta.reset) {
        m_roles->setRoles(delta.roles);
        m_accounts->setAccounts(delta.accounts);
    } else {
        if (!delta.roles.isEmpty())
            m_roles->upsertRoles(delta.roles);
        if (!delta.accounts.isEmpty())
            m_accounts->upsertAccounts(delta.accounts);
    }
    QList<qint64> goneAccounts;
    for (const sync::DeletedItem &d : delta.deleted) {
        if (d.type == sync::DeletedItem::Type::Role)
            m_roles->removeRole(d.id);
        else
            goneAccounts << d.id;
    }
    if (!goneAccounts.isEmpty())
        m_accounts->removeAccounts(goneAccounts);
    if (delta.reset || !delta.roles.isEmpty() || !delta.deleted.isEmpty())
        updateRoleNames();
    if (delta.reset || !delta.roles.isEmpty() || !delta.accounts.isEmpty() || !delta.deleted.isEmpty())
        Q_EMIT contentChanged();
}

void WorkspaceModels::updateRoleNames()
{
    QHash<qint64, QString> names;
    for (const Role &r : m_roles->roles())
        names.insert(r.id, r.name);
    m_accounts->setRoleNames(names);
}

void WorkspaceModels::setCatalog(const PermissionCatalog &catalog)
{
    m_catalog = catalog;
    m_roles->setCatalog(catalog);
    Q_EMIT catalogChanged();
}

std::optional<Role> WorkspaceModels::role(qint64 id) const
{
    const int row = m_roles->rowOf(id);
    return row < 0 ? std::nullopt : m_roles->roleAt(row);
}

std::optional<Account> WorkspaceModels::account(qint64 id) const
{
    const int row = m_accounts->rowOf(id);
    return row < 0 ? std::nullopt : m_accounts->accountAt(row);
}

} // namespace zc::ui
