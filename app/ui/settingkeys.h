#pragma once

#include <QString>

// The reader's settings: one place for their keys and defaults, shared by the window, the settings
// dialog and main().
namespace oqy::settingkeys {

inline constexpr QLatin1String FontSize("reader/fontSize");
inline constexpr int FontSizeDefault = 18;
inline constexpr QLatin1String Serif("reader/serif");
inline constexpr QLatin1String Theme("reader/theme"); // "system", "light", "dark"
inline constexpr QLatin1String MarkReadOnSelect("reader/markReadOnSelect");
inline constexpr QLatin1String OldestFirst("reader/oldestFirst"); // the article list's order
inline constexpr QLatin1String RefreshMinutes("network/refreshMinutes");
inline constexpr QLatin1String Offline("network/offline");
inline constexpr QLatin1String Proxy("network/proxy"); // "system", "none", "manual"
inline constexpr QLatin1String ProxyHost("network/proxyHost");
inline constexpr QLatin1String ProxyPort("network/proxyPort");
// Only whether the proxy's user and password are in the system keychain (entry ProxySecretId).
inline constexpr QLatin1String ProxyHasSecret("network/proxyHasSecret");
inline constexpr QLatin1String ProxySecretId("proxy");
inline constexpr QLatin1String KeepDays("retention/keepDays");
inline constexpr int KeepDaysDefault = 90;
inline constexpr QLatin1String MaxMB("retention/maxMB");
inline constexpr int MaxMBDefault = 2048;
inline constexpr QLatin1String Language("ui/language"); // "", "ru", "kk", "en"
inline constexpr QLatin1String ShowTrayIcon("ui/trayIcon");
inline constexpr QLatin1String NotifyRegions("ui/notifyRegions"); // region slugs

} // namespace oqy::settingkeys
