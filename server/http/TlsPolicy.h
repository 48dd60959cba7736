#pragma once

#include <QString>

#include <boost/asio/ssl/context.hpp>

namespace zc::server {

class TlsMaterial;

// The server's TLS policy, in one place: TLS 1.3, and TLS 1.2 with forward
// secret AEAD suites only (ECDHE with AES-GCM or ChaCha20-Poly1305); no
// compression, no renegotiation; clients are not asked for certificates.
// Every worker shares the one context (and so its session cache).
class TlsPolicy
{
public:
    // Applies the policy and loads the chain and key; false with *error.
    [[nodiscard]] static bool configure(boost::asio::ssl::context &context, const TlsMaterial &material,
                                        QString *error);

    static constexpr char Tls12Ciphers[] =
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
        "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
        "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
    static constexpr char Tls13Suites[] = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";
};

} // namespace zc::server
