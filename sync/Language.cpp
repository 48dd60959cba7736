#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace zc::sync {

namespace {
Q_LOGGING_CATEGORY(lcLanguage, "zc.sync.language", QtInfoMsg)

// The object name of the translators install() owns, so the next call finds them.
constexpr auto OwnTranslator = "zcTranslator";
} // namespace

QString Language::forLocale(const QLocale &locale)
{
    return locale.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

QString Language::fromName(const QString &name)
{
    if (name.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("zh-CN"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("zh_CN");
    if (name.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("en");
    return {};
}

QString Language::requested(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

QString Language::apiName(const QString &language)
{
    return language == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en");
}

bool Language::install(const QString &catalog, const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString lang = fromName(language).isEmpty() ? QStringLiteral("en") : fromName(language);

    const auto installed = app->findChildren<QTranslator *>(QLatin1String(OwnTranslator), Qt::FindDirectChildrenOnly);
    for (QTranslator *old : installed) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }

    auto *ours = new QTranslator(app);
    ours->setObjectName(QLatin1String(OwnTranslator));
    const bool ok = ours->load(QStringLiteral(":/i18n/%1_%2.qm").arg(catalog, lang));
    if (ok)
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcLanguage) << "no translation" << catalog << lang << "in the resources";

    if (lang != QLatin1String("en")) {
        auto *qt = new QTranslator(app);
        qt->setObjectName(QLatin1String(OwnTranslator));
        if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            qCInfo(lcLanguage) << "Qt's own translation for" << lang << "is not installed";
    }
    return ok;
}

} // namespace zc::sync
