#pragma once

#include "feeds/feedarticles.h"
#include "feeds/feedparser.h"
#include "testenv.h"

#include <QFile>
#include <QUrl>

// A feed of tests/data/feeds/ parsed into articles as a refresh would (no region tags yet), as if
// served at `url`. Empty when the file cannot be read.
namespace testenv {

inline oqy::feeds::FeedItems fixtureFeedItems(
    const QString &name, const QUrl &url = QUrl(QStringLiteral("http://127.0.0.1/feed")))
{
    QFile file(fixture(QStringLiteral("feeds/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    oqy::feeds::FeedContext context;
    context.url = url;
    return oqy::feeds::articlesFromFeed(oqy::feeds::parseFeed(file.readAll(), context), url);
}

} // namespace testenv
