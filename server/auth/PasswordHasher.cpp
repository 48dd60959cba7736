#include "server/auth/PasswordHasher.h"

#include "server/Crypto.h"
#include "server/Logging.h"

#include <sodium.h>

namespace zc::server {

PasswordHasher::PasswordHasher(quint64 memoryKib, quint64 opsLimit)
    : m_memoryKib(memoryKib), m_opsLimit(opsLimit)
{
    m_dummyHash = hash(Crypto::randomToken(24));
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          m_opsLimit, size_t(m_memoryKib) * 1024U) != 0) {
        qCCritical(lcAuth) << "Argon2id hashing failed (out of memory?)";
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password) const
{
    const QByteArray h = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (h.isEmpty() || h.size() >= int(crypto_pwhash_STRBYTES))
        return false;
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString &password) const
{
    (void)verify(m_dummyHash, password);
}

bool PasswordHasher::needsRehash(const QString &encodedHash) const
{
    const QByteArray h = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), m_opsLimit, size_t(m_memoryKib) * 1024U) != 0;
}

bool PasswordHasher::parametersValid(quint64 memoryKib, quint64 opsLimit, QString *why)
{
    const quint64 memMin = crypto_pwhash_MEMLIMIT_MIN / 1024U;
    const quint64 memMax = 4ULL * 1024U * 1024U;   // 4 GiB: far beyond anything sensible here
    if (memoryKib < memMin || memoryKib > memMax) {
        *why = QStringLiteral("--argon2-memory-kib must be between %1 and %2").arg(memMin).arg(memMax);
        return false;
    }
    if (opsLimit < crypto_pwhash_OPSLIMIT_MIN || opsLimit > 100) {
        *why = QStringLiteral("--argon2-ops must be between %1 and 100").arg(crypto_pwhash_OPSLIMIT_MIN);
        return false;
    }
    return true;
}

} // namespace zc::server
