#include "AppSettings.h"

#include <QSettings>

#include <algorithm>

namespace zc::ui {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString TimeoutKey = QStringLiteral("network/transferTimeoutSeconds");
} // namespace

QString AppSettings::language()
{
    const QString value = QSettings().value(LanguageKey).toString();
    return value == QLatin1String("zh_CN") || value == QLatin1String("en") ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
}

int AppSettings::transferTimeoutSeconds()
{
    bool ok = false;
    const int value = QSettings().value(TimeoutKey, DefaultTransferTimeoutSeconds).toInt(&ok);
    if (!ok)
        return DefaultTransferTimeoutSeconds;
    return std::clamp(value, MinTransferTimeoutSeconds, MaxTransferTimeoutSeconds);
}

void AppSettings::setTransferTimeoutSeconds(int seconds)
{
    QSettings().setValue(TimeoutKey, std::clamp(seconds, MinTransferTimeoutSeconds, MaxTransferTimeoutSeconds));
}

} // namespace zc::ui
