#include "articlejson.h"

#include "feeds/dateparser.h"

#include <QJsonArray>

namespace oqy::cli {

namespace {

QJsonValue date(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(feeds::formatIsoDate(d)) : QJsonValue();
}

} // namespace

QJsonObject articleRowToJson(const ArticleRow &row)
{
    return {
        {QStringLiteral("id"), row.id},
        {QStringLiteral("feed"), row.feedId},
        {QStringLiteral("feed_title"), row.feedTitle},
        {QStringLiteral("title"), row.title},
        {QStringLiteral("url"), row.url},
        {QStringLiteral("published"), date(row.published)},
        {QStringLiteral("regions"), QJsonArray::fromStringList(row.regions)},
        {QStringLiteral("read"), row.read},
        {QStringLiteral("bookmarked"), row.bookmarked},
    };
}

QJsonObject storedArticleToJson(const StoredArticle &stored)
{
    const Article &a = stored.article;
    QJsonArray regions;
    QJsonArray evidence;
    for (const RegionTag &tag : stored.regions) {
        regions.append(tag.slug);
        evidence.append(QJsonObject{{QStringLiteral("slug"), tag.slug},
                                    {QStringLiteral("evidence"), QJsonArray::fromStringList(tag.evidence)},
                                    {QStringLiteral("from_outlet"), tag.fromOutlet}});
    }
    QJsonArray quotes;
    for (const PullQuote &q : a.pullQuotes)
        quotes.append(QJsonObject{{QStringLiteral("text"), q.text},
                                  {QStringLiteral("attribution"), q.attribution}});
    QJsonObject lead;
    lead.insert(QStringLiteral("url"), a.leadImage.url.isEmpty() ? QJsonValue() : QJsonValue(a.leadImage.url));
    lead.insert(QStringLiteral("caption"), a.leadImage.caption);
    lead.insert(QStringLiteral("credit"), a.leadImage.credit);
    lead.insert(QStringLiteral("cached"), stored.leadImageCached);
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("feed"), a.feedId},
        {QStringLiteral("feed_title"), stored.feedTitle},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("url"), a.url},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("published"), date(a.published)},
        {QStringLiteral("regions"), regions},
        {QStringLiteral("region_evidence"), evidence},
        {QStringLiteral("read"), stored.status.read},
        {QStringLiteral("bookmarked"), stored.status.bookmarked},
        {QStringLiteral("note"), stored.status.note},
        {QStringLiteral("text"), a.text},
        {QStringLiteral("html"), a.html.isEmpty() ? a.summary : a.html},
        {QStringLiteral("summary"), a.summary},
        {QStringLiteral("language"), a.language},
        {QStringLiteral("lead_image"), lead},
        {QStringLiteral("pull_quotes"), quotes},
        {QStringLiteral("body_source"), stored.bodySource},
    };
}

} // namespace oqy::cli
