#include "server/auth/CaptchaRenderer.h"

#include "server/Crypto.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTransform>

#include <cmath>

namespace zc::server {

namespace {

// Visual jitter only: the answer itself comes from the CSPRNG.
double uniform(double lo, double hi)
{
    return lo + (hi - lo) * QRandomGenerator::global()->generateDouble();
}

int uniformInt(int lo, int hi)   // inclusive
{
    return QRandomGenerator::global()->bounded(lo, hi + 1);
}

QColor lightColor()
{
    return QColor::fromHsv(uniformInt(0, 359), uniformInt(10, 50), uniformInt(225, 255));
}

QColor darkColor()
{
    return QColor::fromHsv(uniformInt(0, 359), uniformInt(120, 255), uniformInt(40, 140));
}

QColor midColor(int alpha)
{
    QColor c = QColor::fromHsv(uniformInt(0, 359), uniformInt(60, 200), uniformInt(90, 200));
    c.setAlpha(alpha);
    return c;
}

void noiseCurve(QPainter &p, const QColor &color, double width)
{
    QPainterPath path;
    path.moveTo(uniform(-10, 20), uniform(5, CaptchaRenderer::Height - 5));
    path.cubicTo(uniform(30, 70), uniform(-20, CaptchaRenderer::Height + 20),
                 uniform(80, 130), uniform(-20, CaptchaRenderer::Height + 20),
                 uniform(140, CaptchaRenderer::Width + 10), uniform(5, CaptchaRenderer::Height - 5));
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

void speckles(QPainter &p, int count)
{
    for (int i = 0; i < count; ++i) {
        p.setPen(QPen(midColor(uniformInt(120, 230)), uniform(0.8, 2.2)));
        p.drawPoint(QPointF(uniform(0, CaptchaRenderer::Width), uniform(0, CaptchaRenderer::Height)));
    }
}

// Moves every pixel along two sine waves (x by y, y by x): breaks the straight
// baselines and glyph shapes that OCR relies on.
QImage warp(const QImage &src, int scale)
{
    QImage out(src.size(), QImage::Format_RGB32);
    const double ax = scale * uniform(1.5, 3.0), px = scale * uniform(22.0, 34.0), phx = uniform(0, 6.28);
    const double ay = scale * uniform(2.5, 4.5), py = scale * uniform(40.0, 70.0), phy = uniform(0, 6.28);
    const int w = src.width(), h = src.height();
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int sx = qBound(0, int(std::lround(x + ax * std::sin(2 * M_PI * y / px + phx))), w - 1);
            const int sy = qBound(0, int(std::lround(y + ay * std::sin(2 * M_PI * x / py + phy))), h - 1);
            line[x] = src.pixel(sx, sy);
        }
    }
    return out;
}

} // namespace

QString CaptchaRenderer::fontFamily()
{
    static const QString family = [] {
        const QString dejavu = QStringLiteral("DejaVu Sans");
        if (QFontDatabase::families().contains(dejavu))
            return dejavu;
        // Try the file directly (Debian's fonts-dejavu-core), then any sans font.
        const int id = QFontDatabase::addApplicationFont(
            QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
        if (id >= 0 && !QFontDatabase::applicationFontFamilies(id).isEmpty())
            return QFontDatabase::applicationFontFamilies(id).constFirst();
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QString CaptchaRenderer::randomAnswer()
{
    const int alphabetSize = int(sizeof(Alphabet)) - 1;
    const int length = 4 + int(Crypto::randomUniform(2));
    QString answer;
    for (int i = 0; i < length; ++i)
        answer.append(QLatin1Char(Alphabet[Crypto::randomUniform(quint32(alphabetSize))]));
    return answer;
}

QByteArray CaptchaRenderer::renderPng(const QString &text, int scale)
{
    scale = qBound(1, scale, MaxScale);
    QImage canvas(Width * scale, Height * scale, QImage::Format_RGB32);
    {
        QPainter p(&canvas);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        QLinearGradient bg(0, 0, Width, Height);
        bg.setColorAt(0, lightColor());
        bg.setColorAt(1, lightColor());
        p.fillRect(QRect(0, 0, Width, Height), bg);
        speckles(p, 220);
        for (int i = 0; i < 4; ++i)
            noiseCurve(p, midColor(uniformInt(90, 160)), uniform(1.0, 2.0));

        const int n = int(text.size());
        const double slot = (Width - 16.0) / qMax(1, n);
        for (int i = 0; i < n; ++i) {
            QFont font(fontFamily());
            font.setBold(true);
            font.setPixelSize(uniformInt(30, 38));
            QPainterPath glyph;
            glyph.addText(0, 0, font, text.mid(i, 1));
            const QRectF box = glyph.boundingRect();
            QTransform t;
            t.translate(8.0 + slot * (i + 0.5) + uniform(-3, 3), Height / 2.0 + uniform(-5, 5));
            t.rotate(uniform(-25, 25));
            t.shear(uniform(-0.25, 0.25), uniform(-0.12, 0.12));
            t.scale(uniform(0.8, 1.15), uniform(0.85, 1.2));
            t.translate(-box.center().x(), -box.center().y());
            p.setPen(Qt::NoPen);
            p.setBrush(darkColor());
            p.drawPath(t.map(glyph));
        }
    }
    QImage image = warp(canvas, scale);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        // Curves through the text in the text's own darkness, so they do not filter out by colour.
        for (int i = 0; i < 2; ++i)
            noiseCurve(p, darkColor(), uniform(1.6, 2.6));
        speckles(p, 120);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace zc::server
