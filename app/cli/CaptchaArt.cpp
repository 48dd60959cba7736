#include "CaptchaArt.h"

#include <QList>

namespace zc::cli {

QString CaptchaArt::render(const QImage &source, int maxColumns)
{
    if (source.isNull() || maxColumns < 1)
        return {};
    QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    if (image.width() > maxColumns)
        image = image.scaledToWidth(maxColumns, Qt::SmoothTransformation);
    const int w = image.width();
    const int h = image.height();
    if (w == 0 || h == 0)
        return {};

    // Threshold at the mean grey; the larger class is the background.
    qint64 sum = 0;
    for (int y = 0; y < h; ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < w; ++x)
            sum += row[x];
    }
    const int threshold = static_cast<int>(sum / (qint64(w) * h));
    qint64 dark = 0;
    for (int y = 0; y < h; ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < w; ++x)
            dark += row[x] < threshold ? 1 : 0;
    }
    const bool inkIsDark = dark * 2 <= qint64(w) * h;
    auto ink = [&](int x, int y) {
        if (y >= h)
            return false;
        const int v = image.constScanLine(y)[x];
        return inkIsDark ? v < threshold : v >= threshold;
    };

    static const QChar upper(0x2580);   // ▀
    static const QChar lower(0x2584);   // ▄
    static const QChar full(0x2588);    // █
    QStringList lines;
    for (int y = 0; y < h; y += 2) {
        QString line;
        line.reserve(w);
        for (int x = 0; x < w; ++x) {
            const bool top = ink(x, y);
            const bool bottom = ink(x, y + 1);
            line += top && bottom ? full : top ? upper : bottom ? lower : QChar(u' ');
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace zc::cli
