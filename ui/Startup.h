#pragma once

#include <QCoreApplication>
#include <QString>

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
    // one chosen in settings, else Chinese on a Chinese system locale and
    // English otherwise.
    [[nodiscard]] static QString resolveLanguage(const QString &requested = {});
    // Loads :/i18n/zhaocai_<language>.qm and Qt's own qtbase_<language>.qm;
    // false when ours is missing ("en" needs no Qt translation).
    static bool installTranslations(const QString &language);
    // The language installed last ("zh_CN" or "en").
    [[nodiscard]] static QString currentLanguage();
    // The Accept-Language value for the API ("zh-CN" or "en").
    [[nodiscard]] static QString apiLanguage();

    [[nodiscard]] static QString version();
    [[nodiscard]] static QString displayName();   // translated
};

} // namespace zc::ui
