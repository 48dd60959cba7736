#pragma once

#include <QByteArray>
#include <QString>

namespace zc::server {

// Argon2id password hashes (libsodium crypto_pwhash_str) with the configured
// cost. Verifying an unknown login runs against a dummy hash so that its
// timing matches a wrong password.
class PasswordHasher
{
public:
    PasswordHasher(quint64 memoryKib, quint64 opsLimit);

    // The encoded hash string ("$argon2id$v=19$m=…"), or empty when hashing failed.
    [[nodiscard]] QString hash(const QString &password) const;
    [[nodiscard]] bool verify(const QString &encodedHash, const QString &password) const;
    // Spends the same time as verify() without a real hash (unknown login).
    void verifyDummy(const QString &password) const;
    // True when the hash was made with other parameters than the configured ones.
    [[nodiscard]] bool needsRehash(const QString &encodedHash) const;

    [[nodiscard]] quint64 memoryKib() const { return m_memoryKib; }
    [[nodiscard]] quint64 opsLimit() const { return m_opsLimit; }

    // libsodium's accepted range for the parameters.
    [[nodiscard]] static bool parametersValid(quint64 memoryKib, quint64 opsLimit, QString *why);

private:
    quint64 m_memoryKib;
    quint64 m_opsLimit;
    QString m_dummyHash;
};

} // namespace zc::server
