// TlsProblem::fromSslErrors: which QSslError means what to a person, and the
// certificate details the UI and the CLI show (names, dates, fingerprint).
#include "FixtureCert.h"

#include "sync/TlsProblem.h"

#include <QSslCertificate>
#include <QTest>

using zc::sync::TlsProblem;

class TestTlsProblem : public QObject
{
    Q_OBJECT

private:
    static QSslCertificate cert()
    {
        return QSslCertificate::fromData(fixtureCertPem(), QSsl::Pem).value(0);
    }

private Q_SLOTS:
    void mapsErrorKinds_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("kind");
        const int untrusted = static_cast<int>(TlsProblem::Kind::UntrustedIssuer);
        QTest::newRow("self-signed") << int(QSslError::SelfSignedCertificate) << untrusted;
        QTest::newRow("self-signed in chain") << int(QSslError::SelfSignedCertificateInChain) << untrusted;
        QTest::newRow("no local issuer") << int(QSslError::UnableToGetLocalIssuerCertificate) << untrusted;
        QTest::newRow("no issuer") << int(QSslError::UnableToGetIssuerCertificate) << untrusted;
        QTest::newRow("untrusted") << int(QSslError::CertificateUntrusted) << untrusted;
        QTest::newRow("first certificate") << int(QSslError::UnableToVerifyFirstCertificate) << untrusted;
        QTest::newRow("host name") << int(QSslError::HostNameMismatch) << int(TlsProblem::Kind::HostNameMismatch);
        QTest::newRow("expired") << int(QSslError::CertificateExpired) << int(TlsProblem::Kind::Expired);
        QTest::newRow("not yet valid") << int(QSslError::CertificateNotYetValid) << int(TlsProblem::Kind::NotYetValid);
        QTest::newRow("revoked") << int(QSslError::CertificateRevoked) << int(TlsProblem::Kind::Revoked);
        QTest::newRow("bad signature") << int(QSslError::CertificateSignatureFailed) << int(TlsProblem::Kind::Other);
    }
    void mapsErrorKinds()
    {
        QFETCH(int, error);
        QFETCH(int, kind);
        const auto problems = TlsProblem::fromSslErrors(
            {QSslError(static_cast<QSslError::SslError>(error), cert())}, QStringLiteral("zc.example.cn"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(static_cast<int>(problems.first().kind), kind);
        QCOMPARE(problems.first().host, QStringLiteral("zc.example.cn"));
        QVERIFY(!problems.first().detail.isEmpty());
    }

    void describesTheCertificate()
    {
        const auto problems = TlsProblem::fromSslErrors(
            {QSslError(QSslError::HostNameMismatch, cert())}, QStringLiteral("127.0.0.2"));
        QCOMPARE(problems.size(), 1);
        const TlsProblem &p = problems.first();
        QCOMPARE(p.subject, QStringLiteral("zc test fixture CA"));
        QCOMPARE(p.issuer, QStringLiteral("zc test fixture CA"));
        QVERIFY(p.names.contains(QStringLiteral("fixture.example")));
        QVERIFY(p.names.contains(QStringLiteral("127.0.0.9")));
        QCOMPARE(p.sha256, QString::fromLatin1(fixtureCertSha256()));
        QCOMPARE(p.notBefore, QDateTime(QDate(2026, 11, 23), QTime(17, 33, 7), Qt::UTC));
        QCOMPARE(p.notAfter, QDateTime(QDate(2126, 10, 30), QTime(17, 33, 7), Qt::UTC));
    }

    void onePerCertificateAndKind()
    {
        const QSslCertificate c = cert();
        const auto problems = TlsProblem::fromSslErrors(
            {QSslError(QSslError::SelfSignedCertificate, c), QSslError(QSslError::CertificateUntrusted, c),
             QSslError(QSslError::HostNameMismatch, c), QSslError(QSslError::HostNameMismatch, c)},
            QStringLiteral("h"));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).kind, TlsProblem::Kind::UntrustedIssuer);
        QCOMPARE(problems.at(1).kind, TlsProblem::Kind::HostNameMismatch);
    }

    void errorWithoutCertificateStillReported()
    {
        const auto problems = TlsProblem::fromSslErrors({QSslError(QSslError::NoPeerCertificate)},
                                                         QStringLiteral("h"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, TlsProblem::Kind::Other);
        QVERIFY(problems.first().sha256.isEmpty());
        QVERIFY(TlsProblem::fromSslErrors({}, QStringLiteral("h")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsProblem)
#include "tst_tlsproblem.moc"
