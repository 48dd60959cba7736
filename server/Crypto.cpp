#include "server/Crypto.h"

#include <sodium.h>

namespace zc::server {

bool Crypto::initialize()
{
    return sodium_init() >= 0;
}

QByteArray Crypto::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

QString Crypto::randomToken(int count)
{
    return QString::fromLatin1(
        randomBytes(count).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

quint32 Crypto::randomUniform(quint32 upperBound)
{
    return randombytes_uniform(upperBound);
}

QString Crypto::sha256Hex(const QByteArray &data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(sizeof digest)).toHex());
}

bool Crypto::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace zc::server
