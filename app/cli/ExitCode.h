#pragma once

namespace zc::cli {

// Exit codes of zhaocai-cli, for scripts: each kind of problem its own
// (listed in --help and in the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitApiError = 1,      // the server refused (4xx other than 401/403, 5xx), or a local step failed
    ExitUsage = 2,         // bad command line or input
    ExitNetwork = 3,       // no HTTP answer: network, timeout, proxy, TLS
    ExitNotSignedIn = 4,   // no remembered session, the session expired, or the credentials were refused (401)
    ExitForbidden = 5,     // the account may not do that (403)
    ExitKeychain = 6,      // the system's credential store could not be used
    ExitPartial = 7,       // assign / unassign: some rows failed (each reported), the others were done
};

} // namespace zc::cli
