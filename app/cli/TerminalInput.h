#pragma once

#include <QString>
#include <QTextStream>

namespace zc::cli {

// Reads lines from standard input through one buffered stream (so lines given
// on a pipe are never lost between reads), and secrets with the terminal's
// echo switched off where there is a terminal. The echo switch is the only
// platform-specific code of the CLI, behind Q_OS_UNIX / Q_OS_WIN guards.
class TerminalInput
{
public:
    TerminalInput();
    ~TerminalInput();
    TerminalInput(const TerminalInput &) = delete;
    TerminalInput &operator=(const TerminalInput &) = delete;

    // One line without its line ending; nullopt-like empty + *eof = true at end of input.
    [[nodiscard]] QString readLine(bool *eof = nullptr);
    // Like readLine, with echo off when standard input is a terminal.
    [[nodiscard]] QString readSecret(bool *eof = nullptr);
    // True when standard input is an interactive terminal (prompts make sense).
    [[nodiscard]] static bool isInteractive();

private:
    static bool setEcho(bool on);
    QTextStream m_in;
};

} // namespace zc::cli
