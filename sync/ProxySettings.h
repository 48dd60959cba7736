#pragma once

#include <QNetworkProxy>
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

} // namespace zc::sync
