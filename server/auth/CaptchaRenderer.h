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
    static constexpr int Width = 160;
    static constexpr int Height = 60;
    // No 0/O, 1/I/L, nor the pairs 2/Z, 5/S, 8/B, 6/G, U/V.
    static constexpr char Alphabet[] = "ACDEFHJKMNPRTWXY345679";

    // A random answer of 4 or 5 characters from Alphabet (CSPRNG).
    [[nodiscard]] static QString randomAnswer();
    // The PNG bytes of text drawn as a captcha.
    [[nodiscard]] static QByteArray renderPng(const QString &text);
    // The font family used, "DejaVu Sans" when the system has it.
    [[nodiscard]] static QString fontFamily();
};

} // namespace zc::server
