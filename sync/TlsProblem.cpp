#include "TlsProblem.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSslCertificate>

namespace zc::sync {

namespace {

TlsProblem::Kind kindOf(QSslError::SslError e)
{
    switch (e) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToVerifyFirstCertificate:
        return TlsProblem::Kind::UntrustedIssuer;
    case QSslError::HostNameMismatch:
        return TlsProblem::Kind::HostNameMismatch;
    case QSslError::CertificateExpired:
        return TlsProblem::Kind::Expired;
    case QSslError::CertificateNotYetValid:
        return TlsProblem::Kind::NotYetValid;
    case QSslError::CertificateRevoked:
        return TlsProblem::Kind::Revoked;
    default:
        return TlsProblem::Kind::Other;
    }
}

// The common name, or the organisation when a certificate has no CN.
QString nameOf(const QStringList &cn, const QStringList &org)
{
    if (!cn.isEmpty())
        return cn.join(QStringLiteral(", "));
    return org.join(QStringLiteral(", "));
}

} // namespace

QList<TlsProblem> TlsProblem::fromSslErrors(const QList<QSslError> &errors, const QString &host)
{
    QList<TlsProblem> problems;
    QSet<QPair<QByteArray, int>> seen;
    for (const QSslError &error : errors) {
        const QSslCertificate cert = error.certificate();
        const Kind kind = kindOf(error.error());
        const QByteArray digest = cert.isNull() ? QByteArray() : cert.digest(QCryptographicHash::Sha256);
        const QPair<QByteArray, int> key(digest, static_cast<int>(kind));
        if (seen.contains(key))
            continue;
        seen.insert(key);

        TlsProblem p;
        p.kind = kind;
        p.host = host;
        p.detail = error.errorString();
        if (!cert.isNull()) {
            p.subject = nameOf(cert.subjectInfo(QSslCertificate::CommonName),
                               cert.subjectInfo(QSslCertificate::Organization));
            p.issuer = nameOf(cert.issuerInfo(QSslCertificate::CommonName),
                              cert.issuerInfo(QSslCertificate::Organization));
            const auto sans = cert.subjectAlternativeNames();
            for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
                if (!p.names.contains(it.value()))
                    p.names.append(it.value());
            }
            p.sha256 = QString::fromLatin1(digest.toHex(':').toUpper());
            p.notBefore = cert.effectiveDate();
            p.notAfter = cert.expiryDate();
        }
        problems.append(p);
    }
    return problems;
}

} // namespace zc::sync
