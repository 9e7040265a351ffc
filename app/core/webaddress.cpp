#include "webaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace oqy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WebAddress)
};

QString shortened(const QString &text)
{
    return text.size() <= 120 ? text : text.left(117) + QStringLiteral("…");
}

// "feed://host/x" and "feed:https://host/x" are how some sites link their feeds.
QString withoutFeedScheme(const QString &text)
{
    if (text.startsWith(QLatin1String("feed:https://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("feed:http://"), Qt::CaseInsensitive))
        return text.mid(5);
    if (text.startsWith(QLatin1String("feed://"), Qt::CaseInsensitive))
        return QStringLiteral("http://") + text.mid(7);
    return text;
}

} // namespace

WebAddress WebAddress::parse(const QString &input)
{
    WebAddress address;
    QString text = input.trimmed();
    if (text.isEmpty()) {
        address.error = Text::tr("No address was given.");
        return address;
    }
    if (text.size() > MaxLength) {
        address.error = Text::tr("The address is %1 KB long; no web address is longer than %2 KB.")
                            .arg(text.size() / 1024)
                            .arg(MaxLength / 1024);
        return address;
    }
    text = withoutFeedScheme(text);
    // A scheme is "letters:" not followed by a port number ("localhost:8080/rss" has none).
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:(?!\\d)"));
    if (!scheme.match(text).hasMatch())
        text.prepend(QStringLiteral("http://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        address.error = Text::tr("\"%1\" is not a valid web address (%2).")
                            .arg(shortened(input.trimmed()), url.errorString());
        return address;
    }
    const QString kind = url.scheme().toLower();
    if (kind != QLatin1String("http") && kind != QLatin1String("https")) {
        address.error = Text::tr("Oqy reads http and https addresses only, not \"%1:\".").arg(kind);
        return address;
    }
    if (url.host(QUrl::FullyEncoded).isEmpty()) {
        address.error
            = Text::tr("\"%1\" names no web server.").arg(shortened(input.trimmed()));
        return address;
    }
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.url = url.adjusted(QUrl::RemoveUserInfo);
    return address;
}

QString displayAddress(const QUrl &url)
{
    const QUrl plain = url.adjusted(QUrl::RemoveUserInfo);
    QString shown = plain.toDisplayString();
    const QString host = plain.host();
    const QString unicode
        = QUrl::fromAce(plain.host(QUrl::FullyEncoded).toLatin1(), QUrl::IgnoreIDNWhitelist);
    const qsizetype at = shown.indexOf(host);
    if (!host.isEmpty() && !unicode.isEmpty() && unicode != host && at >= 0)
        shown.replace(at, host.size(), unicode);
    return shown;
}

QString displayAddress(const QString &url)
{
    return displayAddress(QUrl(url));
}

} // namespace oqy
