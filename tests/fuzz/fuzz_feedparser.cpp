// Any bytes, as any feed: parse, normalise to articles and write the conformance JSON.
#include "feeds/feedarticles.h"
#include "feeds/feedjson.h"
#include "feeds/feedparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    oqy::feeds::FeedContext context;
    context.url = QUrl(QStringLiteral("https://news.example.kz/rss"));
    context.contentType = QStringLiteral("application/rss+xml");
    const auto doc = oqy::feeds::parseFeed(bytes, context);
    oqy::feeds::articlesFromFeed(doc, context.url);
    context.feedparserCompatible = true;
    oqy::feeds::feedDocumentToJson(oqy::feeds::parseFeed(bytes, context));
    return 0;
}
