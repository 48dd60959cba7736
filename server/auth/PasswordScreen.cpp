#include "server/auth/PasswordScreen.h"

#include "models/Validators.h"

#include <QFile>
#include <QSet>

#include <pwquality.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace zc::server {

namespace {

std::mutex &cracklibTurn()
{
    static std::mutex m;
    return m;
}

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> set;
        QFile f(QStringLiteral(":/zc/server/common-passwords.txt"));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("the bundled list of common passwords is missing");
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                set.insert(line);
        }
        return set;
    }();
    return list;
}

// The password with look-alike digits and symbols read as the letters they stand for.
QString withLettersForLookAlikes(const QString &password)
{
    QString s = password;
    for (QChar &c : s) {
        switch (c.unicode()) {
        case u'@': case u'4': c = QLatin1Char('a'); break;
        case u'0': c = QLatin1Char('o'); break;
        case u'1': case u'!': c = QLatin1Char('i'); break;
        case u'3': c = QLatin1Char('e'); break;
        case u'5': case u'$': c = QLatin1Char('s'); break;
        case u'7': c = QLatin1Char('t'); break;
        default: break;
        }
    }
    return s;
}

bool isCommon(const QString &password)
{
    QString lower = password.toLower();
    if (commonPasswords().contains(lower))
        return true;
    while (!lower.isEmpty() && !lower.back().isLetterOrNumber())
        lower.chop(1);
    return commonPasswords().contains(lower);
}

struct SettingsDeleter
{
    void operator()(pwquality_settings_t *s) const { pwquality_free_settings(s); }
};
using Settings = std::unique_ptr<pwquality_settings_t, SettingsDeleter>;

// libpwquality with only what this class asks of it: the dictionary, the
// user name and the account's own words (the house rules are our own).
Settings settingsWith(const QStringList &ownWords)
{
    Settings s(pwquality_default_settings());
    if (!s)
        return s;
    QStringList words;
    for (const QString &w : ownWords) {
        for (const QString &part : w.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            // Chinese names are two or three characters; other words count from four.
            const bool han = std::any_of(part.begin(), part.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
            if (part.size() >= (han ? 2 : 4))
                words << part;
        }
    }
    const QByteArray badWords = "badwords=" + words.join(QLatin1Char(' ')).toUtf8();
    for (const char *option : {"minlen=6", "minclass=0", "maxrepeat=0", "maxclassrepeat=0", "maxsequence=0", "difok=0",
                               "gecoscheck=0", "dictcheck=1", "usercheck=1", badWords.constData()}) {
        if (pwquality_set_option(s.get(), option) != 0)
            return {};
    }
    return s;
}

// One libpwquality answer: PWQ_ERROR_* (< 0) or a score.
int pwqualityCheck(const QString &password, const QString &login, const QStringList &ownWords)
{
    const Settings s = settingsWith(ownWords);
    if (!s)
        return PWQ_ERROR_MEM_ALLOC;
    const QByteArray pw = password.toUtf8();
    const QByteArray user = login.toUtf8();
    void *auxError = nullptr;
    const std::lock_guard turn(cracklibTurn());
    return pwquality_check(s.get(), pw.constData(), nullptr, user.isEmpty() ? nullptr : user.constData(), &auxError);
}

} // namespace

QString PasswordScreen::reasonName(Weakness weakness)
{
    switch (weakness) {
    case Weakness::None: return {};
    case Weakness::Rules: return QStringLiteral("rules");
    case Weakness::Unchanged: return QStringLiteral("unchanged");
    case Weakness::Common: return QStringLiteral("common");
    case Weakness::Personal: return QStringLiteral("personal");
    }
    return {};
}

PasswordScreen::Weakness PasswordScreen::check(const QString &password, const Context &context)
{
    if (validate::password(password) != ValidationError::None)
        return Weakness::Rules;
    if (!context.currentPassword.isEmpty() && password == context.currentPassword)
        return Weakness::Unchanged;
    const QString lookAlike = withLettersForLookAlikes(password);
    if (isCommon(password) || isCommon(lookAlike))
        return Weakness::Common;
    QStringList candidates{password};
    if (lookAlike != password)
        candidates << lookAlike;
    for (const QString &candidate : candidates) {
        switch (pwqualityCheck(candidate, context.login, context.ownWords)) {
        case PWQ_ERROR_USER_CHECK:
        case PWQ_ERROR_BAD_WORDS:
            return Weakness::Personal;
        case PWQ_ERROR_CRACKLIB_CHECK:
            return Weakness::Common;
        default:
            break;   // a score, or a rule of libpwquality's own that is not ours
        }
    }
    return Weakness::None;
}

std::optional<ApiError> PasswordScreen::refusal(const QString &password, const Context &context,
                                               const QString &field)
{
    const Weakness weakness = check(password, context);
    if (weakness == Weakness::None)
        return std::nullopt;
    ApiError e = apiError(422, ErrorCode::WeakPassword, field);
    e.reason = reasonName(weakness);
    return e;
}

bool PasswordScreen::dictionaryAvailable(QString *why)
{
    // A dictionary word must be refused as one; a missing dictionary reads as
    // an error of its own (PWQ_ERROR_CRACKLIB_CHECK with "error loading dictionary").
    void *auxError = nullptr;
    const Settings s = settingsWith({});
    if (!s) {
        *why = QStringLiteral("libpwquality could not be set up");
        return false;
    }
    const std::lock_guard turn(cracklibTurn());
    const int r = pwquality_check(s.get(), "Password1!", nullptr, nullptr, &auxError);
    if (r == PWQ_ERROR_CRACKLIB_CHECK && auxError) {
        const QString message = QString::fromUtf8(static_cast<const char *>(auxError));
        if (message.contains(QLatin1String("dictionary word")))
            return true;
        *why = QStringLiteral("cracklib's dictionary cannot be read (%1); install cracklib-runtime").arg(message);
        return false;
    }
    *why = QStringLiteral("cracklib's dictionary did not refuse a dictionary word (answer %1); install cracklib-runtime")
               .arg(r);
    return false;
}

} // namespace zc::server
