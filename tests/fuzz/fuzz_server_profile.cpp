// The server-profile file reader (ServerProfile::fromFile, the files an IT
// department hands out): any file is refused with a reason or read; a profile
// read, written by toJson() (as the profile list is stored) and read again,
// is the same profile.
#include "FuzzSupport.h"

#include "sync/ServerProfile.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    zc::fuzz::ensureApplication();
    const QString path = zc::fuzz::scratch().filePath(QStringLiteral("profile.json"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(zc::fuzz::bytes(data, size));
    }
    QString why;
    const std::optional<zc::sync::ServerProfile> profile = zc::sync::ServerProfile::fromFile(path, &why);
    if (!profile) {
        if (why.isEmpty())
            std::abort();   // every refusal says why
        return 0;
    }
    if (profile->id.isEmpty() || profile->name.isEmpty() || !profile->url.isValid())
        std::abort();
    (void)profile->apiUrl(QStringLiteral("/roles?size=10"));
    (void)profile->caCertificates();
    const QJsonObject written = profile->toJson();
    const std::optional<zc::sync::ServerProfile> again = zc::sync::ServerProfile::fromJson(written, &why);
    if (!again || again->toJson() != written) {
        zc::fuzz::finding("a profile written and read again differs", why);
    }
    return 0;
}
