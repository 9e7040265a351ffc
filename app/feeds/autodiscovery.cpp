#include "autodiscovery.h"

#include "extract/htmldecoder.h"
#include "extract/htmltokenizer.h"

#include <QSet>

namespace oqy::feeds {

QList<DiscoveredFeed> discoverFeedLinks(const QByteArray &html, const QUrl &pageUrl, const QString &contentType)
{
    QList<DiscoveredFeed> found;
    QSet<QUrl> seen;
    // Feed links live in <head>; a page's first 256 KB hold it even on the worst CMS.
    const QString text = decodeHtml(html.left(256 * 1024), contentType).text;
    HtmlTokenizer tokenizer(text);
    HtmlToken token;
    QUrl base = pageUrl;
    while (tokenizer.next(token)) {
        if (token.type == HtmlToken::Type::EndTag && token.name == QLatin1String("head"))
            break;
        if (token.type != HtmlToken::Type::StartTag)
            continue;
        if (token.name == QLatin1String("base") && token.hasAttribute(QLatin1String("href"))) {
            base = pageUrl.resolved(QUrl(token.attribute(QLatin1String("href")).trimmed()));
            continue;
        }
        if (token.name != QLatin1String("link"))
            continue;
        const QStringList rel = token.attribute(QLatin1String("rel")).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString type = token.attribute(QLatin1String("type")).toLower().trimmed();
        const bool feedType = type == QLatin1String("application/rss+xml") || type == QLatin1String("application/atom+xml")
                              || type == QLatin1String("application/feed+json") || type == QLatin1String("application/json")
                              || type == QLatin1String("application/rdf+xml") || type == QLatin1String("text/xml")
                              || type == QLatin1String("application/xml");
        if (!rel.contains(QLatin1String("alternate")) || !feedType)
            continue;
        const QUrl url = base.resolved(QUrl(token.attribute(QLatin1String("href")).trimmed()));
        if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            continue;
        if (seen.contains(url))
            continue;
        seen.insert(url);
        found.append({url, token.attribute(QLatin1String("title")).trimmed(), type});
    }
    return found;
}

QList<QUrl> usualFeedLocations(const QUrl &site)
{
    QList<QUrl> urls;
    for (const char *path : {"/feed/", "/rss", "/rss.xml", "/feed", "/rss/", "/feed.xml", "/atom.xml",
                             "/index.xml", "/news.rss", "/rss.php", "/?format=feed&type=rss", "/feeds/all.rss"})
        urls.append(site.resolved(QUrl(QString::fromLatin1(path))));
    return urls;
}

} // namespace oqy::feeds
