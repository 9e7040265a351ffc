#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace oqy::feeds {

struct DiscoveredFeed
{
    QUrl url;
    QString title;
    QString type; // application/rss+xml, application/atom+xml, application/feed+json
};

// The feeds a web page announces with <link rel="alternate" type="…rss/atom/json…" href>, resolved
// against the page (and its <base href>), each once, in page order. Pure: reads the bytes only.
QList<DiscoveredFeed> discoverFeedLinks(const QByteArray &html, const QUrl &pageUrl,
                                        const QString &contentType = {});

// Where sites usually keep a feed they do not announce (WordPress, Bitrix, DLE, Joomla, custom):
// tried in this order when a page names none.
QList<QUrl> usualFeedLocations(const QUrl &site);

} // namespace oqy::feeds
