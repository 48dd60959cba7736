#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

namespace zc::sync {

// One server the client can talk to: a name people recognise (本机演示服务器,
// 内蒙古, 江苏 …), its base URL (https://host:port, the API lives under /api/v1)
// and, for deployments signed by a private CA, that CA (PEM; not a secret).
// An IT department hands profiles out as small JSON files:
//   {"name": "江苏", "url": "https://zc.example.cn:8443", "ca_pem": "-----BEGIN…"}
struct ServerProfile
{
    QString id;          // stable key, e.g. "jiangsu" or a UUID; used for keychain and cache keys
    QString name;
    QUrl url;
    QByteArray caPem;    // empty: system CAs only

    [[nodiscard]] QList<QSslCertificate> caCertificates() const;
    [[nodiscard]] QUrl apiUrl(const QString &path) const;   // url + "/api/v1" + path

    // Checks a profile entered or imported by a person; *why says what is wrong
    // (not https, no host, CA not a certificate…) in a stable snake_case code.
    [[nodiscard]] static std::optional<ServerProfile> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] static std::optional<ServerProfile> fromFile(const QString &path, QString *why = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
};

// The named list of profiles, kept in QSettings (no secrets there), plus which
// one was used last and the last login per profile (for "remember me").
class ServerProfileStore
{
public:
    [[nodiscard]] static QList<ServerProfile> load();
    static void save(const QList<ServerProfile> &profiles);
    [[nodiscard]] static QString lastProfileId();
    static void setLastProfileId(const QString &id);
    [[nodiscard]] static QString rememberedLogin(const QString &profileId);   // empty: none
    static void setRememberedLogin(const QString &profileId, const QString &login);
};

} // namespace zc::sync
