#pragma once

#include "models/Account.h"
#include "models/Institution.h"
#include "models/PermissionCatalog.h"
#include "models/Role.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QThread;

namespace zc {
class AccountTableModel;
class RoleTableModel;
}

namespace zc::sync {
class Workspace;
}

namespace zc::ui {

// The item models the pages show, filled from the signed-in account's cache
// and kept following it: the roles, every account of the unit (handlers and
// the main account) and the permission catalog. The first load reads the
// cache on a thread of its own (its own connection), so that a 100k-account
// cache never blocks the window; what the sync engine changes meanwhile is
// replayed on top of it. After that every CacheDelta (a sync batch or a
// write of this client) is applied to the models at once.
class WorkspaceModels : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceModels(QObject *parent = nullptr);
    ~WorkspaceModels() override;   // waits for a running load

    // Follows `workspace`'s engine and loads its cache (call again after it reopened); null detaches.
    void attach(sync::Workspace *workspace);
    [[nodiscard]] sync::Workspace *workspace() const;
    // Reads the cache again in the background.
    void reload();

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] QString loadError() const { return m_loadError; }

    [[nodiscard]] RoleTableModel *roles() const { return m_roles.get(); }
    [[nodiscard]] AccountTableModel *accounts() const { return m_accounts.get(); }
    [[nodiscard]] const PermissionCatalog &catalog() const { return m_catalog; }
    [[nodiscard]] std::optional<Role> role(qint64 id) const;
    [[nodiscard]] std::optional<Account> account(qint64 id) const;
    // The unit's medical institutions as cached (several for a hospital
    // group), and one of them (nullopt for 0 or one not cached).
    [[nodiscard]] const QList<Institution> &institutions() const { return m_institutions; }
    [[nodiscard]] std::optional<Institution> institution(qint64 id) const;
    // When the cache last finished a sync (invalid: never), as read at load time.
    [[nodiscard]] QDateTime lastSyncAt() const { return m_lastSyncAt; }

    // Applies one step of the cache (what SyncEngine::cacheChanged reports).
    void applyDelta(const sync::CacheDelta &delta);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void catalogChanged();
    void institutionsChanged();
    // Roles or accounts changed (a load, a sync batch, a write).
    void contentChanged();

private:
    struct Snapshot;
    void startLoad();
    void rolesLoaded(const std::shared_ptr<Snapshot> &snapshot);
    void loadFinished();
    void updateRoleNames();
    void setCatalog(const PermissionCatalog &catalog);
    void updateInstitutions();

    std::unique_ptr<RoleTableModel> m_roles;
    std::unique_ptr<AccountTableModel> m_accounts;
    PermissionCatalog m_catalog;
    QPointer<sync::Workspace> m_workspace;
    QPointer<sync::SyncEngine> m_engine;
    QMetaObject::Connection m_engineConnection;
    QMetaObject::Connection m_institutionsConnection;
    QList<Institution> m_institutions;
    QThread *m_loader = nullptr;
    std::shared_ptr<Snapshot> m_snapshot;
    QList<sync::CacheDelta> m_pending;   // deltas that arrived while loading
    QDateTime m_lastSyncAt;
    QString m_loadError;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_reloadAgain = false;
    bool m_rolesShown = false;   // the current load's first step is in the models
};

} // namespace zc::ui
