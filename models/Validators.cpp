#include "Validators.h"

#include <QDate>
#include <QDateTime>

namespace zc {

QString validationErrorName(ValidationError e)
{
    switch (e) {
    case ValidationError::None: return QStringLiteral("none");
    case ValidationError::Empty: return QStringLiteral("empty");
    case ValidationError::TooShort: return QStringLiteral("too_short");
    case ValidationError::TooLong: return QStringLiteral("too_long");
    case ValidationError::BadCharacter: return QStringLiteral("bad_character");
    case ValidationError::BadFormat: return QStringLiteral("bad_format");
    case ValidationError::BadCheckCharacter: return QStringLiteral("bad_check_character");
    case ValidationError::BadDate: return QStringLiteral("bad_date");
    case ValidationError::BadRegion: return QStringLiteral("bad_region");
    case ValidationError::WeakPassword: return QStringLiteral("weak_password");
    }
    return QStringLiteral("unknown");
}

namespace validate {

namespace {

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isAsciiUpper(QChar c) { return c >= u'A' && c <= u'Z'; }
bool isAsciiLower(QChar c) { return c >= u'a' && c <= u'z'; }

// Only ASCII letters change case: Unicode case mapping would turn look-alikes
// into valid characters (U+0131 dotless i -> I, U+212A Kelvin sign -> k,
// U+017F long s -> S) or change the length (U+00DF -> SS).
QString asciiUpper(QString s)
{
    for (QChar &c : s) {
        if (isAsciiLower(c))
            c = QChar(c.unicode() - u'a' + u'A');
    }
    return s;
}

QString asciiLower(QString s)
{
    for (QChar &c : s) {
        if (isAsciiUpper(c))
            c = QChar(c.unicode() - u'A' + u'a');
    }
    return s;
}

ValidationError lengthError(int length, int min, int max)
{
    if (length < min)
        return ValidationError::TooShort;
    if (length > max)
        return ValidationError::TooLong;
    return ValidationError::None;
}

// Control characters, line/paragraph separators and lone surrogates have no
// place in a name; tab and newline are allowed only where a text may span lines.
bool hasBadTextCharacter(const QString &s, bool allowLineBreaks)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            return true;
        }
        if (c.isLowSurrogate())
            return true;
        if (allowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Separator_Line
            || cat == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

ValidationError textRule(const QString &text, int min, int max, bool trim, bool allowLineBreaks)
{
    const QString s = trim ? text.trimmed() : text;
    if (min > 0 && s.isEmpty())
        return ValidationError::Empty;
    if (hasBadTextCharacter(s, allowLineBreaks))
        return ValidationError::BadCharacter;
    return lengthError(codePoints(s), min, max);
}

// GB 32100-2015 character set: digits and capitals without I, O, Z, S, V.
constexpr char UsccAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int UsccWeights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

int usccValue(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (c == QLatin1Char(UsccAlphabet[i]))
            return i;
    }
    return -1;
}

// Registration authority (first character) and the organisation kinds it may
// issue (second character), GB 32100-2015 table 1 with its amendments (A, N).
bool validDepartmentAndKind(QChar dept, QChar kind)
{
    const char k = kind.toLatin1();
    const auto in = [k](const char *allowed) {
        for (const char *p = allowed; *p; ++p) {
            if (*p == k)
                return true;
        }
        return false;
    };
    switch (dept.toLatin1()) {
    case '1': return in("1239");    // 机构编制: 机关, 事业单位, 群众团体, 其他
    case '2': return in("19");      // 外交
    case '3': return in("123459");  // 司法行政: 律师事务所, 公证处, 基层法律服务所, 司法鉴定, 仲裁委员会
    case '4': return in("19");      // 文化
    case '5': return in("1239");    // 民政: 社会团体, 民办非企业单位, 基金会, 其他
    case '6': return in("129");     // 旅游
    case '7': return in("129");     // 宗教
    case '8': return in("19");      // 工会
    case '9': return in("123");     // 工商: 企业, 个体工商户, 农民专业合作社
    case 'A': return in("19");      // 军队
    case 'N': return in("1239");    // 农业: 集体经济组织
    case 'Y': return in("1");       // 其他
    default: return false;
    }
}

// GB 11714-1997 organisation code check character over its first 8 characters
// (digits, and letters valued A=10 … Z=35).
QChar organisationCheck(QStringView body)
{
    static constexpr int weights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body.at(i);
        const int v = isAsciiDigit(c) ? c.unicode() - u'0' : c.unicode() - u'A' + 10;
        sum += v * weights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return u'X';
    if (check == 11)
        return u'0';
    return QChar(u'0' + check);
}

// China Standard Time has no daylight saving: today's date there is UTC+8.
QDate todayInChina()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
}

} // namespace

QString normalizeCode(const QString &code)
{
    return asciiUpper(code.trimmed());
}

QString normalizeLogin(const QString &login)
{
    return asciiLower(login.trimmed());
}

int codePoints(const QString &s)
{
    qsizetype n = s.size();
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && s.at(i + 1).isLowSurrogate()) {
            --n;
            ++i;
        }
    }
    return static_cast<int>(n);
}

ValidationError phone(const QString &phone)
{
    const QString s = phone.trimmed();
    if (s.isEmpty())
        return ValidationError::Empty;
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return ValidationError::BadCharacter;
    }
    if (const ValidationError e = lengthError(codePoints(s), 11, 11); e != ValidationError::None)
        return e;
    if (s.at(0) != u'1' || s.at(1) < u'3')
        return ValidationError::BadFormat;
    return ValidationError::None;
}

ValidationError uscc(const QString &code)
{
    const QString s = normalizeCode(code);
    if (s.isEmpty())
        return ValidationError::Empty;
    for (const QChar c : s) {
        if (usccValue(c) < 0)
            return ValidationError::BadCharacter;
    }
    if (const ValidationError e = lengthError(codePoints(s), 18, 18); e != ValidationError::None)
        return e;
    if (!validDepartmentAndKind(s.at(0), s.at(1)))
        return ValidationError::BadFormat;
    const QStringView division = QStringView(s).mid(2, 6);
    for (const QChar c : division) {
        if (!isAsciiDigit(c))
            return ValidationError::BadFormat;
    }
    if (division == QLatin1String("000000"))
        return ValidationError::BadRegion;
    if (organisationCheck(QStringView(s).mid(8, 8)) != s.at(16))
        return ValidationError::BadCheckCharacter;
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += usccValue(s.at(i)) * UsccWeights[i];
    const int check = (31 - sum % 31) % 31;
    if (s.at(17) != QLatin1Char(UsccAlphabet[check]))
        return ValidationError::BadCheckCharacter;
    return ValidationError::None;
}

ValidationError residentId(const QString &id)
{
    const QString s = normalizeCode(id);
    if (s.isEmpty())
        return ValidationError::Empty;
    for (const QChar c : s) {
        if (!isAsciiDigit(c) && c != u'X')
            return ValidationError::BadCharacter;
    }
    if (const ValidationError e = lengthError(codePoints(s), 18, 18); e != ValidationError::None)
        return e;
    if (s.left(17).contains(u'X'))
        return ValidationError::BadFormat;
    if (QStringView(s).left(6) == QLatin1String("000000"))
        return ValidationError::BadRegion;
    const QDate birth = QDate::fromString(s.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth < QDate(1900, 1, 1) || birth > todayInChina())
        return ValidationError::BadDate;
    static constexpr int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (s.at(i).unicode() - u'0') * weights[i];
    if (s.at(17) != QLatin1Char("10X98765432"[sum % 11]))
        return ValidationError::BadCheckCharacter;
    return ValidationError::None;
}

ValidationError password(const QString &password)
{
    if (password.trimmed().isEmpty())
        return ValidationError::Empty;
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    for (qsizetype i = 0; i < password.size(); ++i) {
        char32_t cp = password.at(i).unicode();
        if (QChar::isHighSurrogate(cp)) {
            if (i + 1 >= password.size() || !password.at(i + 1).isLowSurrogate())
                return ValidationError::BadCharacter;
            cp = QChar::surrogateToUcs4(password.at(i), password.at(i + 1));
            ++i;
        } else if (QChar::isLowSurrogate(cp)) {
            return ValidationError::BadCharacter;
        }
        const QChar::Category cat = QChar::category(cp);
        if (cat == QChar::Other_Control || cat == QChar::Separator_Line
            || cat == QChar::Separator_Paragraph)
            return ValidationError::BadCharacter;
        if (cat == QChar::Letter_Lowercase)
            lower = true;
        else if (cat == QChar::Letter_Uppercase)
            upper = true;
        else if (cat == QChar::Number_DecimalDigit)
            digit = true;
        else if (!QChar::isSpace(cp))
            symbol = true;
    }
    if (const ValidationError e = lengthError(codePoints(password), 8, 64); e != ValidationError::None)
        return e;
    const int classes = int(lower) + int(upper) + int(digit) + int(symbol);
    return classes >= 3 ? ValidationError::None : ValidationError::WeakPassword;
}

ValidationError roleName(const QString &name)
{
    return textRule(name, 1, 30, true, false);
}

ValidationError remark(const QString &remark)
{
    return textRule(remark, 0, 200, false, true);
}

ValidationError reviewNote(const QString &note)
{
    if (note.contains(u'\t'))
        return ValidationError::BadCharacter;
    return textRule(note, 0, 500, false, true);
}

ValidationError personName(const QString &name)
{
    return textRule(name, 1, 50, true, false);
}

ValidationError unitName(const QString &name)
{
    return textRule(name, 1, 100, true, false);
}

ValidationError mainLogin(const QString &login)
{
    const QString s = normalizeLogin(login);
    if (s.isEmpty())
        return ValidationError::Empty;
    for (const QChar c : s) {
        if (!isAsciiLower(c) && !isAsciiDigit(c) && c != u'.' && c != u'_' && c != u'-')
            return ValidationError::BadCharacter;
    }
    if (const ValidationError e = lengthError(codePoints(s), 4, 32); e != ValidationError::None)
        return e;
    if (!isAsciiLower(s.at(0)))
        return ValidationError::BadFormat;
    return ValidationError::None;
}

ValidationError unitCode(const QString &code)
{
    const QString s = normalizeCode(code);
    if (s.isEmpty())
        return ValidationError::Empty;
    for (const QChar c : s) {
        if (!isAsciiUpper(c) && !isAsciiDigit(c))
            return ValidationError::BadCharacter;
    }
    return lengthError(codePoints(s), 1, 32);
}

} // namespace validate
} // namespace zc
