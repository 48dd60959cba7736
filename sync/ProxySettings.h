#pragma once

#include <QNetworkProxy>
#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QString>

namespace zc::sync {

// How the client reaches the server: the system's proxy (default), none, or a
// manual HTTP proxy with optional authentication. The proxy password is never
// stored here; it lives in the keychain (CredentialStore::proxyKey()).
struct ProxySettings
{
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;

    [[nodiscard]] static ProxySettings load();       // from QSettings
    void save() const;
    // Applies to a QNetworkAccessManager's proxy (password filled in by the caller).
    [[nodiscard]] QNetworkProxy toProxy(const QString &password) const;
};

// The system's proxy for everything but loopback, which never goes through a proxy.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName();
        const QHostAddress address(host);
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || (!address.isNull() && address.isLoopback()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace zc::sync
