#pragma once

namespace zc::cli {

// Exit codes of zhaocai-cli, for scripts.
enum ExitCode : int {
    ExitOk = 0,
    ExitApiError = 1,    // the server answered with an error (or a local step such as the keychain failed)
    ExitUsage = 2,       // bad command line or input
    ExitNetwork = 3,     // no HTTP answer: network, timeout, proxy, TLS
};

} // namespace zc::cli
