// zhaocai-cli's completion scripts and man page ($ZC_CLI_BIN completion
// bash|zsh, man), checked against the command table they are written from:
// every name in them, a real bash and a real zsh completing with them, the
// man page rendered by groff and man without a warning, its NAME found by
// lexgrog, in English and in Chinese.
#include "Commands.h"
#include "ExitCode.h"
#include "commands/CompletionCommand.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QByteArray describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(exitCode).arg(out, err).toUtf8();
    }
};

Run run(const QString &program, const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
}

// The words of `candidates` that start with `prefix`, sorted.
QStringList matching(const QString &prefix, const QStringList &candidates)
{
    QStringList out;
    for (const QString &c : candidates) {
        if (c.startsWith(prefix) && !out.contains(c))
            out << c;
    }
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.removeAll(QString());
    list.sort();
    return list;
}

// Calls the completion function bash registered for zhaocai-cli (complete -p)
// with COMP_WORDS set as bash sets them; prints COMPREPLY, one a line.
const char *BashDriver = R"(
source "$1" || exit 3
shift
spec=$(complete -p zhaocai-cli) || exit 4
fn=${spec#*-F }
fn=${fn%% *}
COMP_WORDS=("$@")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
"$fn" zhaocai-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
)";

} // namespace

class TestCliShell : public QObject
{
    Q_OBJECT

private:
    Run cli(const QStringList &args) { return run(m_bin, args, {{QStringLiteral("HOME"), m_dir.path()}}); }

    // The commands' names (and help), as the table has them.
    QStringList commandNames() const
    {
        QStringList names;
        for (const auto &command : m_commands)
            names << command->name();
        return names << QStringLiteral("help");
    }
    QStringList globalNames() const
    {
        QStringList names;
        for (const QCommandLineOption &option : zc::cli::CompletionCommand::globalOptions()) {
            for (const QString &name : option.names())
                names << zc::cli::CompletionCommand::dashed(name);
        }
        return names;
    }
    QStringList optionNames(const QString &command) const
    {
        QStringList names = globalNames();
        for (const auto &c : m_commands) {
            if (c->name() != command)
                continue;
            for (const QCommandLineOption &option : c->options()) {
                for (const QString &name : option.names())
                    names << zc::cli::CompletionCommand::dashed(name);
            }
        }
        return names;
    }
    QString script(const QString &shell)
    {
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("completion"), shell});
        if (r.exitCode != 0 || !r.err.isEmpty())
            qWarning().noquote() << r.describe();
        return r.exitCode == 0 ? r.out : QString();
    }
    QString files() const { return m_dir.filePath(QStringLiteral("files")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_bin = QProcessEnvironment::systemEnvironment().value(QStringLiteral("ZC_CLI_BIN"));
        QVERIFY2(QFile::exists(m_bin), "ZC_CLI_BIN must name the built zhaocai-cli");
        QVERIFY(m_dir.isValid());
        m_commands = zc::cli::createCommands();
        // Files for the options that take one.
        QVERIFY(QDir().mkpath(files()));
        for (const char *name : {"ca.pem", "ca-backup.pem", "other.txt"})
            QVERIFY(writeFile(files() + QLatin1Char('/') + QLatin1String(name), QStringLiteral("x\n")));
        for (const char *tool : {"bash", "zsh", "groff", "man", "lexgrog"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing (scripts/install-deps.sh installs it)").arg(QLatin1String(tool))));
    }

    void scriptsNameEveryCommandAndOption_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::newRow("bash") << QStringLiteral("bash");
        QTest::newRow("zsh") << QStringLiteral("zsh");
    }
    void scriptsNameEveryCommandAndOption()
    {
        QFETCH(QString, shell);
        const QString text = script(shell);
        QVERIFY(!text.isEmpty());
        QStringList names = commandNames() + globalNames();
        for (const auto &command : m_commands)
            names += optionNames(command->name());
        for (const QString &name : std::as_const(names)) {
            const QRegularExpression word(QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(name)
                                          + QStringLiteral("(?![\\w-])"));
            QVERIFY2(text.contains(word), qPrintable(shell + QStringLiteral(": no ") + name));
        }
    }

    void unknownShellIsAUsageError()
    {
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("completion"),
                           QStringLiteral("fish")});
        QCOMPARE(r.exitCode, int(zc::cli::ExitUsage));
        QVERIFY2(r.out.isEmpty() && r.err.contains(QStringLiteral("bash or zsh")), r.describe());
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        const QString cli = QStringLiteral("zhaocai-cli");
        const QString f = files() + QLatin1Char('/');
        QTest::newRow("ro<TAB>") << QStringList{cli, QStringLiteral("ro")}
                                 << matching(QStringLiteral("ro"), commandNames());
        QTest::newRow("after an option's value") << QStringList{cli, QStringLiteral("--server"), QStringLiteral("https://x"), QStringLiteral("ro")}
                                                 << matching(QStringLiteral("ro"), commandNames());
        QTest::newRow("an option of export") << QStringList{cli, QStringLiteral("export"), QStringLiteral("--f")}
                                             << matching(QStringLiteral("--f"), optionNames(QStringLiteral("export")));
        QTest::newRow("options of roles and global ones") << QStringList{cli, QStringLiteral("--json"), QStringLiteral("roles"), QStringLiteral("--p")}
                                                          << matching(QStringLiteral("--p"), optionNames(QStringLiteral("roles")));
        QTest::newRow("not another command's option") << QStringList{cli, QStringLiteral("roles"), QStringLiteral("--fu")}
                                                      << QStringList{};
        QTest::newRow("an option's value is not a command") << QStringList{cli, QStringLiteral("--server"), QString()}
                                                            << QStringList{};
        QTest::newRow("help's command") << QStringList{cli, QStringLiteral("help"), QStringLiteral("handler-r")}
                                        << matching(QStringLiteral("handler-r"), commandNames());
        QTest::newRow("completion's shell") << QStringList{cli, QStringLiteral("completion"), QString()}
                                            << QStringList{QStringLiteral("bash"), QStringLiteral("zsh")};
        QTest::newRow("a file for --ca") << QStringList{cli, QStringLiteral("--ca"), f + QStringLiteral("ca")}
                                         << QStringList{f + QStringLiteral("ca-backup.pem"), f + QStringLiteral("ca.pem")};
        QTest::newRow("a file for --ca=") << QStringList{cli, QStringLiteral("--ca"), QStringLiteral("="), f + QStringLiteral("c")}
                                          << QStringList{f + QStringLiteral("ca-backup.pem"), f + QStringLiteral("ca.pem")};
        QTest::newRow("a file for export -o") << QStringList{cli, QStringLiteral("export"), QStringLiteral("roles"), QStringLiteral("-o"), f + QStringLiteral("o")}
                                              << QStringList{f + QStringLiteral("other.txt")};
    }
    void bashCompletes()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        QVERIFY(!expected.contains(QString()));
        const QString path = m_dir.filePath(QStringLiteral("zhaocai-cli.bash"));
        QVERIFY(writeFile(path, script(QStringLiteral("bash"))));
        const Run syntax = run(QStringLiteral("bash"), {QStringLiteral("-n"), path});
        QVERIFY2(syntax.exitCode == 0 && syntax.err.isEmpty(), syntax.describe());
        const Run r = run(QStringLiteral("bash"),
                          QStringList{QStringLiteral("--norc"), QStringLiteral("-c"), QString::fromLatin1(BashDriver),
                                      QStringLiteral("driver"), path} + words);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(sorted(r.out.split(QLatin1Char('\n'))), expected);
    }

    void zshCompletes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ro<TAB>") << QStringLiteral("zhaocai-cli ro") << matching(QStringLiteral("ro"), commandNames());
        QTest::newRow("every command") << QStringLiteral("zhaocai-cli ") << sorted(commandNames());
        QTest::newRow("an option of export") << QStringLiteral("zhaocai-cli export --f")
                                             << matching(QStringLiteral("--f"), optionNames(QStringLiteral("export")));
        QTest::newRow("options of roles and global ones") << QStringLiteral("zhaocai-cli --json roles --p")
                                                          << matching(QStringLiteral("--p"), optionNames(QStringLiteral("roles")));
        QTest::newRow("not another command's option") << QStringLiteral("zhaocai-cli roles --fu") << QStringList{};
        QTest::newRow("completion's shell") << QStringLiteral("zhaocai-cli completion ")
                                            << QStringList{QStringLiteral("bash"), QStringLiteral("zsh")};
        QTest::newRow("a file for --ca") << QStringLiteral("zhaocai-cli --ca %1/ca").arg(files())
                                         << QStringList{QStringLiteral("ca-backup.pem"), QStringLiteral("ca.pem")};
    }
    void zshCompletes()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        const QString fpath = m_dir.filePath(QStringLiteral("zsh"));
        QVERIFY(QDir().mkpath(fpath));
        const QString path = fpath + QStringLiteral("/_zhaocai-cli");
        QVERIFY(writeFile(path, script(QStringLiteral("zsh"))));
        const Run syntax = run(QStringLiteral("zsh"), {QStringLiteral("-n"), path});
        QVERIFY2(syntax.exitCode == 0 && syntax.err.isEmpty(), syntax.describe());
        const QString driver = qEnvironmentVariable("ZC_SOURCE_DIR") + QStringLiteral("/tests/packaging/zsh-complete.zsh");
        const Run r = run(QStringLiteral("zsh"), {QStringLiteral("-f"), driver, fpath, line});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(sorted(r.out.split(QLatin1Char('\n'))), expected);
    }

    void manPageRendersAndNamesEverything_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void manPageRendersAndNamesEverything()
    {
        QFETCH(QString, lang);
        const Run page = cli({QStringLiteral("--lang"), lang, QStringLiteral("man")});
        QVERIFY2(page.exitCode == 0 && page.err.isEmpty(), page.describe());
        const QString path = m_dir.filePath(QStringLiteral("zhaocai-cli.%1.1").arg(lang));
        QVERIFY(writeFile(path, page.out));

        // groff with every warning on (-k: UTF-8 input), and man as a reader gets it.
        const Run groff = run(QStringLiteral("groff"), {QStringLiteral("-k"), QStringLiteral("-man"), QStringLiteral("-Tutf8"),
                                                        QStringLiteral("-ww"), QStringLiteral("-z"), path});
        QVERIFY2(groff.exitCode == 0 && groff.err.isEmpty(), groff.describe());
        for (const char *width : {"80", "60"}) {
            const Run man = run(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                                                        QStringLiteral("-l"), path},
                                {{QStringLiteral("MANWIDTH"), QLatin1String(width)}});
            QVERIFY2(man.exitCode == 0 && man.err.isEmpty() && man.out.contains(QStringLiteral("zhaocai-cli")), man.describe());
        }
        const Run lexgrog = run(QStringLiteral("lexgrog"), {path});
        QVERIFY2(lexgrog.exitCode == 0 && lexgrog.out.contains(QStringLiteral(": \"zhaocai-cli - ")), lexgrog.describe());

        // Every command, each with its options, every global option, every exit code.
        const auto roff = [](QString s) { return s.replace(QLatin1Char('-'), QStringLiteral("\\-")); };
        for (const auto &command : m_commands) {
            QVERIFY2(page.out.contains(QStringLiteral(".TP\n\\fB") + roff(command->name()) + QStringLiteral("\\fR")),
                     qPrintable(command->name()));
            for (const QString &option : optionNames(command->name()))
                QVERIFY2(page.out.contains(QStringLiteral("\\fB") + roff(option) + QStringLiteral("\\fR")), qPrintable(option));
        }
        for (int code = zc::cli::ExitOk; code <= zc::cli::ExitKeychain; ++code)
            QVERIFY(page.out.contains(QStringLiteral(".TP\n\\fB%1\\fR\n").arg(code)));
        QCOMPARE(page.out.count(QStringLiteral("\n.SH ")), 10);   // NAME ... SEE ALSO
        if (lang == QLatin1String("en")) {
            for (const char *section : {"NAME", "SYNOPSIS", "DESCRIPTION", "GLOBAL OPTIONS", "COMMANDS", "EXIT STATUS",
                                        "ENVIRONMENT", "FILES", "EXAMPLES", "SEE ALSO"})
                QVERIFY2(page.out.contains(QStringLiteral("\n.SH \"%1\"\n").arg(QLatin1String(section))), section);
        } else {
            // The commands' own words in Chinese (their translations exist already).
            const Run help = cli({QStringLiteral("--lang"), lang, QStringLiteral("help"), QStringLiteral("roles")});
            const QString description = help.out.section(QLatin1Char('\n'), 1, 1).trimmed();
            QVERIFY2(description.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), help.describe());
            QString broken;   // as roff writes it: a break point after each Chinese character
            for (const QChar c : description) {
                const char16_t u = c.unicode();
                const bool cjk = (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF);
                broken += c + (cjk ? QStringLiteral("\\:") : QString());
            }
            QVERIFY2(page.out.contains(roff(broken)), qPrintable(broken));
        }
    }

private:
    QString m_bin;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<zc::cli::Command>> m_commands;
};

QTEST_GUILESS_MAIN(TestCliShell)
#include "tst_cli_shell.moc"
