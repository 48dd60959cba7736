#include "Startup.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>

#include "ui/login/ServerProfilesDialog.h"
#include "ui/settings/AppSettings.h"
#include "ui/widgets/MessageBox.h"
#include "sync/ApiClient.h"
#include "sync/Language.h"
#include "sync/ServerProfile.h"

#include <QCommandLineParser>
#include <QDir>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcStartup, "zc.ui.startup", QtInfoMsg)

QString s_language = QStringLiteral("en");

bool isSupported(const QString &language)
{
    return !sync::Language::fromName(language).isEmpty();
}

// The Latin family put before the application's own for English (empty: none).
QString s_latinFirst;

// English text takes its letters and punctuation (’ “ ” …) from a Latin font:
// a CJK font, the default on a Chinese desktop, draws them full-width
// ("account’ s"). Chinese goes back to the application's own font.
void applyFontFor(const QString &language)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    QFont font = QGuiApplication::font();
    QStringList families = font.families();
    if (families.isEmpty())
        families.append(font.family());
    if (!s_latinFirst.isEmpty() && families.size() > 1 && families.constFirst() == s_latinFirst)
        families.removeFirst();
    s_latinFirst.clear();
    if (language == QLatin1String("en")) {
        const QStringList installed = QFontDatabase::families();
        for (const char *latin : {"Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial"}) {
            const QString family = QString::fromLatin1(latin);
            if (!installed.contains(family))
                continue;
            if (families.constFirst() != family) {
                families.prepend(family);
                s_latinFirst = family;
            }
            break;
        }
    }
    if (families == font.families())
        return;
    font.setFamilies(families);
    QGuiApplication::setFont(font);
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
        return sync::Language::fromName(requested);
    const QString chosen = AppSettings::language();
    if (isSupported(chosen))
        return sync::Language::fromName(chosen);
    return languageFor(QLocale::system());
}

QString Startup::languageFor(const QLocale &locale)
{
    return sync::Language::forLocale(locale);
}

bool Startup::installTranslations(const QString &language)
{
    const QString lang = isSupported(language) ? sync::Language::fromName(language) : QStringLiteral("en");
    const bool ok = sync::Language::install(QStringLiteral("zhaocai"), lang);
    s_language = lang;
    applyFontFor(lang);
    QLocale::setDefault(QLocale(lang == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                lang == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    return ok;
}

void Startup::applyLanguage(const QString &setting, sync::ApiClient *client)
{
    installTranslations(resolveLanguage(setting));
    QGuiApplication::setApplicationDisplayName(displayName());
    if (client)
        client->setLanguage(apiLanguage());
}

QString Startup::currentLanguage()
{
    return s_language;
}

QString Startup::apiLanguage()
{
    return sync::Language::apiName(s_language);
}

QString Startup::requestedLanguage(const QStringList &arguments)
{
    return sync::Language::requested(arguments);
}

Startup::Options Startup::processCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop administration of units, handler accounts and roles on provincial "
                                        "medical-insurance procurement platforms."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Interface language for this run: zh_CN or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile-file"),
        tr("Add (or update) the server profile in <file> and select it. Also read from ZC_PROFILE_FILE."),
        QStringLiteral("file"));
    parser.addOption(langOption);
    parser.addOption(profileOption);
    parser.process(app);

    Options options;
    options.language = parser.value(langOption);
    options.profileFile = parser.value(profileOption);
    if (options.profileFile.isEmpty())
        options.profileFile = qEnvironmentVariable("ZC_PROFILE_FILE");
    return options;
}

bool Startup::useProfileFile(const QString &path)
{
    QString why;
    const auto profile = sync::ServerProfile::fromFile(path, &why);
    if (!profile) {
        qCWarning(lcStartup) << "profile file not used:" << why;
        MessageBox::warning(nullptr, displayName(),
                            tr("The server profile “%1” cannot be used: %2")
                                .arg(QDir::toNativeSeparators(path), ServerProfilesDialog::reasonText(why)));
        return false;
    }
    sync::ServerProfileStore::setLastProfileId(ServerProfilesDialog::upsert(*profile));
    return true;
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
