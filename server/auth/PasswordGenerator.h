#pragma once

#include <QString>

namespace zc::server {

// Initial and reset passwords sent by SMS: 12 characters from libsodium's
// CSPRNG, with upper- and lower-case letters, digits and a symbol (so they pass
// the password policy), without look-alikes (0/O, 1/l/I) that are hard to copy
// from a text message.
class PasswordGenerator
{
public:
    static constexpr int Length = 12;
    [[nodiscard]] static QString generate();
};

} // namespace zc::server
