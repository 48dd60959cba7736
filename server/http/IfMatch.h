#pragma once

#include "server/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace zc::server {

// The If-Match precondition of a versioned write (API.md): absent → 428
// precondition_required where it is required; no listed tag equal to the
// resource's current version → 412 version_conflict. Tags are compared
// strongly ("3" matches version 3; a weak W/"3" never does); "*" matches any
// existing resource. Checked after the target's existence, before the state.
class IfMatch
{
public:
    IfMatch() = default;
    // From the raw header value; present says whether the header was sent at all.
    [[nodiscard]] static IfMatch parse(const QByteArray &header, bool present);

    [[nodiscard]] bool isPresent() const { return m_present; }
    [[nodiscard]] const QStringList &tags() const { return m_tags; }

    // Done when the precondition holds for currentVersion.
    [[nodiscard]] Status check(const QString &currentVersion, bool required) const;

private:
    bool m_present = false;
    bool m_any = false;
    QStringList m_tags;   // strong tags, without quotes
};

} // namespace zc::server
