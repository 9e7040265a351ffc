#pragma once

#include <QString>
#include <QUrl>

namespace oqy {

// An address a reader typed or pasted, checked before anything is stored: http or https only, a
// host, at most MaxLength characters. A user name and password written into it (user:pass@host)
// are taken out, so that the address can be stored, backed up, exported and printed without them
// (the caller keeps them in the keychain).
struct WebAddress
{
    static constexpr qsizetype MaxLength = 8 * 1024;

    QUrl url; // valid only when `error` is empty; never carries user info
    QString user;
    QString password;
    QString error; // a sentence for the reader

    bool ok() const { return error.isEmpty(); }
    bool hasCredentials() const { return !user.isEmpty() || !password.isEmpty(); }

    // "tengrinews.kz/news.rss" gets http:// in front (the server redirects to https if it has
    // it); anything with a scheme is parsed strictly: "http://[::1" is refused, not repaired into
    // "http://http//[::1" as QUrl::fromUserInput would.
    static WebAddress parse(const QString &input);
};

// How an address is shown to the reader: host in Unicode (кто.kz, not xn--j1ail.kz) whatever Qt's
// list of IDN top-level domains says, no user info, the path as written.
QString displayAddress(const QUrl &url);
QString displayAddress(const QString &url);

} // namespace oqy
