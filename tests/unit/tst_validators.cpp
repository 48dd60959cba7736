// Table-driven tests of the shared validation rules (API.md "Validation" and "Matching").
#include "models/Validators.h"

#include <QDate>
#include <QDateTime>
#include <QTest>

using zc::ValidationError;
namespace validate = zc::validate;

Q_DECLARE_METATYPE(zc::ValidationError)

namespace {

// An independent implementation of the check characters, to build test data.
const QString UsccAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

QChar usccCheck(const QString &first17)
{
    static const int weights[] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += static_cast<int>(UsccAlphabet.indexOf(first17.at(i))) * weights[i];
    return UsccAlphabet.at((31 - sum % 31) % 31);
}

QChar orgCodeCheck(const QString &first8)
{
    static const int weights[] = { 3, 7, 9, 10, 5, 8, 4, 2 };
    const QString values = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += static_cast<int>(values.indexOf(first8.at(i))) * weights[i];
    const int c = 11 - sum % 11;
    return c == 10 ? QChar(u'X') : c == 11 ? QChar(u'0') : QChar(u'0' + c);
}

// 16 characters (registration dept … first 8 of the organisation code) -> a valid USCC.
QString withChecks(const QString &first16)
{
    const QString first17 = first16 + orgCodeCheck(first16.mid(8, 8));
    return first17 + usccCheck(first17);
}

QString withIdCheck(const QString &first17)
{
    static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

QDate todayInChina()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
}

QString repeated(const QString &unit, int times)
{
    return unit.repeated(times);
}

const QString Emoji = QString::fromUtf8("\xF0\x9F\x98\x80");   // U+1F600, a surrogate pair
const QString Cjk = QStringLiteral("采");

} // namespace

class TestValidators : public QObject
{
    Q_OBJECT

private:
    void addColumns()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ValidationError>("expected");
    }
    static void row(const char *name, const QString &input, ValidationError expected)
    {
        QTest::newRow(name) << input << expected;
    }
    static void check(ValidationError (*rule)(const QString &))
    {
        QFETCH(QString, input);
        QFETCH(ValidationError, expected);
        QCOMPARE(zc::validationErrorName(rule(input)), zc::validationErrorName(expected));
    }

private slots:
    void phoneFollowsMainlandMobileFormat_data()
    {
        addColumns();
        row("valid 138", QStringLiteral("13800138000"), ValidationError::None);
        row("valid 199", QStringLiteral("19999999999"), ValidationError::None);
        row("valid 13 lowest second digit 3", QStringLiteral("13012345678"), ValidationError::None);
        row("trimmed", QStringLiteral("  13770558367\t"), ValidationError::None);
        row("empty", QString(), ValidationError::Empty);
        row("blank", QStringLiteral("   "), ValidationError::Empty);
        row("12 digits", QStringLiteral("138001380001"), ValidationError::TooLong);
        row("10 digits", QStringLiteral("1380013800"), ValidationError::TooShort);
        row("second digit 2", QStringLiteral("12800138000"), ValidationError::BadFormat);
        row("second digit 0", QStringLiteral("10800138000"), ValidationError::BadFormat);
        row("first digit not 1", QStringLiteral("23800138000"), ValidationError::BadFormat);
        row("letter", QStringLiteral("1380013800a"), ValidationError::BadCharacter);
        row("letter O for zero", QStringLiteral("1380O138000"), ValidationError::BadCharacter);
        row("full-width digits", QStringLiteral("１３８００１３８０００"), ValidationError::BadCharacter);
        row("country code", QStringLiteral("+8613800138000"), ValidationError::BadCharacter);
        row("space inside", QStringLiteral("138 0013 8000"), ValidationError::BadCharacter);
        row("dashes", QStringLiteral("138-0013-8000"), ValidationError::BadCharacter);
        row("bad character before length", QStringLiteral("138a"), ValidationError::BadCharacter);
    }
    void phoneFollowsMainlandMobileFormat() { check(&validate::phone); }

    void usccFollowsGb32100_data()
    {
        addColumns();
        // Real, published codes.
        row("commonly cited example", QStringLiteral("91350100M000100Y43"), ValidationError::None);
        row("enterprise Shenzhen", QStringLiteral("914403001922038216"), ValidationError::None);
        row("org check X", QStringLiteral("9144030071526726XG"), ValidationError::None);
        row("enterprise Hangzhou", QStringLiteral("91330100716105852F"), ValidationError::None);
        row("public institution", QStringLiteral("12100000400000624D"), ValidationError::None);
        row("lower-case normalised", QStringLiteral("91350100m000100y43"), ValidationError::None);
        row("surrounding spaces trimmed", QStringLiteral(" 91350100M000100Y43 "), ValidationError::None);
        // Every registration authority / organisation kind pair that medical units use.
        row("dept 1 kind 2 (事业单位)", withChecks(QStringLiteral("12320100MB0000AB")), ValidationError::None);
        row("dept 1 kind 3", withChecks(QStringLiteral("13320100MB000001")), ValidationError::None);
        row("dept 5 kind 2 (民办非企业)", withChecks(QStringLiteral("52320100MJ000007")), ValidationError::None);
        row("dept 9 kind 2 (个体工商户)", withChecks(QStringLiteral("92320106MA1P2Q3R")), ValidationError::None);
        row("dept 9 kind 3 (合作社)", withChecks(QStringLiteral("93150100MA0N00BA")), ValidationError::None);
        row("dept Y kind 1", withChecks(QStringLiteral("Y1110108MA01C0D0")), ValidationError::None);
        row("dept A kind 1 (军队)", withChecks(QStringLiteral("A1110000MA000001")), ValidationError::None);
        row("dept N kind 2 (集体经济)", withChecks(QStringLiteral("N2320115MA1XY200")), ValidationError::None);
        row("dept 3 kind 1 (律师)", withChecks(QStringLiteral("31320000MD0000A8")), ValidationError::None);

        row("empty", QString(), ValidationError::Empty);
        row("blank", QStringLiteral("  \t "), ValidationError::Empty);
        const QString valid = QStringLiteral("91350100M000100Y43");
        for (const char letter : { 'I', 'O', 'Z', 'S', 'V' }) {
            QString s = valid;
            s[10] = QLatin1Char(letter);
            QTest::addRow("letter %c excluded", letter) << s << ValidationError::BadCharacter;
        }
        {
            QString s = QStringLiteral("91350100m000100y43");
            s[9] = u'o';   // upper-cased to O, which the alphabet excludes
            row("lower-case o normalised to excluded O", s, ValidationError::BadCharacter);
        }
        row("hyphen", QStringLiteral("91350100-M000100Y43"), ValidationError::BadCharacter);
        row("punctuation", QStringLiteral("91350100M000100Y4."), ValidationError::BadCharacter);
        row("full-width digit", QStringLiteral("9１350100M000100Y43"), ValidationError::BadCharacter);
        row("space inside", QStringLiteral("91350100 M000100Y43"), ValidationError::BadCharacter);
        row("CJK", QStringLiteral("91350100M000100Y4码"), ValidationError::BadCharacter);
        row("dotless i is not upper-cased to I", QStringLiteral("91350100M000100Y4ı"), ValidationError::BadCharacter);
        row("17 chars", valid.left(17), ValidationError::TooShort);
        row("19 chars", valid + u'3', ValidationError::TooLong);
        row("bad character before length", QStringLiteral("9135I"), ValidationError::BadCharacter);
        row("dept 0", withChecks(QStringLiteral("01320100MA000001")), ValidationError::BadFormat);
        row("dept B", withChecks(QStringLiteral("B1110000MA000001")), ValidationError::BadFormat);
        row("dept 9 kind 4", withChecks(QStringLiteral("94320100MA000001")), ValidationError::BadFormat);
        row("dept 1 kind 4", withChecks(QStringLiteral("14320100MA000001")), ValidationError::BadFormat);
        row("dept Y kind 2", withChecks(QStringLiteral("Y2110108MA01C0D0")), ValidationError::BadFormat);
        row("letters in division", withChecks(QStringLiteral("91AB0100M0001000")), ValidationError::BadFormat);
        row("division 000000", withChecks(QStringLiteral("91000000M0001000")), ValidationError::BadRegion);
        {
            // Organisation code check (position 17) wrong, overall check recomputed to match.
            const QString first16 = QStringLiteral("91350100M000100Y");
            QString first17 = first16 + (orgCodeCheck(first16.mid(8)) == u'5' ? u'6' : u'5');
            row("wrong organisation code check", first17 + usccCheck(first17), ValidationError::BadCheckCharacter);
        }
        row("wrong check character", QStringLiteral("91350100M000100Y44"), ValidationError::BadCheckCharacter);
        row("wrong check character letter", QStringLiteral("91350100M000100Y4A"), ValidationError::BadCheckCharacter);
        row("transposed digits", QStringLiteral("91351000M000100Y43"), ValidationError::BadCheckCharacter);
    }
    void usccFollowsGb32100() { check(&validate::uscc); }

    void residentIdFollowsGb11643_data()
    {
        addColumns();
        row("standard example with X", QStringLiteral("11010519491231002X"), ValidationError::None);
        row("lower-case x normalised", QStringLiteral("11010519491231002x"), ValidationError::None);
        row("Nanjing", QStringLiteral("320106199003074419"), ValidationError::None);
        row("leap day 2000", withIdCheck(QStringLiteral("11010120000229001")), ValidationError::None);
        row("first day of 1900", withIdCheck(QStringLiteral("11010119000101001")), ValidationError::None);
        row("born yesterday",
            withIdCheck(QStringLiteral("110101") + todayInChina().addDays(-1).toString(QStringLiteral("yyyyMMdd"))
                        + QStringLiteral("001")),
            ValidationError::None);
        row("trimmed", QStringLiteral(" 320106199003074419 "), ValidationError::None);
        row("empty", QString(), ValidationError::Empty);
        row("17 chars", QStringLiteral("11010519491231002"), ValidationError::TooShort);
        row("19 chars", QStringLiteral("11010519491231002X0"), ValidationError::TooLong);
        row("letter", QStringLiteral("11010519491231002A"), ValidationError::BadCharacter);
        row("full-width digit", QStringLiteral("１1010519491231002X"), ValidationError::BadCharacter);
        row("space inside", QStringLiteral("110105 19491231002X"), ValidationError::BadCharacter);
        row("X not last", QStringLiteral("1101051949123100X2"), ValidationError::BadFormat);
        row("region 000000", withIdCheck(QStringLiteral("00000019900307441")), ValidationError::BadRegion);
        row("1900-02-29 not a leap day", withIdCheck(QStringLiteral("11010119000229001")), ValidationError::BadDate);
        row("2024-02-30", withIdCheck(QStringLiteral("11010120240230001")), ValidationError::BadDate);
        row("month 13", withIdCheck(QStringLiteral("11010119901301001")), ValidationError::BadDate);
        row("day 00", withIdCheck(QStringLiteral("11010119900100001")), ValidationError::BadDate);
        row("1880, before 1900", QStringLiteral("440524188001010014"), ValidationError::BadDate);
        row("future birth date",
            withIdCheck(QStringLiteral("110101") + todayInChina().addDays(2).toString(QStringLiteral("yyyyMMdd"))
                        + QStringLiteral("001")),
            ValidationError::BadDate);
        row("wrong check digit", QStringLiteral("110105194912310021"), ValidationError::BadCheckCharacter);
        row("X where a digit belongs", QStringLiteral("32010619900307441X"), ValidationError::BadCheckCharacter);
    }
    void residentIdFollowsGb11643() { check(&validate::residentId); }

    void passwordNeedsLengthAndThreeClasses_data()
    {
        addColumns();
        row("upper lower digit", QStringLiteral("Abcdef12"), ValidationError::None);
        row("lower digit symbol", QStringLiteral("abcdef1!"), ValidationError::None);
        row("upper digit symbol", QStringLiteral("ABCDEF1!"), ValidationError::None);
        row("upper lower symbol", QStringLiteral("Abcdefg#"), ValidationError::None);
        row("CJK counts as symbol", QStringLiteral("abcdef密码1"), ValidationError::None);
        row("emoji counts as symbol", QStringLiteral("abcdef1") + Emoji, ValidationError::None);
        row("spaces allowed", QStringLiteral("Abc def 12"), ValidationError::None);
        row("64 chars", QStringLiteral("Aa1") + repeated(QStringLiteral("x"), 61), ValidationError::None);
        row("64 code points with emoji", QStringLiteral("Aa1") + repeated(Emoji, 61), ValidationError::None);
        row("empty", QString(), ValidationError::Empty);
        row("only spaces", QStringLiteral("          "), ValidationError::Empty);
        row("7 chars", QStringLiteral("Abcde1!"), ValidationError::TooShort);
        row("7 code points in 9 UTF-16 units", QStringLiteral("Ab1de") + Emoji + Emoji, ValidationError::TooShort);
        row("65 chars", QStringLiteral("Aa1") + repeated(QStringLiteral("x"), 62), ValidationError::TooLong);
        row("65 code points with emoji", QStringLiteral("Aa1") + repeated(Emoji, 62), ValidationError::TooLong);
        row("lower only", QStringLiteral("abcdefgh"), ValidationError::WeakPassword);
        row("lower and upper", QStringLiteral("abcdEFGH"), ValidationError::WeakPassword);
        row("lower and digit", QStringLiteral("abcd1234"), ValidationError::WeakPassword);
        row("digit and symbol", QStringLiteral("1234567!"), ValidationError::WeakPassword);
        row("space is not a symbol", QStringLiteral("abc def gh1"), ValidationError::WeakPassword);
        row("newline", QStringLiteral("Abcdef1\n!"), ValidationError::BadCharacter);
        row("tab", QStringLiteral("Abc\tdef1!"), ValidationError::BadCharacter);
        row("NUL", QStringLiteral("Abcdef1!") + QChar(u'\0'), ValidationError::BadCharacter);
        row("lone surrogate", QStringLiteral("Abcdef1!") + QChar(0xD83D), ValidationError::BadCharacter);
        row("bad character before length", QStringLiteral("A\x01"), ValidationError::BadCharacter);
    }
    void passwordNeedsLengthAndThreeClasses() { check(&validate::password); }

    void roleNameIsOneToThirtyCodePoints_data()
    {
        addColumns();
        row("portal example", QStringLiteral("采购角色"), ValidationError::None);
        row("trimmed", QStringLiteral("  采购角色  "), ValidationError::None);
        row("ideographic spaces trimmed", QStringLiteral("\u3000采购角色\u3000"), ValidationError::None);
        row("single char", QStringLiteral("A"), ValidationError::None);
        row("30 CJK", repeated(Cjk, 30), ValidationError::None);
        row("30 CJK plus spaces around", QStringLiteral("  ") + repeated(Cjk, 30) + QStringLiteral(" "),
            ValidationError::None);
        row("30 emoji", repeated(Emoji, 30), ValidationError::None);
        row("31 CJK", repeated(Cjk, 31), ValidationError::TooLong);
        row("31 emoji", repeated(Emoji, 31), ValidationError::TooLong);
        row("empty", QString(), ValidationError::Empty);
        row("blank", QStringLiteral("   "), ValidationError::Empty);
        row("tab inside", QStringLiteral("采购\t角色"), ValidationError::BadCharacter);
        row("newline inside", QStringLiteral("采购\n角色"), ValidationError::BadCharacter);
    }
    void roleNameIsOneToThirtyCodePoints() { check(&validate::roleName); }

    void remarkIsAtMostTwoHundredCodePoints_data()
    {
        addColumns();
        row("empty allowed", QString(), ValidationError::None);
        row("portal example", QStringLiteral("测试角色"), ValidationError::None);
        row("several lines", QStringLiteral("第一行\n第二行\r\n\t第三行"), ValidationError::None);
        row("200 CJK", repeated(Cjk, 200), ValidationError::None);
        row("200 emoji", repeated(Emoji, 200), ValidationError::None);
        row("201 CJK", repeated(Cjk, 201), ValidationError::TooLong);
        row("bell character", QStringLiteral("备注\a"), ValidationError::BadCharacter);
        row("line separator", QStringLiteral("备注\u2028"), ValidationError::BadCharacter);
    }
    void remarkIsAtMostTwoHundredCodePoints() { check(&validate::remark); }

    void personNameIsOneToFiftyWithoutControls_data()
    {
        addColumns();
        row("portal example", QStringLiteral("周宇航"), ValidationError::None);
        row("with middle dot", QStringLiteral("阿依古丽·买买提"), ValidationError::None);
        row("trimmed", QStringLiteral(" 蒋振华 "), ValidationError::None);
        row("50 chars", repeated(Cjk, 50), ValidationError::None);
        row("51 chars", repeated(Cjk, 51), ValidationError::TooLong);
        row("empty", QString(), ValidationError::Empty);
        row("blank", QStringLiteral("\u3000"), ValidationError::Empty);
        row("NUL", QStringLiteral("周") + QChar(u'\0'), ValidationError::BadCharacter);
        row("newline", QStringLiteral("张\n三"), ValidationError::BadCharacter);
        row("DEL", QStringLiteral("张三\x7f"), ValidationError::BadCharacter);
    }
    void personNameIsOneToFiftyWithoutControls() { check(&validate::personName); }

    void unitNameIsOneToHundredWithoutControls_data()
    {
        addColumns();
        row("portal example", QStringLiteral("南京慧联数据科技有限公司"), ValidationError::None);
        row("100 chars", repeated(Cjk, 100), ValidationError::None);
        row("101 chars", repeated(Cjk, 101), ValidationError::TooLong);
        row("empty", QString(), ValidationError::Empty);
        row("paragraph separator inside", QStringLiteral("医\u2029院"), ValidationError::BadCharacter);
        row("escape", QStringLiteral("医院\x1b[31m"), ValidationError::BadCharacter);
    }
    void unitNameIsOneToHundredWithoutControls() { check(&validate::unitName); }

    void mainLoginIsLowerCasedAndStartsWithLetter_data()
    {
        addColumns();
        row("simple", QStringLiteral("admin"), ValidationError::None);
        row("all allowed characters", QStringLiteral("nj.hospital_01-a"), ValidationError::None);
        row("upper case lower-cased", QStringLiteral("Admin.NJ_01"), ValidationError::None);
        row("trimmed", QStringLiteral(" admin "), ValidationError::None);
        row("4 chars", QStringLiteral("abcd"), ValidationError::None);
        row("32 chars", QStringLiteral("a") + repeated(QStringLiteral("b"), 31), ValidationError::None);
        row("3 chars", QStringLiteral("abc"), ValidationError::TooShort);
        row("33 chars", QStringLiteral("a") + repeated(QStringLiteral("b"), 32), ValidationError::TooLong);
        row("empty", QString(), ValidationError::Empty);
        row("phone number", QStringLiteral("13800138000"), ValidationError::BadFormat);
        row("starts with underscore", QStringLiteral("_admin"), ValidationError::BadFormat);
        row("starts with dot", QStringLiteral(".admin"), ValidationError::BadFormat);
        row("space inside", QStringLiteral("adm in"), ValidationError::BadCharacter);
        row("at sign", QStringLiteral("admin@nj"), ValidationError::BadCharacter);
        row("CJK", QStringLiteral("管理员账号"), ValidationError::BadCharacter);
        row("dotless i", QStringLiteral("admın"), ValidationError::BadCharacter);
        row("Kelvin sign is not lower-cased to k", QStringLiteral("\u212Aelvin"), ValidationError::BadCharacter);
        row("full-width letters", QStringLiteral("ａｄｍｉｎ"), ValidationError::BadCharacter);
    }
    void mainLoginIsLowerCasedAndStartsWithLetter() { check(&validate::mainLogin); }

    void unitCodeIsUpperAlphanumeric_data()
    {
        addColumns();
        row("typical", QStringLiteral("H32010600123"), ValidationError::None);
        row("lower-case normalised", QStringLiteral(" h32010600123 "), ValidationError::None);
        row("single char", QStringLiteral("1"), ValidationError::None);
        row("32 chars", repeated(QStringLiteral("A1"), 16), ValidationError::None);
        row("33 chars", repeated(QStringLiteral("A1"), 16) + u'B', ValidationError::TooLong);
        row("empty", QString(), ValidationError::Empty);
        row("hyphen", QStringLiteral("H3201-06"), ValidationError::BadCharacter);
        row("space inside", QStringLiteral("H3201 06"), ValidationError::BadCharacter);
        row("full-width", QStringLiteral("ＨＢ01"), ValidationError::BadCharacter);
    }
    void unitCodeIsUpperAlphanumeric() { check(&validate::unitCode); }

    void normalizeCodeTrimsAndUpperCasesAsciiOnly()
    {
        QCOMPARE(validate::normalizeCode(QStringLiteral(" 91350100m000100y43\t")), QStringLiteral("91350100M000100Y43"));
        QCOMPARE(validate::normalizeCode(QStringLiteral("\u3000h320106\u3000")), QStringLiteral("H320106"));
        // Unicode case mapping would change length or create valid look-alikes.
        QCOMPARE(validate::normalizeCode(QStringLiteral("aß")), QStringLiteral("Aß"));
        QCOMPARE(validate::normalizeCode(QStringLiteral("ı")), QStringLiteral("ı"));
        QCOMPARE(validate::normalizeLogin(QStringLiteral(" Admin.NJ ")), QStringLiteral("admin.nj"));
        QCOMPARE(validate::normalizeLogin(QStringLiteral("\u212A")), QStringLiteral("\u212A"));
    }

    void codePointsCountsSurrogatePairsOnce_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("abc") << 3;
        QTest::newRow("CJK") << QStringLiteral("采购角色") << 4;
        QTest::newRow("emoji") << Emoji << 1;
        QTest::newRow("mixed") << (QStringLiteral("a") + Emoji + QStringLiteral("采") + Emoji) << 4;
        QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << 1;
        QTest::newRow("reversed pair") << (QString(QChar(0xDE00)) + QChar(0xD83D)) << 2;
    }
    void codePointsCountsSurrogatePairsOnce()
    {
        QFETCH(QString, input);
        QFETCH(int, expected);
        QCOMPARE(validate::codePoints(input), expected);
    }

    void errorNamesAreDistinctSnakeCase()
    {
        const QList<ValidationError> all = {
            ValidationError::None,         ValidationError::Empty,     ValidationError::TooShort,
            ValidationError::TooLong,      ValidationError::BadCharacter, ValidationError::BadFormat,
            ValidationError::BadCheckCharacter, ValidationError::BadDate, ValidationError::BadRegion,
            ValidationError::WeakPassword,
        };
        QSet<QString> names;
        for (const ValidationError e : all) {
            const QString name = zc::validationErrorName(e);
            QVERIFY2(!name.isEmpty(), qPrintable(name));
            for (const QChar c : name)
                QVERIFY2(c.isLower() || c == u'_', qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(names.size(), all.size());
        QCOMPARE(zc::validationErrorName(ValidationError::BadCheckCharacter), QStringLiteral("bad_check_character"));
        QCOMPARE(zc::validationErrorName(ValidationError::WeakPassword), QStringLiteral("weak_password"));
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
