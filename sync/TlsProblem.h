#pragma once

#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>

namespace zc::sync {

// Why a server certificate was refused, in terms a person can act on. The UI
// words these (tr() lives there); there is no "trust anyway".
struct TlsProblem
{
    enum class Kind { UntrustedIssuer, HostNameMismatch, Expired, NotYetValid, Revoked, Other };

    Kind kind = Kind::Other;
    QString host;             // the host name the client asked for
    QString subject;          // certificate subject CN (or O)
    QString issuer;           // issuer CN (or O)
    QStringList names;        // subject alternative names
    QString sha256;           // fingerprint, "AB:CD:…"
    QDateTime notBefore;
    QDateTime notAfter;
    QString detail;           // QSslError::errorString(), untranslated, for logs

    [[nodiscard]] static QList<TlsProblem> fromSslErrors(const QList<QSslError> &errors, const QString &host);
};

} // namespace zc::sync
