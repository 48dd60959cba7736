#include "server/http/IfMatch.h"

namespace zc::server {

IfMatch IfMatch::parse(const QByteArray &header, bool present)
{
    IfMatch m;
    m.m_present = present;
    if (!present)
        return m;
    const QList<QByteArray> parts = header.split(',');
    for (const QByteArray &raw : parts) {
        const QByteArray p = raw.trimmed();
        if (p == "*") {
            m.m_any = true;
        } else if (p.startsWith("W/")) {
            continue;   // weak tags never match in If-Match (RFC 9110 13.1.1)
        } else if (p.size() >= 2 && p.startsWith('"') && p.endsWith('"')) {
            m.m_tags.append(QString::fromLatin1(p.mid(1, p.size() - 2)));
        } else if (!p.isEmpty() && !p.contains('"')) {
            m.m_tags.append(QString::fromLatin1(p));   // tolerated: an unquoted tag
        }
    }
    return m;
}

Status IfMatch::check(const QString &currentVersion, bool required) const
{
    if (!m_present)
        return required ? Status(apiError(428, ErrorCode::PreconditionRequired)) : Status(Done{});
    if (m_any || m_tags.contains(currentVersion))
        return Done{};
    return apiError(412, ErrorCode::VersionConflict);
}

} // namespace zc::server
