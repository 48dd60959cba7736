#include "TerminalInput.h"

#include <QIODevice>

#include <cstdio>

// Guarded platform shim: the terminal's echo flag has no portable API.
#if defined(Q_OS_WIN)
#  include <windows.h>
#elif defined(Q_OS_UNIX)
#  include <termios.h>
#  include <unistd.h>
#endif

namespace zc::cli {

TerminalInput::TerminalInput() : m_in(stdin, QIODevice::ReadOnly) {}

TerminalInput::~TerminalInput() = default;

QString TerminalInput::readLine(bool *eof)
{
    QString line;
    const bool got = m_in.readLineInto(&line);
    if (eof)
        *eof = !got;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

QString TerminalInput::readSecret(bool *eof)
{
    const bool interactive = isInteractive();
    const bool echoOff = interactive && setEcho(false);
    const QString secret = readLine(eof);
    if (echoOff) {
        setEcho(true);
        std::fputs("\n", stderr);   // the Enter the user typed was not echoed
    }
    return secret;
}

bool TerminalInput::isInteractive()
{
#if defined(Q_OS_WIN)
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#elif defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

bool TerminalInput::setEcho(bool on)
{
#if defined(Q_OS_WIN)
    HANDLE h = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(h, &mode))
        return false;
    mode = on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    return SetConsoleMode(h, mode) != 0;
#elif defined(Q_OS_UNIX)
    termios t{};
    if (tcgetattr(STDIN_FILENO, &t) != 0)
        return false;
    if (on)
        t.c_lflag |= static_cast<tcflag_t>(ECHO);
    else
        t.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    return tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0;
#else
    Q_UNUSED(on);
    return false;
#endif
}

} // namespace zc::cli
