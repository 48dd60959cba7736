#include "ProxySettings.h"

#include <QSettings>

namespace zc::sync {

namespace {

QString modeToString(ProxySettings::Mode m)
{
    switch (m) {
    case ProxySettings::Mode::None:
        return QStringLiteral("none");
    case ProxySettings::Mode::Manual:
        return QStringLiteral("manual");
    case ProxySettings::Mode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxySettings::Mode modeFromString(const QString &s)
{
    if (s == QLatin1String("none"))
        return ProxySettings::Mode::None;
    if (s == QLatin1String("manual"))
        return ProxySettings::Mode::Manual;
    return ProxySettings::Mode::System;
}

} // namespace

ProxySettings ProxySettings::load()
{
    QSettings s;
    s.beginGroup(QStringLiteral("network/proxy"));
    ProxySettings p;
    p.mode = modeFromString(s.value(QStringLiteral("mode")).toString());
    p.host = s.value(QStringLiteral("host")).toString();
    const int port = s.value(QStringLiteral("port"), 0).toInt();
    p.port = port > 0 && port <= 65535 ? static_cast<quint16>(port) : quint16(0);
    p.user = s.value(QStringLiteral("user")).toString();
    s.endGroup();
    // A manual proxy without a host cannot work: fall back to the system's.
    if (p.mode == Mode::Manual && (p.host.isEmpty() || p.port == 0))
        p.mode = Mode::System;
    return p;
}

void ProxySettings::save() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("network/proxy"));
    s.setValue(QStringLiteral("mode"), modeToString(mode));
    s.setValue(QStringLiteral("host"), host);
    s.setValue(QStringLiteral("port"), static_cast<int>(port));
    s.setValue(QStringLiteral("user"), user);
    s.endGroup();
}

QNetworkProxy ProxySettings::toProxy(const QString &password) const
{
    switch (mode) {
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Manual:
        return QNetworkProxy(QNetworkProxy::HttpProxy, host, port, user, user.isEmpty() ? QString() : password);
    case Mode::System:
        break;
    }
    // Resolved per request by the proxy factory ApiClient installs.
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

} // namespace zc::sync
