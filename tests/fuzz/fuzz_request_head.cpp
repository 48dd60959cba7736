// The server's reading of a request, bytes in, no network: the head up to its
// blank line, HeadCheck (request smuggling rules), the request target, and
// Beast's parser framing the body over the same head (RequestFraming.h). The
// two readers must agree on the body's framing; what reaches the routes is a
// well-formed Request.
#include "FuzzSupport.h"
#include "RequestFraming.h"

#include "server/http/Router.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const zc::server::http::FrontLimits limits = [] {
        zc::server::http::FrontLimits l;
        l.maxBodyBytes = 64 * 1024;   // smaller than the server's, so the fuzzer reaches it
        return l;
    }();
    const std::optional<zc::server::http::Request> request = zc::fuzz::frameRequest(zc::fuzz::bytes(data, size), limits);
    if (!request)
        return 0;
    (void)zc::server::Router::languageOf(*request);
    (void)request->header("authorization");
    (void)request->headerCount("if-match");
    for (const auto &item : request->query.queryItems(QUrl::FullyDecoded))
        (void)item.second.toUtf8();
    return 0;
}
