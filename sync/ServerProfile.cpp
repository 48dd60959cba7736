#include "ServerProfile.h"

#include "SyncLog.h"
#include "models/StrictJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSettings>

namespace zc::sync {

namespace {

constexpr qint64 MaxProfileFileBytes = 128 * 1024;

const QString &groupName()
{
    static const QString g = QStringLiteral("servers");
    return g;
}

// QSettings treats '/' and '\' in keys as group separators: keep ids opaque.
QString settingsKey(const QString &profileId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

void setError(QString *why, const char *code)
{
    if (why)
        *why = QString::fromLatin1(code);
}

} // namespace

QList<QSslCertificate> ServerProfile::caCertificates() const
{
    if (caPem.isEmpty())
        return {};
    return QSslCertificate::fromData(caPem, QSsl::Pem);
}

QString ServerProfile::caName() const
{
    const QList<QSslCertificate> cas = caCertificates();
    if (cas.isEmpty())
        return {};
    const QStringList cn = cas.first().subjectInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? cas.first().subjectDisplayName() : cn.first();
}

std::optional<ServerProfile> ServerProfile::fromForm(const QString &name, const QString &url, const QByteArray &caPem,
                                                     QString *why)
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("url"), url}};
    if (!caPem.isEmpty())
        o.insert(QStringLiteral("ca_pem"), QString::fromLatin1(caPem));
    return fromJson(o, why);
}

QByteArray ServerProfile::readCaFile(const QString &path, CaFileProblem *problem)
{
    *problem = CaFileProblem::None;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = CaFileProblem::Unreadable;
        return {};
    }
    const QByteArray data = file.read(MaxCaFileBytes + 1);
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    QByteArray pem = data;
    if (certs.isEmpty()) {
        certs = QSslCertificate::fromData(data, QSsl::Der);
        if (!certs.isEmpty())
            pem = certs.first().toPem();
    }
    if (data.size() > MaxCaFileBytes || certs.isEmpty()) {
        *problem = CaFileProblem::NotACertificate;
        return {};
    }
    return pem;
}

QUrl ServerProfile::apiUrl(const QString &path) const
{
    QUrl u = url;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString rest = path;
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('/')))
        rest.prepend(QLatin1Char('/'));
    u.setPath(base + QStringLiteral("/api/v1") + rest);
    return u;
}

QString ServerProfile::defaultIdFor(const QUrl &url)
{
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(443));
}

std::optional<ServerProfile> ServerProfile::fromJson(const QJsonObject &o, QString *why)
{
    ServerProfile p;
    const QJsonValue name = o.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        setError(why, "no_name");
        return std::nullopt;
    }
    p.name = name.toString().trimmed();

    const QJsonValue urlValue = o.value(QLatin1String("url"));
    if (!urlValue.isString() || urlValue.toString().trimmed().isEmpty()) {
        setError(why, "no_url");
        return std::nullopt;
    }
    const QUrl url(urlValue.toString().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative()) {
        setError(why, "bad_url");
        return std::nullopt;
    }
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
        setError(why, "not_https");
        return std::nullopt;
    }
    if (url.host().isEmpty()) {
        setError(why, "no_host");
        return std::nullopt;
    }
    // Credentials, queries and fragments have no place in a base URL.
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        setError(why, "bad_url");
        return std::nullopt;
    }
    p.url = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);

    const QJsonValue ca = o.value(QLatin1String("ca_pem"));
    if (!ca.isUndefined() && !ca.isNull()) {
        if (!ca.isString()) {
            setError(why, "bad_ca");
            return std::nullopt;
        }
        const QByteArray pem = ca.toString().toUtf8();
        if (pem.size() > ServerProfile::MaxCaFileBytes) {
            setError(why, "ca_too_large");
            return std::nullopt;
        }
        if (!pem.trimmed().isEmpty()) {
            const auto certs = QSslCertificate::fromData(pem, QSsl::Pem);
            if (certs.isEmpty() || certs.first().isNull()) {
                setError(why, "bad_ca");
                return std::nullopt;
            }
            p.caPem = pem;
        }
    }

    const QJsonValue id = o.value(QLatin1String("id"));
    if (id.isString() && !id.toString().trimmed().isEmpty())
        p.id = id.toString().trimmed();
    else if (!id.isUndefined() && !id.isNull() && !id.isString()) {
        setError(why, "bad_id");
        return std::nullopt;
    } else
        p.id = defaultIdFor(p.url);
    if (why)
        why->clear();
    return p;
}

std::optional<ServerProfile> ServerProfile::fromFile(const QString &path, QString *why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(why, "cannot_read");
        return std::nullopt;
    }
    if (f.size() > MaxProfileFileBytes) {
        setError(why, "too_large");
        return std::nullopt;
    }
    const QByteArray data = f.read(MaxProfileFileBytes + 1);
    const std::optional<QJsonDocument> doc = StrictJson::parseDocument(data);
    if (!doc || !doc->isObject()) {
        setError(why, "bad_json");
        return std::nullopt;
    }
    return fromJson(doc->object(), why);
}

QJsonObject ServerProfile::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("url"), url.toString()}};
    if (!caPem.isEmpty())
        o.insert(QStringLiteral("ca_pem"), QString::fromUtf8(caPem));
    return o;
}

QList<ServerProfile> ServerProfileStore::load()
{
    QList<ServerProfile> profiles = loadStored();
    if (profiles.isEmpty())
        profiles = builtInProfiles();

    QString why;
    if (const auto fromEnv = environmentProfile(&why)) {
        bool replaced = false;
        for (ServerProfile &p : profiles) {
            if (p.id == fromEnv->id) {
                p = *fromEnv;
                replaced = true;
            }
        }
        if (!replaced)
            profiles.prepend(*fromEnv);
    } else if (!why.isEmpty()) {
        qCWarning(lcSync) << "ignoring ZC_PROFILE_FILE:" << why;
    }
    return profiles;
}

QList<ServerProfile> ServerProfileStore::loadStored()
{
    QSettings s;
    QList<ServerProfile> profiles;
    const int n = s.beginReadArray(groupName());
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        const QJsonObject o{{QStringLiteral("id"), s.value(QStringLiteral("id")).toString()},
                            {QStringLiteral("name"), s.value(QStringLiteral("name")).toString()},
                            {QStringLiteral("url"), s.value(QStringLiteral("url")).toString()},
                            {QStringLiteral("ca_pem"), s.value(QStringLiteral("ca_pem")).toString()}};
        QString why;
        if (auto p = ServerProfile::fromJson(o, &why))
            profiles.append(*p);
        else
            qCWarning(lcSync) << "skipping a stored server profile:" << why;
    }
    s.endArray();
    return profiles;
}

void ServerProfileStore::save(const QList<ServerProfile> &profiles)
{
    QSettings s;
    s.remove(groupName());
    s.beginWriteArray(groupName(), static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &p = profiles.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("id"), p.id);
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("url"), p.url.toString());
        s.setValue(QStringLiteral("ca_pem"), QString::fromUtf8(p.caPem));
    }
    s.endArray();
}

QList<ServerProfile> ServerProfileStore::builtInProfiles()
{
    ServerProfile demo;
    demo.name = QStringLiteral("本机演示服务器 (Local demo server)");
    demo.url = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    demo.id = ServerProfile::defaultIdFor(demo.url);
    QFile ca(demoCaPath());
    if (ca.size() <= ServerProfile::MaxCaFileBytes && ca.open(QIODevice::ReadOnly)) {
        const QByteArray pem = ca.readAll();
        if (!QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            demo.caPem = pem;
    }
    return {demo};
}

QString ServerProfileStore::demoCaPath()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString dir = env.value(QStringLiteral("ZC_DEMO_DIR"));
    if (dir.isEmpty()) {
        QString state = env.value(QStringLiteral("XDG_STATE_HOME"));
        if (state.isEmpty())
            state = QDir::home().filePath(QStringLiteral(".local/state"));
        dir = QDir(state).filePath(QStringLiteral("zhaocai-demo"));
    }
    return QDir(dir).filePath(QStringLiteral("tls/ca.pem"));
}

std::optional<ServerProfile> ServerProfileStore::environmentProfile(QString *why)
{
    if (why)
        why->clear();
    const QString path = QProcessEnvironment::systemEnvironment().value(QStringLiteral("ZC_PROFILE_FILE"));
    if (path.isEmpty())
        return std::nullopt;
    return ServerProfile::fromFile(path, why);
}

QString ServerProfileStore::lastProfileId()
{
    return QSettings().value(groupName() + QStringLiteral("_state/last")).toString();
}

void ServerProfileStore::setLastProfileId(const QString &id)
{
    QSettings().setValue(groupName() + QStringLiteral("_state/last"), id);
}

QString ServerProfileStore::rememberedLogin(const QString &profileId)
{
    return QSettings()
        .value(groupName() + QStringLiteral("_state/remembered/") + settingsKey(profileId))
        .toString();
}

void ServerProfileStore::setRememberedLogin(const QString &profileId, const QString &login)
{
    QSettings s;
    const QString key = groupName() + QStringLiteral("_state/remembered/") + settingsKey(profileId);
    if (login.isEmpty())
        s.remove(key);
    else
        s.setValue(key, login);
}

} // namespace zc::sync
