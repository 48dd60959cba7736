#pragma once

#include <QByteArray>
#include <QString>

namespace zc::server {

enum class Language { Chinese, English };

// The API's error messages, one sentence per error code in zh-CN (the
// default) and en, chosen by Accept-Language. A table here, not tr(): the
// server has no translator, and clients word errors themselves from `code`.
class ErrorMessages
{
public:
    [[nodiscard]] static Language fromAcceptLanguage(const QByteArray &header);
    [[nodiscard]] static QString message(const QString &code, Language language);
    // True when the table has the code (tests check that every code is worded).
    [[nodiscard]] static bool knows(const QString &code);
};

} // namespace zc::server
