#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What the fuzz targets share: the Qt application object they need (made
// once, on the first input), a scratch folder that lives as long as the
// process, and the input as a QByteArray.
namespace zc::fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A QCoreApplication, or a QGuiApplication on the offscreen platform when
// the target draws (the server's captchas); the program's logging is off,
// as every rejected input would log its reason. The application (like the
// targets' other process-wide objects) is never destroyed: libFuzzer ends the
// process with exit(), and Qt's own statics may already be gone by then.
template <typename App = QCoreApplication>
inline void ensureApplication()
{
    static QCoreApplication *app = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("ZC_FUZZ_LOG"))   // ZC_FUZZ_LOG=1: the program's log, to see why
            QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = {name, nullptr};
        return static_cast<QCoreApplication *>(new App(argc, argv));
    }();
    Q_UNUSED(app);
}

// Reports what an input broke and stops the program (libFuzzer keeps the input).
// Not through qWarning(): ensureApplication() turns the logging off.
[[noreturn]] inline void finding(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "finding: %s%s%s\n", what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    std::abort();
}

// A folder of this process, removed at exit.
inline const QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    return dir;
}

} // namespace zc::fuzz
