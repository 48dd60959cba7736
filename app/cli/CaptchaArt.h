#pragma once

#include <QImage>
#include <QString>

namespace zc::cli {

// Draws an image (the login captcha) in a terminal with Unicode half blocks
// (▀ ▄ █), two pixel rows per text line, so an admin on a plain SSH session
// can read it. The image is reduced to ink and background: the background is
// whichever of light and dark covers most of the picture.
class CaptchaArt
{
public:
    // Lines joined by '\n', at most maxColumns wide; empty for a null image.
    [[nodiscard]] static QString render(const QImage &image, int maxColumns = 72);
};

} // namespace zc::cli
