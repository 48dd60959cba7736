#include "Startup.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include "AppSettings.h"

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcStartup, "zc.ui.startup", QtInfoMsg)

QString s_language = QStringLiteral("en");

bool isSupported(const QString &language)
{
    return language == QLatin1String("zh_CN") || language == QLatin1String("en");
}
} // namespace

void Startup::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("zhaocai"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("zhaocai.example.cn"));
    QCoreApplication::setApplicationName(QStringLiteral("zhaocai-admin"));
    QCoreApplication::setApplicationVersion(version());
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/zc/icons/zhaocai-admin.svg")));
        QGuiApplication::setDesktopFileName(QStringLiteral("zhaocai-admin"));
    }
}

QString Startup::resolveLanguage(const QString &requested)
{
    if (isSupported(requested))
        return requested;
    const QString chosen = AppSettings::language();
    if (isSupported(chosen))
        return chosen;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Startup::installTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString lang = isSupported(language) ? language : QStringLiteral("en");

    // Replace what an earlier call installed (tests switch languages).
    const auto installed = app->findChildren<QTranslator *>(QStringLiteral("zcTranslator"), Qt::FindDirectChildrenOnly);
    for (QTranslator *old : installed) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }

    auto *ours = new QTranslator(app);
    ours->setObjectName(QStringLiteral("zcTranslator"));
    const bool ok = ours->load(QStringLiteral(":/i18n/zhaocai_") + lang + QStringLiteral(".qm"));
    if (ok)
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcStartup) << "no translation for" << lang << "in the resources";

    if (lang != QLatin1String("en")) {
        auto *qt = new QTranslator(app);
        qt->setObjectName(QStringLiteral("zcTranslator"));
        if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            qCInfo(lcStartup) << "Qt's own translation for" << lang << "is not installed";
    }
    s_language = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                lang == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    return ok;
}

QString Startup::currentLanguage()
{
    return s_language;
}

QString Startup::apiLanguage()
{
    return s_language == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en");
}

QString Startup::version()
{
    return QStringLiteral(ZC_VERSION);
}

QString Startup::displayName()
{
    return tr("Procurement Account Administration");
}

} // namespace zc::ui
