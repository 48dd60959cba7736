#pragma once

#include <QString>

namespace zc::test {

// Whether a Secret Service answers on the session D-Bus (what QtKeychain uses
// on Linux). Without one a keychain job can wait for its D-Bus timeout again
// and again, so tests that need it check first and fail at once, saying why
// (scripts/test.sh runs them under dbus-run-session with an unlocked
// gnome-keyring). Empty when one is there; the reason otherwise.
[[nodiscard]] QString secretServiceProblem();

} // namespace zc::test

// In initTestCase() of a test that needs the keychain.
#define ZC_REQUIRE_SECRET_SERVICE()                                                     \
    do {                                                                                \
        const QString zcSecretServiceProblem = zc::test::secretServiceProblem();       \
        if (!zcSecretServiceProblem.isEmpty())                                          \
            QFAIL(qPrintable(zcSecretServiceProblem));                                  \
    } while (false)
