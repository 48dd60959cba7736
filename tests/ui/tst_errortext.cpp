// Every error code of API.md, and every client transport code, becomes a
// translated sentence in both languages; unknown codes still say something.

#include "sync/TlsProblem.h"
#include "ui/ErrorText.h"
#include "ui/login/TlsProblemDialog.h"
#include "ui/Startup.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSslError>
#include <QTest>

using namespace zc;

namespace {

// The codes of API.md ("Errors") and the client-only transport codes of ApiError.
const QStringList ContractCodes{
    QStringLiteral("malformed_json"), QStringLiteral("invalid_field"),
    QStringLiteral("unauthenticated"), QStringLiteral("invalid_credentials"),
    QStringLiteral("forbidden"), QStringLiteral("unit_choice_required"),
    QStringLiteral("institution_choice_required"), QStringLiteral("password_change_required"),
    QStringLiteral("not_found"),
    QStringLiteral("conflict"), QStringLiteral("role_name_taken"), QStringLiteral("login_taken"),
    QStringLiteral("already_registered"), QStringLiteral("institution_already_chosen"),
    QStringLiteral("no_choice_pending"),
    QStringLiteral("version_conflict"), QStringLiteral("precondition_required"),
    QStringLiteral("payload_too_large"),
    QStringLiteral("captcha_invalid"), QStringLiteral("sms_code_invalid"),
    QStringLiteral("legal_person_mismatch"), QStringLiteral("unit_code_mismatch"),
    QStringLiteral("unknown_permission"), QStringLiteral("permission_not_held"),
    QStringLiteral("weak_password"), QStringLiteral("main_account_immutable"),
    QStringLiteral("wrong_password"),
    QStringLiteral("account_locked"), QStringLiteral("rate_limited"),
};
const QStringList TransportCodes{
    errorCodeName(ErrorCode::NetworkError), errorCodeName(ErrorCode::Timeout),
    errorCodeName(ErrorCode::TlsError), errorCodeName(ErrorCode::Cancelled),
    errorCodeName(ErrorCode::BadResponse), errorCodeName(ErrorCode::ProxyAuthRequired),
};

ApiError error(const QString &code, int status = 400, int retryAfter = -1, const QString &field = {})
{
    ApiError e;
    e.code = code;
    e.status = status;
    e.retryAfter = retryAfter;
    e.field = field;
    return e;
}

bool hasCjk(const QString &s)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return cjk.match(s).hasMatch();
}

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCodeHasItsOwnSentenceInBothLanguages_data();
    void everyCodeHasItsOwnSentenceInBothLanguages();
    void knownCodesCoverTheContract();
    void weakPasswordSaysWhy();
    void unknownCodeFallsBackToAGenericSentenceWithTheCode();
    void serverErrorsSayTheServerHadAProblem();
    void retryAfterIsSaidInMinutes();
    void invalidFieldNamesTheField();
    void codesImplyTheFieldTheyConcern();
    void certificateReasonsFromQtAreChineseToo();

private:
    QString inLanguage(const QString &lang, const ApiError &e);
};

void TestErrorText::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/zhaocai_zh_CN.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/zhaocai_en.qm")));
}

QString TestErrorText::inLanguage(const QString &lang, const ApiError &e)
{
    if (!ui::Startup::installTranslations(lang))
        return {};
    return ui::ErrorText::sentence(e);
}

void TestErrorText::everyCodeHasItsOwnSentenceInBothLanguages_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &c : ContractCodes + TransportCodes)
        QTest::newRow(qPrintable(c)) << c;
}

void TestErrorText::everyCodeHasItsOwnSentenceInBothLanguages()
{
    QFETCH(QString, code);
    const bool transport = TransportCodes.contains(code);
    const ApiError e = error(code, transport ? 0 : 400, 300, QStringLiteral("login"));
    const QString zh = inLanguage(QStringLiteral("zh_CN"), e);
    const QString en = inLanguage(QStringLiteral("en"), e);
    QVERIFY2(!zh.isEmpty() && !en.isEmpty(), qPrintable(code));
    QVERIFY2(hasCjk(zh), qPrintable(zh));
    QVERIFY2(!hasCjk(en), qPrintable(en));
    QVERIFY2(zh != en, qPrintable(code));
    // A specific sentence, not the generic fallback that repeats the code.
    QVERIFY2(!zh.contains(code), qPrintable(zh));
}

// weak_password carries a reason (rules, unchanged, common, personal): each
// has its own sentence in both languages; an unknown one reads as the rules.
void TestErrorText::weakPasswordSaysWhy()
{
    QSet<QString> sentences;
    for (const QString &reason : {QStringLiteral("rules"), QStringLiteral("unchanged"), QStringLiteral("common"),
                                  QStringLiteral("personal")}) {
        ApiError e = error(QStringLiteral("weak_password"), 422);
        e.reason = reason;
        const QString zh = inLanguage(QStringLiteral("zh_CN"), e);
        const QString en = inLanguage(QStringLiteral("en"), e);
        QVERIFY2(hasCjk(zh) && !hasCjk(en), qPrintable(reason));
        sentences.insert(zh);
    }
    QCOMPARE(sentences.size(), 4);
    ApiError common = error(QStringLiteral("weak_password"), 422);
    common.reason = QStringLiteral("common");
    QVERIFY(inLanguage(QStringLiteral("zh_CN"), common).contains(QStringLiteral("常见")));
    ApiError unknown = error(QStringLiteral("weak_password"), 422);
    unknown.reason = QStringLiteral("something_new");
    QCOMPARE(inLanguage(QStringLiteral("zh_CN"), unknown), inLanguage(QStringLiteral("zh_CN"), error(QStringLiteral("weak_password"), 422)));
}

void TestErrorText::knownCodesCoverTheContract()
{
    const QStringList known = ui::ErrorText::knownCodes();
    for (const QString &c : ContractCodes + TransportCodes)
        QVERIFY2(known.contains(c), qPrintable(c));
    // And no two codes share one sentence (each says something different).
    ui::Startup::installTranslations(QStringLiteral("zh_CN"));
    QSet<QString> sentences;
    for (const QString &c : known)
        sentences.insert(ui::ErrorText::sentence(error(c, 400, -1)));
    QCOMPARE(sentences.size(), known.size());
}

void TestErrorText::unknownCodeFallsBackToAGenericSentenceWithTheCode()
{
    const ApiError e = error(QStringLiteral("quota_exceeded_v2"), 422);
    const QString zh = inLanguage(QStringLiteral("zh_CN"), e);
    const QString en = inLanguage(QStringLiteral("en"), e);
    QVERIFY(zh.contains(QStringLiteral("quota_exceeded_v2")));
    QVERIFY(hasCjk(zh));
    QVERIFY(en.contains(QStringLiteral("quota_exceeded_v2")));
    QVERIFY(!inLanguage(QStringLiteral("en"), error(QString(), 400)).isEmpty());
}

void TestErrorText::serverErrorsSayTheServerHadAProblem()
{
    const QString zh = inLanguage(QStringLiteral("zh_CN"), error(QStringLiteral("internal"), 500));
    QVERIFY(zh.contains(QStringLiteral("服务器内部出错")));
    QVERIFY(zh.contains(QStringLiteral("internal")));
    const QString en = inLanguage(QStringLiteral("en"), error(QString(), 503));
    QVERIFY(en.contains(QStringLiteral("503")));
}

void TestErrorText::retryAfterIsSaidInMinutes()
{
    // 15 minutes of lockout; 61 s rounds up to 2 minutes; without retry_after no number.
    QCOMPARE(inLanguage(QStringLiteral("zh_CN"), error(QStringLiteral("account_locked"), 423, 900)),
             QStringLiteral("登录失败次数过多，账号已锁定，请 15 分钟后再试。"));
    QCOMPARE(inLanguage(QStringLiteral("zh_CN"), error(QStringLiteral("rate_limited"), 429, 61)),
             QStringLiteral("请求过于频繁，请 2 分钟后再试。"));
    QCOMPARE(inLanguage(QStringLiteral("en"), error(QStringLiteral("rate_limited"), 429, 30)),
             QStringLiteral("Too many requests. Try again in 1 minute."));
    QCOMPARE(inLanguage(QStringLiteral("en"), error(QStringLiteral("account_locked"), 423, 600)),
             QStringLiteral("Too many failed attempts: the account is locked. Try again in 10 minutes."));
    const QString noTime = inLanguage(QStringLiteral("zh_CN"), error(QStringLiteral("account_locked"), 423, -1));
    QVERIFY(noTime.contains(QStringLiteral("稍后")));
    QVERIFY(!noTime.contains(QRegularExpression(QStringLiteral("\\d"))));
}

void TestErrorText::invalidFieldNamesTheField()
{
    QCOMPARE(inLanguage(QStringLiteral("zh_CN"), error(QStringLiteral("invalid_field"), 400, -1, QStringLiteral("phone"))),
             QStringLiteral("“手机号”填写有误，请检查。"));
    QCOMPARE(inLanguage(QStringLiteral("en"), error(QStringLiteral("invalid_field"), 400, -1, QStringLiteral("login"))),
             QStringLiteral("The value of “Login” is not valid. Please check it."));
    // An unknown field name is shown as it is rather than dropped.
    QVERIFY(inLanguage(QStringLiteral("en"), error(QStringLiteral("invalid_field"), 400, -1, QStringLiteral("zz_new")))
                .contains(QStringLiteral("zz_new")));
    QVERIFY(!inLanguage(QStringLiteral("zh_CN"), error(QStringLiteral("invalid_field"), 400)).isEmpty());
}

void TestErrorText::codesImplyTheFieldTheyConcern()
{
    QCOMPARE(ui::ErrorText::field(error(QStringLiteral("captcha_invalid"), 422)), QStringLiteral("captcha_answer"));
    QCOMPARE(ui::ErrorText::field(error(QStringLiteral("invalid_credentials"), 401)), QStringLiteral("password"));
    QCOMPARE(ui::ErrorText::field(error(QStringLiteral("wrong_password"), 422)), QStringLiteral("old_password"));
    QCOMPARE(ui::ErrorText::field(error(QStringLiteral("weak_password"), 422)), QStringLiteral("new_password"));
    // The server's own field wins.
    QCOMPARE(ui::ErrorText::field(error(QStringLiteral("weak_password"), 422, -1, QStringLiteral("password"))),
             QStringLiteral("password"));
    QVERIFY(ui::ErrorText::field(error(errorCodeName(ErrorCode::NetworkError), 0)).isEmpty());
}

// Text that fills a %1 at run time is Chinese too: an unusual certificate
// problem is worded by Qt (QSslError::errorString), whose own translation
// (qtbase_zh_CN, from qt6-translations-l10n) the client installs with ours.
void TestErrorText::certificateReasonsFromQtAreChineseToo()
{
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{3,}"));
    for (const QSslError::SslError kind : {QSslError::CertificateSignatureFailed, QSslError::InvalidPurpose,
                                           QSslError::PathLengthExceeded, QSslError::CertificateRejected}) {
        QVERIFY(ui::Startup::installTranslations(QStringLiteral("zh_CN")));
        const QList<sync::TlsProblem> problems =
                sync::TlsProblem::fromSslErrors({QSslError(kind)}, QStringLiteral("zc.example"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, sync::TlsProblem::Kind::Other);
        const QString zh = ui::TlsProblemDialog::reason(problems.first());
        QVERIFY2(!latinWord.match(zh).hasMatch(), qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral("证书")), qPrintable(zh));
        // In English the same reason carries Qt's English sentence.
        QVERIFY(ui::Startup::installTranslations(QStringLiteral("en")));
        const QString en = ui::TlsProblemDialog::reason(
                sync::TlsProblem::fromSslErrors({QSslError(kind)}, QStringLiteral("zc.example")).first());
        QVERIFY2(en.contains(QSslError(kind).errorString()), qPrintable(en));
    }
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
