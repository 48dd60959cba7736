#include "SecretService.h"

#ifdef ZC_TEST_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace zc::test {

QString secretServiceProblem()
{
#ifdef ZC_TEST_HAVE_DBUS
    const QString how = QStringLiteral(" — run the tests through ./scripts/test.sh, which starts a private D-Bus"
                                       " session with an unlocked gnome-keyring");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no session D-Bus for the keychain (%1)").arg(bus.lastError().message()) + how;
    const QString name = QStringLiteral("org.freedesktop.secrets");
    const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(name);
    if (registered.isValid() && registered.value())
        return {};
    const QDBusReply<QStringList> activatable =
        bus.interface()->call(QStringLiteral("ListActivatableNames"));
    if (activatable.isValid() && activatable.value().contains(name))
        return {};
    return QStringLiteral("no Secret Service (%1) on the session D-Bus").arg(name) + how;
#else
    return {};
#endif
}

} // namespace zc::test
