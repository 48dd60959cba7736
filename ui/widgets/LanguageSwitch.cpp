#include "LanguageSwitch.h"

#include "ui/settings/AppSettings.h"
#include "ui/Startup.h"

#include <QEvent>

namespace zc::ui {

LanguageSwitch::LanguageSwitch(QWidget *parent) : QComboBox(parent)
{
    addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    addItem(QStringLiteral("English"), QStringLiteral("en"));
    showCurrent();
    connect(this, &QComboBox::activated, this, &LanguageSwitch::choose);
}

void LanguageSwitch::setClient(sync::ApiClient *client)
{
    m_client = client;
}

void LanguageSwitch::choose()
{
    const QString language = currentData().toString();
    if (language == Startup::currentLanguage())
        return;
    AppSettings::setLanguage(language);
    Startup::applyLanguage(language, m_client);
    Q_EMIT languageChanged();
}

void LanguageSwitch::showCurrent()
{
    const int index = findData(Startup::currentLanguage());
    if (index >= 0)
        setCurrentIndex(index);
}

void LanguageSwitch::changeEvent(QEvent *event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        showCurrent();   // switched elsewhere too
}

} // namespace zc::ui
