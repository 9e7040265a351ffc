#pragma once

#include <QByteArray>
#include <QString>

namespace oqy {

// What a feed needs to be let in: a user name and password (HTTP Basic or Digest, whichever the
// server asks for), or one header carrying a token or subscription cookie. Lives only in the
// system keychain (secretstore.h) and in memory while a request needs it.
struct Credentials
{
    QString user;
    QString password;
    QByteArray headerName; // "Cookie", "Authorization", "X-Api-Key"…
    QByteArray headerValue;

    bool isEmpty() const { return user.isEmpty() && password.isEmpty() && headerName.isEmpty(); }
    bool hasHeader() const { return !headerName.isEmpty(); }

    // The keychain's stored form (JSON) and back.
    QByteArray toSecret() const;
    static Credentials fromSecret(const QByteArray &secret);
};

} // namespace oqy
