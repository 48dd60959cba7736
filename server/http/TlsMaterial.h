#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace zc::server {

// The server's TLS certificate and key: given with --tls-cert/--tls-key, or
// a development CA and a localhost certificate made on first run with
// OpenSSL 3 (in-process) under DIR/tls and reused afterwards.
class TlsMaterial
{
public:
    // DIR/tls/{ca.pem, server.pem, server.key}: loads them, or creates all three
    // when one is missing or the server certificate is no longer valid.
    [[nodiscard]] static bool loadOrCreateDev(const QString &tlsDir, TlsMaterial *out, QString *error);
    [[nodiscard]] static bool loadFiles(const QString &certFile, const QString &keyFile, TlsMaterial *out,
                                        QString *error);

    // The certificate chain (leaf first) and the private key, as PEM.
    [[nodiscard]] QByteArray chainPem() const;
    [[nodiscard]] QByteArray keyPem() const { return m_key.toPem(); }
    [[nodiscard]] QString caPath() const { return m_caPath; }      // empty with --tls-cert
    [[nodiscard]] bool created() const { return m_created; }
    [[nodiscard]] const QList<QSslCertificate> &chain() const { return m_chain; }

private:
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QString m_caPath;
    bool m_created = false;
};

} // namespace zc::server
