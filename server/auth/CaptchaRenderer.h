#pragma once

#include <QByteArray>
#include <QString>

namespace zc::server {

// Draws a captcha a person can read and a simple OCR cannot: characters
// from an alphabet without look-alikes, each rotated, scaled and sheared on
// its own, random colours, the whole image warped by waves, noise curves
// across the text and speckles. Needs a QGuiApplication (fonts).
class CaptchaRenderer
{
public:
    // The size in logical pixels; renderPng(text, scale) draws scale times
    // as many pixels for a screen of that device pixel ratio.
    static constexpr int Width = 160;
    static constexpr int Height = 60;
    static constexpr int MaxScale = 3;
    // One of each group people confused once rotated and warped: no 0/O/D,
    // 1/I/L, 2/Z, 5/S, 8/B, 6/G/C, U/V/Y, K/R/X/Y, P/D/R, E/F, C/J.
    static constexpr char Alphabet[] = "ACEHMNRTW345679";

    // A random answer of 4 or 5 characters from Alphabet (CSPRNG).
    [[nodiscard]] static QString randomAnswer();
    // The PNG bytes of text drawn as a captcha, Width×Height times scale
    // (1..MaxScale) pixels.
    [[nodiscard]] static QByteArray renderPng(const QString &text, int scale = 1);
    // The font family used, "DejaVu Sans" when the system has it.
    [[nodiscard]] static QString fontFamily();
};

} // namespace zc::server
