#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace zc::sync {

// The interface languages of both clients ("zh_CN" and "en") and their
// translations. The desktop client and zhaocai-cli choose the same way: the
// users are Chinese, so 简体中文 unless the system asks for English.
class Language
{
public:
    // "zh_CN" unless the locale asks for English. A locale that names no
    // language (C/POSIX, as on many fresh Linux installs) or one there is no
    // translation for gets Chinese too.
    [[nodiscard]] static QString forLocale(const QLocale &locale);
    // "zh_CN", "zh-CN", "zh" and "en" in any case, as people type them, to
    // "zh_CN" or "en"; empty for anything else.
    [[nodiscard]] static QString fromName(const QString &name);
    // The value of --lang X or --lang=X, read before the command line is
    // parsed (the help text itself is translated); empty when not given.
    [[nodiscard]] static QString requested(const QStringList &arguments);
    // The Accept-Language value for the API: "zh-CN" or "en".
    [[nodiscard]] static QString apiName(const QString &language);

    // Loads :/i18n/<catalog>_<language>.qm, and Qt's own qtbase_<language>.qm
    // for Chinese, replacing what an earlier call installed (a runtime
    // switch, tests); false when the catalog is missing.
    static bool install(const QString &catalog, const QString &language);
};

} // namespace zc::sync
