#include "urljoin.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace oqy::feeds {

namespace {

bool acceptableScheme(const QString &scheme)
{
    static const QSet<QString> schemes = [] {
        QSet<QString> s;
        for (const char *n : {"file", "ftp", "gopher", "h323", "hdl", "http", "https", "imap",
                              "magnet", "mailto", "mms", "news", "nntp", "prospero", "rsync",
                              "rtsp", "rtspu", "sftp", "shttp", "sip", "sips", "snews", "svn",
                              "svn+ssh", "telnet", "wais", "aim", "callto", "cvs", "facetime",
                              "feed", "git", "gtalk", "irc", "ircs", "irc6", "itms", "msnim",
                              "skype", "ssh", "smb", "ymsg", "tel", "webcal", "xmpp"})
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    return schemes.contains(scheme.toLower());
}

QString schemeOf(const QString &url)
{
    // ^\s*([A-Za-z][A-Za-z0-9+.-]*): written out: it runs for every link of a feed.
    auto isLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    qsizetype i = 0;
    while (i < url.size() && url.at(i).isSpace())
        ++i;
    const qsizetype start = i;
    if (i >= url.size() || !isLetter(url.at(i)))
        return {};
    for (++i; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (!(isLetter(c) || (c >= u'0' && c <= u'9') || c == u'+' || c == u'.' || c == u'-'))
            break;
    }
    return i < url.size() && url.at(i) == u':' ? url.mid(start, i - start) : QString();
}

} // namespace

QString urlJoin(const QString &base, const QString &relativeIn)
{
    // Most links are already absolute: Python's urljoin gives them back unchanged.
    for (QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (relativeIn.startsWith(scheme) && relativeIn.size() > scheme.size()
            && relativeIn.at(scheme.size()) != QLatin1Char('/'))
            return relativeIn;
    }
    static const QRegularExpression extraSlashes(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)(/*)"));
    QString relative = relativeIn;
    if (relative.contains(u":///"))
        relative.replace(extraSlashes, QStringLiteral("\\1"));
    if (base.isEmpty())
        return relative;
    if (relative.isEmpty())
        return base;
    const QString relScheme = schemeOf(relative);
    const QString baseScheme = schemeOf(base);
    if (!relScheme.isEmpty() && relScheme.compare(baseScheme, Qt::CaseInsensitive) != 0)
        return relative;
    const QUrl baseUrl(base);
    const QUrl relUrl(relative);
    if (!baseUrl.isValid() || !relUrl.isValid())
        return relative;
    if (baseUrl.isRelative())
        return relative;
    return baseUrl.resolved(relUrl).toString();
}

QString safeAbsoluteUrl(const QString &base, const QString &relative)
{
    if (base.isEmpty())
        return relative;
    if (relative.isEmpty()) {
        const QString scheme = schemeOf(base);
        return scheme.isEmpty() || acceptableScheme(scheme) ? base : QString();
    }
    const QString joined = urlJoin(base, relative);
    const QString scheme = schemeOf(joined);
    if (!acceptableScheme(scheme))
        return {};
    return joined;
}

} // namespace oqy::feeds
