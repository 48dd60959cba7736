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
    // The CA's common name (else its subject) for people; empty for system CAs.
    [[nodiscard]] QString caName() const;
    [[nodiscard]] QUrl apiUrl(const QString &path) const;   // url + "/api/v1" + path

    // Checks a profile entered or imported by a person; *why says what is wrong
    // (not https, no host, CA not a certificate…) in a stable snake_case code.
    [[nodiscard]] static std::optional<ServerProfile> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] static std::optional<ServerProfile> fromFile(const QString &path, QString *why = nullptr);
    // A profile typed into a form: name, address and the CA read with readCaFile() (or none).
    [[nodiscard]] static std::optional<ServerProfile> fromForm(const QString &name, const QString &url,
                                                               const QByteArray &caPem, QString *why = nullptr);

    // A CA certificate file as a profile keeps it (PEM): PEM as it is, DER
    // (a .cer from Windows) converted. Empty with *problem set when the file
    // cannot be read or holds no certificate (or is larger than MaxCaFileBytes).
    enum class CaFileProblem { None, Unreadable, NotACertificate };
    static constexpr qint64 MaxCaFileBytes = 64 * 1024;   // also the most a profile's ca_pem may hold
    [[nodiscard]] static QByteArray readCaFile(const QString &path, CaFileProblem *problem);
    [[nodiscard]] QJsonObject toJson() const;
    // The id a profile without one gets: "host:port" (lower-case host, port 443
    // when absent), so the same server imported twice keeps its keychain entries.
    [[nodiscard]] static QString defaultIdFor(const QUrl &url);
};

// The named list of profiles, kept in QSettings (no secrets there), plus which
// one was used last and the last login per profile (for "remember me").
class ServerProfileStore
{
public:
    // The stored profiles, or builtInProfiles() when none are stored; then the
    // profile named by $ZC_PROFILE_FILE (if set and valid) replaces the one
    // with its id or is put first.
    [[nodiscard]] static QList<ServerProfile> load();
    [[nodiscard]] static QList<ServerProfile> loadStored();        // QSettings only
    // The default list: "本机演示服务器 (Local demo server)", https://127.0.0.1:8443,
    // whose CA is read (each call) from demoCaPath() when that file exists.
    [[nodiscard]] static QList<ServerProfile> builtInProfiles();
    // $ZC_DEMO_DIR/tls/ca.pem, else ${XDG_STATE_HOME:-~/.local/state}/zhaocai-demo/tls/ca.pem
    // (where scripts/demo.sh keeps the demo server's data).
    [[nodiscard]] static QString demoCaPath();
    // The profile file named by $ZC_PROFILE_FILE; nullopt when unset (why empty) or invalid (why set).
    [[nodiscard]] static std::optional<ServerProfile> environmentProfile(QString *why = nullptr);
    static void save(const QList<ServerProfile> &profiles);
    [[nodiscard]] static QString lastProfileId();
    static void setLastProfileId(const QString &id);
    [[nodiscard]] static QString rememberedLogin(const QString &profileId);   // empty: none
    static void setRememberedLogin(const QString &profileId, const QString &login);
};

} // namespace zc::sync
