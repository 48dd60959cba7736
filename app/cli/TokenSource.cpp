#include "TokenSource.h"

#include <QFile>
#include <QFileInfo>

namespace zc::cli {

namespace {

// A token is a few dozen characters; a larger file is not a token file.
constexpr qint64 MaxTokenFileBytes = 4096;

} // namespace

QString TokenSource::environmentVariable()
{
    return QStringLiteral("ZC_TOKEN");
}

QString TokenSource::describe() const
{
    switch (m_kind) {
    case Kind::Environment:
        return environmentVariable();
    case Kind::File:
        return QStringLiteral("--token-file ") + m_file;
    case Kind::None:
        break;
    }
    return {};
}

bool TokenSource::read(const QString &file, QString *error)
{
    m_kind = Kind::None;
    m_token.clear();
    m_file.clear();
    if (!file.isEmpty())
        return readFile(file, error);
    const QByteArray name = environmentVariable().toLatin1();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return true;
    // Set but empty (ZC_TOKEN=$(cat missing-file)) is a mistake, not "no token":
    // going on as the default account would act as someone else.
    const QString token = qEnvironmentVariable(name.constData()).trimmed();
    if (token.isEmpty()) {
        *error = tr("ZC_TOKEN is set but empty; unset it to use a remembered session.");
        return false;
    }
    if (!isOneToken(token)) {
        *error = tr("ZC_TOKEN does not hold a token (one word of printable characters).");
        return false;
    }
    m_kind = Kind::Environment;
    m_token = token;
    return true;
}

bool TokenSource::readFile(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.exists()) {
        *error = tr("the token file %1 does not exist.").arg(file);
        return false;
    }
#ifndef Q_OS_WIN
    // On Windows the group and other bits say nothing (access is the ACL's,
    // and a file in the user's profile is private by default).
    const QFileDevice::Permissions open = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (f.permissions() & open) {
        *error = tr("the token file %1 can be read or written by others than you; it is not used. "
                    "Run: chmod 600 %1")
                     .arg(file);
        return false;
    }
#endif
    if (!QFileInfo(file).isFile() || !f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the token file %1.").arg(file);
        return false;
    }
    const QByteArray bytes = f.read(MaxTokenFileBytes + 1);
    if (bytes.size() > MaxTokenFileBytes) {
        *error = tr("the token file %1 is too large to hold a token.").arg(file);
        return false;
    }
    const QString token = QString::fromUtf8(bytes).trimmed();
    if (token.isEmpty()) {
        *error = tr("the token file %1 is empty.").arg(file);
        return false;
    }
    if (!isOneToken(token)) {
        *error = tr("the token file %1 does not hold a token (one word of printable characters).").arg(file);
        return false;
    }
    m_kind = Kind::File;
    m_token = token;
    m_file = file;
    return true;
}

bool TokenSource::isOneToken(const QString &token)
{
    // It goes into an HTTP header: printable ASCII without spaces.
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

} // namespace zc::cli
