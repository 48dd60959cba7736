#pragma once

#include <QByteArray>
#include <QString>

namespace zc::server {

// Small cryptographic helpers over libsodium: CSPRNG bytes and tokens,
// SHA-256 for storing tokens and answers, constant-time comparison.
class Crypto
{
public:
    // sodium_init(); false when libsodium cannot be used (the server must not start).
    [[nodiscard]] static bool initialize();

    [[nodiscard]] static QByteArray randomBytes(int count);
    // count random bytes, base64url without padding (32 bytes -> 43 characters).
    [[nodiscard]] static QString randomToken(int count = 32);
    // Uniform in [0, upperBound).
    [[nodiscard]] static quint32 randomUniform(quint32 upperBound);
    // Lower-case hex SHA-256 of data.
    [[nodiscard]] static QString sha256Hex(const QByteArray &data);
    // Equal length and content, in time that depends only on the length.
    [[nodiscard]] static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace zc::server
