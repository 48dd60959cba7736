// StrictJson: RFC 8259 and nothing more lenient — every refusal with a reason,
// every valid document the same as Qt's own reading of it.
#include "models/StrictJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace zc;

class TestStrictJson : public QObject
{
    Q_OBJECT

private slots:
    void validDocumentsReadAsQtReadsThem_data();
    void validDocumentsReadAsQtReadsThem();
    void lenientInputIsRefused_data();
    void lenientInputIsRefused();
    void deepNestingIsRefusedWithoutCrashing();
    void scalarsAreValuesButNotDocuments();
    void byteOrderMarkIsIgnored();
};

void TestStrictJson::validDocumentsReadAsQtReadsThem_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("object") << QByteArray(R"({"name":"角色","permissions":["basic.roles"],"n":3,"x":-0.5,"t":true,"z":null})");
    QTest::newRow("escapes") << QByteArray(R"({"s":"a\"b\\c\/d\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00"})");
    QTest::newRow("array") << QByteArray(R"([1, 2.5e3, -9223372036854775808, 9223372036854775807, "x", {}, []])");
    QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] } \n");
    QTest::newRow("empty key") << QByteArray(R"({"":1})");
    QTest::newRow("same key in two objects") << QByteArray(R"({"a":{"k":1},"b":{"k":2}})");
}

void TestStrictJson::validDocumentsReadAsQtReadsThem()
{
    QFETCH(QByteArray, text);
    QString why;
    const auto doc = StrictJson::parseDocument(text, &why);
    QVERIFY2(doc, qPrintable(why));
    QCOMPARE(*doc, QJsonDocument::fromJson(text));
}

void TestStrictJson::lenientInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("unknown escape \\q") << QByteArray(R"({"name":"Sec\q"})");
    QTest::newRow("hex escape \\x41") << QByteArray(R"({"name":"\x41"})");
    QTest::newRow("short \\u") << QByteArray(R"({"name":"\u41"})");
    QTest::newRow("lone high surrogate") << QByteArray(R"({"name":"\ud800"})");
    QTest::newRow("lone low surrogate") << QByteArray(R"({"name":"\udc00x"})");
    QTest::newRow("raw control character") << QByteArray("{\"name\":\"a\tb\"}");
    QTest::newRow("raw newline") << QByteArray("{\"name\":\"a\nb\"}");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"name\":\"\xff\xfe\"}");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"name\":\"\xc0\xaf\"}");
    QTest::newRow("duplicate key") << QByteArray(R"({"name":"a","name":"b"})");
    QTest::newRow("nested duplicate key") << QByteArray(R"({"x":{"k":1,"k":1}})");
    QTest::newRow("integer above int64") << QByteArray(R"({"id":9223372036854775808})");
    QTest::newRow("huge unsigned") << QByteArray(R"({"id":18446744073709551615})");
    QTest::newRow("beyond 64 bits") << QByteArray(R"({"id":99999999999999999999})");
    QTest::newRow("negative beyond 64 bits") << QByteArray(R"({"id":-9223372036854775809})");
    QTest::newRow("number overflow") << QByteArray(R"({"x":1e400})");
    QTest::newRow("leading zero") << QByteArray(R"({"x":01})");
    QTest::newRow("plus sign") << QByteArray(R"({"x":+1})");
    QTest::newRow("NaN") << QByteArray(R"({"x":NaN})");
    QTest::newRow("single quotes") << QByteArray(R"({'x':1})");
    QTest::newRow("unquoted key") << QByteArray(R"({x:1})");
    QTest::newRow("trailing comma") << QByteArray(R"({"x":1,})");
    QTest::newRow("comment") << QByteArray("{\"x\":1 /* c */}");
    QTest::newRow("trailing garbage") << QByteArray(R"({"x":1} {"y":2})");
    QTest::newRow("NUL after value") << QByteArray("{\"x\":1}\0", 8);
    QTest::newRow("NUL then garbage") << QByteArray("{\"x\":1}\0{\"y\"", 13);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unterminated") << QByteArray(R"({"x":"abc)");
}

void TestStrictJson::lenientInputIsRefused()
{
    QFETCH(QByteArray, text);
    QString why;
    QVERIFY(!StrictJson::parseDocument(text, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!StrictJson::parseValue(text));
}

void TestStrictJson::deepNestingIsRefusedWithoutCrashing()
{
    QString why;
    const QByteArray ok = QByteArray(StrictJson::MaxDepth, '[') + QByteArray(StrictJson::MaxDepth, ']');
    QVERIFY2(StrictJson::parseDocument(ok, &why), qPrintable(why));
    const QByteArray deeper = QByteArray(StrictJson::MaxDepth + 1, '[') + QByteArray(StrictJson::MaxDepth + 1, ']');
    QVERIFY(!StrictJson::parseDocument(deeper, &why));
    QVERIFY2(why.contains(QLatin1String("nested")), qPrintable(why));
    const QByteArray hostile = QByteArray(1000000, '[');
    QVERIFY(!StrictJson::parseDocument(hostile, &why));
}

void TestStrictJson::scalarsAreValuesButNotDocuments()
{
    QString why;
    const auto v = StrictJson::parseValue("\"text\"", &why);
    QVERIFY2(v, qPrintable(why));
    QCOMPARE(v->toString(), QStringLiteral("text"));
    QCOMPARE(StrictJson::parseValue("42")->toInteger(), 42);
    QVERIFY(StrictJson::parseValue("null")->isNull());
    QVERIFY(!StrictJson::parseDocument("42", &why));
    QCOMPARE(why, QStringLiteral("expected an object or an array"));
}

void TestStrictJson::byteOrderMarkIsIgnored()
{
    const auto doc = StrictJson::parseDocument("\xef\xbb\xbf{\"a\":1}");
    QVERIFY(doc);
    QCOMPARE(doc->object().value(QLatin1String("a")).toInteger(), 1);
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
