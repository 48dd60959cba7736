#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace zc::sync {

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux,
// Credential Manager on Windows): the session token per (server, account) for
// "remember me", and the proxy password. Nothing secret ever goes to QSettings
// or a file; there is no plaintext fallback. Jobs are asynchronous; each
// callback runs once, in the thread of `context`, and not at all if `context`
// is destroyed first.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);
    // Service name in the keychain (default "zhaocai-admin"); tests use their own.
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    [[nodiscard]] static QString tokenKey(const QString &profileId, const QString &login);
    [[nodiscard]] static QString proxyKey();

    // error is empty on success; a translated-by-the-UI message otherwise.
    using WriteDone = std::function<void(const QString &error)>;
    // value is nullopt when there is no entry (error empty) or on failure (error set).
    using ReadDone = std::function<void(const std::optional<QString> &value, const QString &error)>;

    void write(const QString &key, const QString &secret, QObject *context, WriteDone done);
    void read(const QString &key, QObject *context, ReadDone done);
    // Deleting a missing entry is a success.
    void remove(const QString &key, QObject *context, WriteDone done);

    [[nodiscard]] QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace zc::sync
