#include "server/http/TlsPolicy.h"

#include "server/http/TlsMaterial.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace zc::server {

namespace {

QString openSslError(const char *what)
{
    const unsigned long e = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(e, text, sizeof text);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLatin1(text));
}

} // namespace

bool TlsPolicy::configure(boost::asio::ssl::context &context, const TlsMaterial &material, QString *error)
{
    SSL_CTX *ctx = context.native_handle();
    if (SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1) {
        *error = openSslError("cannot require TLS 1.2");
        return false;
    }
    SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    if (SSL_CTX_set_cipher_list(ctx, Tls12Ciphers) != 1 || SSL_CTX_set_ciphersuites(ctx, Tls13Suites) != 1) {
        *error = openSslError("cannot set the cipher suites");
        return false;
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    static const unsigned char sessionContext[] = "zhaocai-server";
    SSL_CTX_set_session_id_context(ctx, sessionContext, sizeof sessionContext - 1);

    boost::system::error_code ec;
    const QByteArray chain = material.chainPem();
    const QByteArray key = material.keyPem();
    context.use_certificate_chain(boost::asio::buffer(chain.constData(), size_t(chain.size())), ec);
    if (!ec)
        context.use_private_key(boost::asio::buffer(key.constData(), size_t(key.size())),
                                boost::asio::ssl::context::pem, ec);
    if (ec) {
        *error = QStringLiteral("cannot load the TLS certificate and key: %1").arg(QString::fromStdString(ec.message()));
        return false;
    }
    if (SSL_CTX_check_private_key(ctx) != 1) {
        *error = openSslError("the TLS key does not belong to the certificate");
        return false;
    }
    return true;
}

} // namespace zc::server
