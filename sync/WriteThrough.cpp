#include "WriteThrough.h"

#include "SyncEngine.h"
#include "SyncLog.h"

namespace zc::sync {

WriteThrough::WriteThrough(ApiClient *client, SyncEngine *engine, QObject *parent)
    : QObject(parent), m_client(client), m_engine(engine)
{
}

template <typename T>
std::function<void(const Result<T> &)> WriteThrough::through(QObject *context, Done<T> done,
                                                             std::function<Apply(const T &)> apply)
{
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    return [this, ctx, hasContext, done = std::move(done), apply = std::move(apply)](const Result<T> &r) {
        const auto deliver = [ctx, hasContext, done, r] {
            if (done && (!hasContext || ctx))
                done(r);
        };
        if (!r.ok()) {
            const int status = r.error.status;
            if (status == 404 || status == 409 || status == 412)
                noteWrite();   // the cache is behind the server: catch up
            deliver();
            return;
        }
        if (!m_engine) {
            deliver();
            return;
        }
        apply(*r.value)([this, deliver](const CacheError &error) {
            if (!error.ok())
                Q_EMIT cacheWriteFailed(error.message);
            deliver();
            noteWrite();
        });
    };
}

void WriteThrough::noteWrite()
{
    if (m_engine && m_syncAfterWrites)
        m_engine->noteWrite();
}

ApiJob *WriteThrough::createRole(const RoleInput &input, QObject *context, Done<Role> done)
{
    return m_client->createRole(input, this,
                                through<Role>(context, std::move(done), [this](const Role &role) -> Apply {
                                    return [this, role](Applied applied) {
                                        m_engine->applyRole(role, this, applied);
                                    };
                                }));
}

ApiJob *WriteThrough::updateRole(qint64 id, const RoleInput &input, const QString &version, QObject *context,
                                 Done<Role> done)
{
    return m_client->updateRole(id, input, version, this,
                                through<Role>(context, std::move(done), [this](const Role &role) -> Apply {
                                    return [this, role](Applied applied) {
                                        m_engine->applyRole(role, this, applied);
                                    };
                                }));
}

ApiJob *WriteThrough::deleteRole(qint64 id, const QString &version, QObject *context, Done<Nothing> done)
{
    return m_client->deleteRole(id, version, this,
                                through<Nothing>(context, std::move(done), [this, id](const Nothing &) -> Apply {
                                    return [this, id](Applied applied) {
                                        m_engine->removeRole(id, this, applied);
                                    };
                                }));
}

ApiJob *WriteThrough::addHandler(const QString &phone, const QString &name, const QString &smsCode,
                                 QObject *context, Done<Account> done)
{
    return m_client->addHandler(phone, name, smsCode, this,
                                through<Account>(context, std::move(done), [this](const Account &a) -> Apply {
                                    return [this, a](Applied applied) {
                                        m_engine->applyAccount(a, this, applied);
                                    };
                                }));
}

ApiJob *WriteThrough::updateHandler(qint64 id, const HandlerPatch &patch, const QString &version,
                                    QObject *context, Done<Account> done)
{
    return m_client->updateHandler(id, patch, version, this,
                                   through<Account>(context, std::move(done), [this](const Account &a) -> Apply {
                                       return [this, a](Applied applied) {
                                           m_engine->applyAccount(a, this, applied);
                                       };
                                   }));
}

ApiJob *WriteThrough::deleteHandler(qint64 id, const QString &version, QObject *context, Done<Nothing> done)
{
    return m_client->deleteHandler(id, version, this,
                                   through<Nothing>(context, std::move(done), [this, id](const Nothing &) -> Apply {
                                       return [this, id](Applied applied) {
                                           m_engine->removeAccount(id, this, applied);
                                       };
                                   }));
}

ApiJob *WriteThrough::assign(qint64 roleId, qint64 accountId, QObject *context, Done<Nothing> done)
{
    return m_client->assign(roleId, accountId, this,
                            through<Nothing>(context, std::move(done), [this, roleId, accountId](const Nothing &) -> Apply {
                                return [this, roleId, accountId](Applied applied) {
                                    m_engine->applyAssignment(roleId, accountId, true, this, applied);
                                };
                            }));
}

ApiJob *WriteThrough::unassign(qint64 roleId, qint64 accountId, QObject *context, Done<Nothing> done)
{
    return m_client->unassign(roleId, accountId, this,
                              through<Nothing>(context, std::move(done), [this, roleId, accountId](const Nothing &) -> Apply {
                                  return [this, roleId, accountId](Applied applied) {
                                      m_engine->applyAssignment(roleId, accountId, false, this, applied);
                                  };
                              }));
}

ApiJob *WriteThrough::offboardHandler(qint64 id, QObject *context, Done<Offboarding> done)
{
    return m_client->offboardHandler(id, this,
                                     through<Offboarding>(context, std::move(done), [this](const Offboarding &o) -> Apply {
                                         return [this, a = o.account](Applied applied) {
                                             m_engine->applyAccount(a, this, applied);
                                         };
                                     }));
}

} // namespace zc::sync
