#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace zc::server::http {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

[[nodiscard]] Method methodFromName(const QByteArray &name);
[[nodiscard]] QByteArray methodName(Method method);

struct Header
{
    QByteArray name;
    QByteArray value;
};

// One HTTP request as the front read it: what a route may look at, with no
// trace of the network library underneath. The front fills it once the whole
// request (head and body, within the limits) has arrived.
struct Request
{
    Method method = Method::Get;
    QByteArray methodText;        // as sent ("GET", "PROPFIND" …)
    QString path;                 // percent-decoded, without the query
    QUrlQuery query;              // decoded on lookup (QUrl::FullyDecoded)
    QList<Header> headers;        // in arrival order
    QByteArray body;
    int version = 11;             // 10 or 11

    // The first field of that name (case-insensitive), empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] int headerCount(const QByteArray &name) const;
};

// Splits a request target ("/api/v1/roles?size=50", or the absolute form
// "https://host/api/v1/roles") into its decoded path and its query. False when
// the target is none of those (asterisk form, authority form, garbage) or its
// path does not decode to UTF-8.
[[nodiscard]] bool parseTarget(const QByteArray &target, QString *path, QUrlQuery *query);

} // namespace zc::server::http
