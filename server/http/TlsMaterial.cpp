#include "server/http/TlsMaterial.h"

#include "server/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace zc::server {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

constexpr long CaDays = 3650;       // 10 years
constexpr long ServerDays = 730;    // about 2 years

PKeyPtr newEcKey()
{
    return PKeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool setName(X509_NAME *name, const char *commonName)
{
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>("zhaocai-server development"), -1, -1, 0)
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
}

X509Ptr newCertificate(EVP_PKEY *subjectKey, long days)
{
    X509Ptr cert(X509_new());
    BnPtr serial(BN_new());
    if (!cert || !serial || X509_set_version(cert.get(), 2) != 1
        || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), int(days), 0, nullptr)
        || X509_set_pubkey(cert.get(), subjectKey) != 1) {
        return nullptr;
    }
    return cert;
}

QByteArray certPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    if (secret) {
        // Created with 0600 from the start; never world-readable, not even briefly.
        QFile::remove(path);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || f.write(data) != data.size() || !f.flush()) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
            return false;
        }
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// A CA limited by name constraints to localhost and loopback addresses, so
// trusting it cannot let it vouch for any other site; its key is not kept.
bool createDevMaterial(const QString &dir, QString *error)
{
    PKeyPtr caKey = newEcKey();
    PKeyPtr serverKey = newEcKey();
    if (!caKey || !serverKey) {
        *error = QStringLiteral("OpenSSL could not generate EC P-256 keys");
        return false;
    }
    X509Ptr ca = newCertificate(caKey.get(), CaDays);
    if (!ca || !setName(X509_get_subject_name(ca.get()), "zhaocai-server local development CA")
        || X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())) != 1
        || !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        || !addExtension(ca.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        || !addExtension(ca.get(), ca.get(), NID_name_constraints,
                         "critical,permitted;DNS:localhost,permitted;IP:127.0.0.0/255.0.0.0,"
                         "permitted;IP:::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")
        || X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0) {
        *error = QStringLiteral("OpenSSL could not build the development CA certificate");
        return false;
    }
    X509Ptr server = newCertificate(serverKey.get(), ServerDays);
    if (!server || !setName(X509_get_subject_name(server.get()), "localhost")
        || X509_set_issuer_name(server.get(), X509_get_subject_name(ca.get())) != 1
        || !addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(server.get(), ca.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        || !addExtension(server.get(), ca.get(), NID_subject_key_identifier, "hash")
        || !addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        || X509_sign(server.get(), caKey.get(), EVP_sha256()) <= 0) {
        *error = QStringLiteral("OpenSSL could not build the server certificate");
        return false;
    }
    const QByteArray caPem = certPem(ca.get());
    const QByteArray serverPem = certPem(server.get());
    const QByteArray serverKeyPem = keyPem(serverKey.get());
    if (caPem.isEmpty() || serverPem.isEmpty() || serverKeyPem.isEmpty()) {
        *error = QStringLiteral("OpenSSL could not encode the TLS material as PEM");
        return false;
    }
    const QDir d(dir);
    return writeFile(d.filePath(QStringLiteral("server.key")), serverKeyPem, true, error)
        && writeFile(d.filePath(QStringLiteral("server.pem")), serverPem, false, error)
        && writeFile(d.filePath(QStringLiteral("ca.pem")), caPem, false, error);
}

QSslKey readKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

bool TlsMaterial::loadFiles(const QString &certFile, const QString &keyFile, TlsMaterial *out, QString *error)
{
    QFile cf(certFile);
    QFile kf(keyFile);
    if (!cf.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(certFile, cf.errorString());
        return false;
    }
    if (!kf.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(keyFile, kf.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certFile);
        return false;
    }
    const QSslKey key = readKey(kf.readAll());
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM private key (EC, RSA or DSA)").arg(keyFile);
        return false;
    }
    out->m_chain = chain;
    out->m_key = key;
    return true;
}

bool TlsMaterial::loadOrCreateDev(const QString &tlsDir, TlsMaterial *out, QString *error)
{
    const QDir dir(tlsDir);
    if (!dir.exists() && !QDir().mkpath(tlsDir)) {
        *error = QStringLiteral("cannot create %1").arg(tlsDir);
        return false;
    }
    QFile::setPermissions(tlsDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    const QString cert = dir.filePath(QStringLiteral("server.pem"));
    const QString key = dir.filePath(QStringLiteral("server.key"));

    bool reuse = QFile::exists(ca) && QFile::exists(cert) && QFile::exists(key);
    if (reuse) {
        QString why;
        if (!loadFiles(cert, key, out, &why)) {
            qCWarning(lcTls).noquote() << "the TLS material in" << tlsDir << "is unusable (" << why
                                       << "): making a new development CA";
            reuse = false;
        } else if (out->m_chain.constFirst().expiryDate() < QDateTime::currentDateTimeUtc().addDays(7)) {
            qCWarning(lcTls).noquote() << "the server certificate in" << tlsDir
                                       << "expires within 7 days: making a new development CA";
            reuse = false;
        }
    }
    if (!reuse) {
        if (!createDevMaterial(tlsDir, error) || !loadFiles(cert, key, out, error))
            return false;
        out->m_created = true;
        qCInfo(lcTls).noquote() << "created a development CA and a certificate for localhost, 127.0.0.1, ::1 in"
                                << tlsDir;
    }
    out->m_caPath = ca;
    return true;
}

QByteArray TlsMaterial::chainPem() const
{
    QByteArray pem;
    for (const QSslCertificate &c : m_chain)
        pem += c.toPem();
    return pem;
}

} // namespace zc::server
