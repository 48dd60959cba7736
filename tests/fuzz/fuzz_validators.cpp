// The shared validators (models/Validators), which the server applies to every
// request field and the seed, and the client to every form: any text (UTF-8,
// or the same bytes as UTF-16 with lone surrogates) gets an answer, and the
// normalised forms are stable.
#include "FuzzSupport.h"

#include "models/Validators.h"

namespace {

void check(const QString &s)
{
    using namespace zc::validate;
    (void)phone(s);
    (void)uscc(s);
    (void)residentId(s);
    (void)password(s);
    (void)roleName(s);
    (void)remark(s);
    (void)personName(s);
    (void)unitName(s);
    (void)mainLogin(s);
    (void)unitCode(s);
    const int n = codePoints(s);
    if (n < 0 || n > s.size())
        std::abort();
    const QString code = normalizeCode(s);
    if (normalizeCode(code) != code)
        std::abort();
    const QString login = normalizeLogin(s);
    if (normalizeLogin(login) != login)
        std::abort();
    // What passes after normalising passes again (the server stores the normal form).
    if (uscc(s) == zc::ValidationError::None && uscc(code) != zc::ValidationError::None)
        std::abort();
    if (mainLogin(s) == zc::ValidationError::None && mainLogin(login) != zc::ValidationError::None)
        std::abort();
    (void)zc::validationErrorName(uscc(s));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = zc::fuzz::bytes(data, size);
    check(QString::fromUtf8(input));
    check(QString::fromUtf16(reinterpret_cast<const char16_t *>(input.constData()), input.size() / 2));
    return 0;
}
