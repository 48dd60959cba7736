#pragma once

#include "server/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace zc::server {

// Whether a new password may be used (NIST SP 800-63B, 5.1.1.2): the house
// rules of models/Validators first, then it must not be a common or breached
// password — cracklib's dictionary through libpwquality (Debian's
// cracklib-runtime), read also with look-alike characters taken as letters
// (P@ssw0rd is "password"), and a bundled list of common passwords that pass
// the house rules (data/common-passwords.txt) — nor be made of the account's
// own login, phone or unit name.
//
// Thread-safe: cracklib keeps state between calls, so checks take turns.
class PasswordScreen
{
public:
    enum class Weakness {
        None,
        Rules,      // fewer than 8 or more than 64 characters, or fewer than three kinds
        Unchanged,  // the same as the current password
        Common,     // a common or breached password, or one of the dictionary's words dressed up
        Personal,   // contains the login, phone, unit name or person's name
    };

    // What the account is known by; Latin words shorter than 4 characters (Chinese: 2) are not looked for.
    struct Context
    {
        QString login;           // the main login or the handler's phone
        QStringList ownWords;    // phone, unit name, person's name…
        QString currentPassword; // empty when there is none (registration, reset)
    };

    // The reason of a 422 weak_password in the API: "rules", "unchanged", "common", "personal".
    [[nodiscard]] static QString reasonName(Weakness weakness);

    [[nodiscard]] static Weakness check(const QString &password, const Context &context);
    // check() as the API answers it: 422 weak_password with the field and the reason; nullopt when it may be used.
    [[nodiscard]] static std::optional<ApiError> refusal(const QString &password, const Context &context,
                                                         const QString &field);

    // Whether cracklib's dictionary can be read (the server refuses to start without it).
    [[nodiscard]] static bool dictionaryAvailable(QString *why);
};

} // namespace zc::server
