#include "server/auth/PasswordGenerator.h"

#include "server/Crypto.h"

#include <utility>

namespace zc::server {

namespace {
const char Upper[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const char Lower[] = "abcdefghijkmnpqrstuvwxyz";
const char Digits[] = "23456789";
const char Symbols[] = "@#%+=!?";

QChar pick(const char *alphabet, int size)
{
    return QLatin1Char(alphabet[Crypto::randomUniform(quint32(size))]);
}
} // namespace

QString PasswordGenerator::generate()
{
    QString out;
    out.reserve(Length);
    // One of each class first, the rest from all of them, then shuffled.
    out.append(pick(Upper, sizeof(Upper) - 1));
    out.append(pick(Lower, sizeof(Lower) - 1));
    out.append(pick(Digits, sizeof(Digits) - 1));
    out.append(pick(Symbols, sizeof(Symbols) - 1));
    const QByteArray all = QByteArray(Upper) + Lower + Digits + Symbols;
    while (out.size() < Length)
        out.append(pick(all.constData(), int(all.size())));
    for (qsizetype i = out.size() - 1; i > 0; --i) {   // Fisher–Yates
        const qsizetype j = qsizetype(Crypto::randomUniform(quint32(i + 1)));
        std::swap(out[i], out[j]);
    }
    return out;
}

} // namespace zc::server
