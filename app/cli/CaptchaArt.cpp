#include "CaptchaArt.h"

#include <QList>
#include <QStringList>

#include <array>
#include <cmath>
#include <vector>

namespace zc::cli {

namespace {

// Otsu's threshold: the grey level that best splits the histogram in two.
int otsuThreshold(const std::array<qint64, 256> &histogram, qint64 total)
{
    double sumAll = 0;
    for (int i = 0; i < 256; ++i)
        sumAll += double(i) * double(histogram[static_cast<size_t>(i)]);
    double sumBelow = 0;
    qint64 below = 0;
    double best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        below += histogram[static_cast<size_t>(t)];
        if (below == 0)
            continue;
        const qint64 above = total - below;
        if (above == 0)
            break;
        sumBelow += double(t) * double(histogram[static_cast<size_t>(t)]);
        const double meanBelow = sumBelow / double(below);
        const double meanAbove = (sumAll - sumBelow) / double(above);
        const double between = double(below) * double(above) * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold;
}

} // namespace

QString CaptchaArt::render(const QImage &source, int maxColumns)
{
    if (source.isNull() || maxColumns < 1)
        return {};
    const QImage grey = source.convertToFormat(QImage::Format_Grayscale8);
    const int w = grey.width();
    const int h = grey.height();
    if (w == 0 || h == 0)
        return {};

    // 1. Ink mask at full resolution: Otsu split, the smaller class is the ink.
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < h; ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < w; ++x)
            ++histogram[row[x]];
    }
    const qint64 total = qint64(w) * h;
    const int threshold = otsuThreshold(histogram, total);
    qint64 dark = 0;
    for (int i = 0; i <= threshold; ++i)
        dark += histogram[static_cast<size_t>(i)];
    const bool inkIsDark = dark * 2 <= total;
    std::vector<char> ink(static_cast<size_t>(total), 0);
    for (int y = 0; y < h; ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < w; ++x)
            ink[static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)] =
                inkIsDark ? row[x] <= threshold : row[x] > threshold;
    }
    auto at = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < w && y < h
            && ink[static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)] != 0;
    };

    // 2. Drop specks (noise dots): ink with fewer than two ink neighbours.
    std::vector<char> clean(ink.size(), 0);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            if (!at(x, y))
                continue;
            int neighbours = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    neighbours += (dx != 0 || dy != 0) && at(x + dx, y + dy) ? 1 : 0;
            clean[static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)] = neighbours >= 2;
        }
    }

    // 3. Down-sample by coverage: a cell is ink when enough of its pixels are.
    const int cols = qMin(w, maxColumns);
    const double scale = double(w) / double(cols);
    const int rows = qMax(1, int(std::lround(double(h) / scale)));
    auto cell = [&](int cx, int cy) {
        if (cy >= rows)
            return false;
        const int x0 = int(cx * scale), x1 = qMax(x0 + 1, int((cx + 1) * scale));
        const int y0 = int(cy * scale), y1 = qMax(y0 + 1, int((cy + 1) * scale));
        int on = 0, all = 0;
        for (int y = y0; y < qMin(y1, h); ++y)
            for (int x = x0; x < qMin(x1, w); ++x) {
                ++all;
                on += clean[static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)] ? 1 : 0;
            }
        return all > 0 && on * 3 >= all;   // at least a third covered
    };

    static const QChar upper(0x2580);   // ▀
    static const QChar lower(0x2584);   // ▄
    static const QChar full(0x2588);    // █
    QStringList lines;
    for (int y = 0; y < rows; y += 2) {
        QString line;
        line.reserve(cols);
        for (int x = 0; x < cols; ++x) {
            const bool top = cell(x, y);
            const bool bottom = cell(x, y + 1);
            line += top && bottom ? full : top ? upper : bottom ? lower : QChar(u' ');
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace zc::cli
