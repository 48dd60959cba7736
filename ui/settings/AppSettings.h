#pragma once

#include <QString>

namespace zc::ui {

// The desktop client's own preferences in QSettings (never secrets): the
// interface language and the network transfer timeout. Proxy settings live in
// sync::ProxySettings, server profiles in sync::ServerProfileStore.
class AppSettings
{
public:
    // "zh_CN", "en", or empty for "follow the system locale".
    [[nodiscard]] static QString language();
    static void setLanguage(const QString &language);

    // Seconds a request may stay silent before it fails with "timeout".
    [[nodiscard]] static int transferTimeoutSeconds();
    static void setTransferTimeoutSeconds(int seconds);

    static constexpr int DefaultTransferTimeoutSeconds = 15;
    static constexpr int MinTransferTimeoutSeconds = 5;
    static constexpr int MaxTransferTimeoutSeconds = 300;
};

} // namespace zc::ui
