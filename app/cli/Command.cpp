#include "Command.h"

#include "CliContext.h"

namespace zc::cli {

Command::Command(QString name, Group group, Needs needs, int minArgs, int maxArgs, QList<QCommandLineOption> options)
    : m_name(std::move(name)), m_group(group), m_needs(needs), m_minArgs(minArgs), m_maxArgs(maxArgs),
      m_options(std::move(options))
{
}

Command::~Command() = default;

bool Command::takesOption(const QString &name) const
{
    for (const QCommandLineOption &option : m_options) {
        if (option.names().contains(name))
            return true;
    }
    return false;
}

int Command::parse(CliContext &, const QCommandLineParser &, const QStringList &)
{
    return ExitOk;
}

bool Command::parseId(const QString &s, qint64 *id)
{
    bool ok = false;
    *id = s.toLongLong(&ok);
    return ok && *id > 0;
}

int Command::readId(CliContext &ctx, const QString &arg, qint64 *id)
{
    if (!parseId(arg, id))
        return ctx.usageError(tr("'%1' is not an id (a positive number).").arg(arg));
    return ExitOk;
}

} // namespace zc::cli
