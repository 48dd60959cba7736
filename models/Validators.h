#pragma once

#include <QString>

namespace zc {

// Why a value failed a rule. Validators return one of these instead of a bool
// so the UI can word the reason (tr() lives in the UI, never here) and the
// server can report it; ValidationError::None means the value is acceptable.
enum class ValidationError {
    None,
    Empty,              // required and blank after trimming
    TooShort,
    TooLong,
    BadCharacter,       // a character outside the rule's alphabet
    BadFormat,          // right characters, wrong shape (e.g. phone prefix)
    BadCheckCharacter,  // USCC / resident-id check character does not match
    BadDate,            // resident id birth date is not a real date (or in the future)
    BadRegion,          // a division code that cannot exist (all zeros)
    WeakPassword,       // fewer than 3 character classes
};

// snake_case name used in logs and API messages, e.g. "bad_check_character".
[[nodiscard]] QString validationErrorName(ValidationError e);

namespace validate {

// Codes (USCC, resident id, unit code) are trimmed and upper-cased before checking.
[[nodiscard]] QString normalizeCode(const QString &code);
// Main-account logins are trimmed and lower-cased (ASCII only) before checking and comparing.
[[nodiscard]] QString normalizeLogin(const QString &login);

// ^1[3-9]\d{9}$ after trimming.
[[nodiscard]] ValidationError phone(const QString &phone);
// GB 32100-2015: 18 chars, registration dept + org kind, 6-digit division,
// 9-char org code, check char; alphabet 0-9 A-Z without I O Z S V. Normalizes first.
[[nodiscard]] ValidationError uscc(const QString &uscc);
// GB 11643-1999: 17 digits + check (0-9 or X), birth date YYYYMMDD real and not in the future.
[[nodiscard]] ValidationError residentId(const QString &id);
// 8..64 code points, at least 3 of: lower, upper, digit, symbol.
[[nodiscard]] ValidationError password(const QString &password);
// 1..30 code points after trimming.
[[nodiscard]] ValidationError roleName(const QString &name);
// 0..200 code points.
[[nodiscard]] ValidationError remark(const QString &remark);
// Access review note (权限审查): 0..500 code points, as written; no control
// characters but line breaks (\n, \r; a tab is refused too).
[[nodiscard]] ValidationError reviewNote(const QString &note);
// Handler / person name: 1..50 code points after trimming, no control characters.
[[nodiscard]] ValidationError personName(const QString &name);
// Unit name: 1..100 code points after trimming, no control characters.
[[nodiscard]] ValidationError unitName(const QString &name);
// Main-account login: 4..32 of a-z 0-9 . _ -, starting with a letter; compared lower-cased.
[[nodiscard]] ValidationError mainLogin(const QString &login);
// Medical-insurance unit code (单位编号): 1..32 of A-Z 0-9 after normalizing.
[[nodiscard]] ValidationError unitCode(const QString &code);

// Number of Unicode code points (what the API's lengths count).
[[nodiscard]] int codePoints(const QString &s);

} // namespace validate
} // namespace zc
