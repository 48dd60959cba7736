#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace zc::sync {
class ApiClient;
}

namespace zc::ui {

// Start-up wiring shared by the app's main() and the widget tests: the
// application's names (QSettings keys follow them), the interface language
// and its translations, the version shown in Help › About.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(zc::ui::Startup)
public:
    // Organisation and application names for QSettings, version, window icon.
    static void setApplicationInfo();

    // The language to use: `requested` when it is "zh_CN" or "en", else the
    // one chosen in settings, else languageFor(the system locale).
    [[nodiscard]] static QString resolveLanguage(const QString &requested = {});
    // The users are Chinese: 简体中文 unless the locale asks for English. A
    // locale that names no language (C/POSIX, as on many fresh Linux
    // installs) or one we have no translation for gets Chinese too.
    [[nodiscard]] static QString languageFor(const QLocale &locale);
    // Loads :/i18n/zhaocai_<language>.qm and Qt's own qtbase_<language>.qm;
    // false when ours is missing ("en" needs no Qt translation).
    static bool installTranslations(const QString &language);
    // Switches the running program to the language of `setting` (as stored
    // in AppSettings; empty follows the system) and asks the server for
    // messages in it: installs the translations, which sends every widget a
    // LanguageChange event.
    static void applyLanguage(const QString &setting, sync::ApiClient *client);
    // The language installed last ("zh_CN" or "en").
    [[nodiscard]] static QString currentLanguage();
    // The Accept-Language value for the API ("zh-CN" or "en").
    [[nodiscard]] static QString apiLanguage();

    // The options of zhaocai-admin: --lang zh_CN|en and --profile-file F
    // (also $ZC_PROFILE_FILE). Handles --help and --version (and exits there).
    struct Options
    {
        QString language;      // as given; resolveLanguage() decides
        QString profileFile;
    };
    // --lang alone, before translations exist (the help text is translated).
    [[nodiscard]] static QString requestedLanguage(const QStringList &arguments);
    [[nodiscard]] static Options processCommandLine(const QCoreApplication &app);
    // Adds or updates the profile in `path` and makes it the selected one;
    // says why (a message box) when the file cannot be used.
    static bool useProfileFile(const QString &path);

    [[nodiscard]] static QString version();
    [[nodiscard]] static QString displayName();   // translated
};

} // namespace zc::ui
