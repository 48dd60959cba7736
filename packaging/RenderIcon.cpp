// zc-render-icon SVG SIZE OUT.png: draws the application's SVG icon at
// SIZE×SIZE pixels into a PNG, for the hicolor icon theme's fixed sizes
// (packaging/CMakeLists.txt). A build tool: Qt's own SVG image plugin
// (libqt6svg6) does the drawing, so the build needs nothing else.
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No display needed: the icon has no text, and its shapes are drawn in memory.
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int size = args.value(2).toInt(&ok);
    if (args.size() != 4 || !ok || size < 1 || size > 1024) {
        err << "usage: zc-render-icon SVG SIZE OUT.png (SIZE from 1 to 1024)\n";
        return 2;
    }
    QImageReader reader(args.at(1), "svg");
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        err << "zc-render-icon: cannot draw " << args.at(1) << ": " << reader.errorString() << '\n';
        return 1;
    }
    if (!image.convertToFormat(QImage::Format_ARGB32).save(args.at(3), "PNG")) {
        err << "zc-render-icon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
