#include "articlestore.h"

#include "database.h"
#include "imagestore.h"

#include <QRegularExpression>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oqy {

namespace {

QString quotesToJson(const QList<PullQuote> &quotes)
{
    QJsonArray array;
    for (const PullQuote &q : quotes)
        array.append(QJsonObject {
            { QStringLiteral("text"), q.text }, { QStringLiteral("attribution"), q.attribution } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PullQuote> quotesFromJson(const QString &json)
{
    QList<PullQuote> quotes;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        quotes.append(
            { v[QLatin1String("text")].toString(), v[QLatin1String("attribution")].toString() });
    return quotes;
}

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(v.toString());
    return list;
}

// The addresses of the images in a sanitised body (its <img src="…"> values, entities decoded).
QStringList imageUrlsIn(const QString &html)
{
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*?\\ssrc=\"([^\"]+)\""),
        QRegularExpression::CaseInsensitiveOption);
    QStringList urls;
    for (auto it = img.globalMatch(html); it.hasNext();) {
        QString url = it.next().captured(1);
        url.replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        if ((url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://")))
            && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}

} // namespace

bool ArticleStore::feedGaveFullText(const Article &item)
{
    // Regional feeds that carry the article (yandex:full-text, content:encoded) give thousands of
    // characters; a teaser is a sentence or two.
    constexpr qsizetype FullTextChars = 1200;
    const bool fetchable = item.url.startsWith(QLatin1String("http://"))
        || item.url.startsWith(QLatin1String("https://"));
    return !fetchable || item.text.size() >= FullTextChars;
}

void ArticleStore::recordImages(qint64 id, const Article &item)
{
    ImageStore images(m_db);
    Statement link
        = m_db.prepare("INSERT INTO article_images (article_id, url, role) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (article_id, url) DO UPDATE SET role = excluded.role WHERE "
                       "excluded.role = 'lead'");
    auto add = [&](const QString &url, const char *role) {
        if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
            return;
        images.want(url);
        link.bind(1, id).bind(2, url).bind(3, QString::fromLatin1(role)).exec();
        link.reset();
    };
    add(item.leadImage.url, "lead");
    for (const QString &url : imageUrlsIn(item.html.isEmpty() ? item.summary : item.html))
        add(url, "inline");
}

void ArticleStore::recordPageFailure(qint64 id, const QString &error)
{
    m_db.prepare("UPDATE article_bodies SET page_state = 'failed', page_error = ?2 WHERE "
                 "article_id = ?1")
        .bind(1, id)
        .bind(2, error)
        .exec();
}

QList<ArticleStore::PageToFetch> ArticleStore::pendingPages(int limit)
{
    QList<PageToFetch> pages;
    Statement st = m_db.prepare(
        "SELECT a.id, a.url FROM article_bodies b JOIN articles a ON a.id = b.article_id "
        "WHERE b.page_state = 'pending' ORDER BY a.published DESC, a.id DESC LIMIT ?1");
    st.bind(1, limit);
    while (st.step())
        pages.append({ st.int64(0), st.text(1) });
    return pages;
}

ArticleStore::SaveResult ArticleStore::saveFromFeed(
    qint64 feedId, const QList<Article> &items, const QDateTime &receivedAt)
{
    SaveResult result;
    const qint64 now = receivedAt.isValid() ? receivedAt.toSecsSinceEpoch()
                                            : QDateTime::currentSecsSinceEpoch();
    Statement find = m_db.prepare("SELECT id FROM articles WHERE feed_id = ?1 AND guid = ?2");
    // Removed by retention while the feed still lists it: not new again.
    Statement retired
        = m_db.prepare("SELECT 1 FROM retired_articles WHERE feed_id = ?1 AND guid = ?2");
    for (const Article &item : items) {
        find.bind(1, feedId).bind(2, item.guid);
        const bool known = find.step();
        const qint64 id = known ? find.int64(0) : 0;
        find.reset();
        if (!known) {
            retired.bind(1, feedId).bind(2, item.guid);
            const bool wasRetired = retired.step();
            retired.reset();
            if (wasRetired)
                continue;
        }
        if (!known)
            result.newIds.append(insert(feedId, item, now));
        else if (update(id, item))
            ++result.updated;
    }
    return result;
}

qint64 ArticleStore::insert(qint64 feedId, const Article &item, qint64 now)
{
    Statement st = m_db.prepare(
        "INSERT INTO articles (feed_id, guid, url, title, author, published, updated, fetched_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    st.bind(1, feedId)
        .bind(2, item.guid)
        .bind(3, item.url)
        .bind(4, item.title)
        .bind(5, item.author)
        .bind(6, item.published.isValid() ? item.published.toSecsSinceEpoch() : now)
        .bind(7, item.updated)
        .bind(8, now)
        .exec();
    const qint64 id = m_db.lastInsertRowId();
    Statement status
        = m_db.prepare("INSERT INTO statuses (article_id, changed_at) VALUES (?1, ?2)");
    status.bind(1, id).bind(2, now).exec();
    writeBody(id, item, false);
    writeRegions(id, item.regions);
    return id;
}

void ArticleStore::writeRegions(qint64 id, const QList<RegionTag> &tags)
{
    m_db.prepare("DELETE FROM article_regions WHERE article_id = ?1").bind(1, id).exec();
    Statement insert = m_db.prepare(
        "INSERT OR IGNORE INTO article_regions (article_id, region, published, evidence, "
        "from_outlet) SELECT ?1, ?2, published, ?3, ?4 FROM articles WHERE id = ?1 "
        "AND EXISTS (SELECT 1 FROM regions WHERE slug = ?2)");
    for (const RegionTag &tag : tags) {
        insert.bind(1, id)
            .bind(2, tag.slug)
            .bind(3, listToJson(tag.evidence))
            .bind(4, tag.fromOutlet)
            .exec();
        insert.reset();
    }
    if (!tags.isEmpty())
        return;
    // The text names no region: the outlet's home region, marked as such.
    m_db.prepare("INSERT OR IGNORE INTO article_regions (article_id, region, published, evidence, "
                 "from_outlet) SELECT a.id, o.home_region, a.published, '[]', 1 FROM articles a "
                 "JOIN feeds f ON f.id = a.feed_id JOIN outlets o ON o.id = f.outlet_id "
                 "WHERE a.id = ?1 AND o.home_region IS NOT NULL")
        .bind(1, id)
        .exec();
}

bool ArticleStore::update(qint64 id, const Article &item)
{
    Statement st
        = m_db.prepare("UPDATE articles SET url = ?2, title = ?3, author = ?4, updated = ?5, "
                       "published = coalesce(?6, published) "
                       "WHERE id = ?1 AND (url IS NOT ?2 OR title IS NOT ?3 OR author IS NOT ?4 OR "
                       "updated IS NOT ?5)");
    st.bind(1, id)
        .bind(2, item.url)
        .bind(3, item.title)
        .bind(4, item.author)
        .bind(5, item.updated)
        .bind(6, item.published)
        .exec();
    if (m_db.changes() == 0)
        return false;
    writeBody(id, item, true);
    // Tags follow the body they were read from: not when the page's own body is kept.
    Statement source = m_db.prepare("SELECT source FROM article_bodies WHERE article_id = ?1");
    if (source.bind(1, id).step() && source.text(0) == QLatin1String("feed")) {
        source.reset();
        writeRegions(id, item.regions);
    }
    return true;
}

void ArticleStore::writeBody(qint64 id, const Article &item, bool replace)
{
    // A body extracted from the article page is better than the feed's teaser: never overwrite it.
    Statement st = m_db.prepare(
        "INSERT INTO article_bodies (article_id, summary, html, text, language, lead_image_url, "
        "lead_image_caption, lead_image_credit, pull_quotes, categories, source, page_state, "
        "lead_image_credit_line) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'feed', ?12, ?13) "
        "ON CONFLICT (article_id) DO UPDATE SET summary = excluded.summary, html = excluded.html, "
        "text = excluded.text, language = excluded.language, "
        "lead_image_url = excluded.lead_image_url, lead_image_caption = "
        "excluded.lead_image_caption, "
        "lead_image_credit = excluded.lead_image_credit, categories = excluded.categories, "
        "lead_image_credit_line = excluded.lead_image_credit_line "
        "WHERE ?11 AND source = 'feed'");
    st.bind(1, id)
        .bind(2, item.summary)
        .bind(3, item.html)
        .bind(4, item.text)
        .bind(5, item.language)
        .bind(6, item.leadImage.url)
        .bind(7, item.leadImage.caption)
        .bind(8, item.leadImage.credit)
        .bind(9, quotesToJson(item.pullQuotes))
        .bind(10, listToJson(item.categories))
        .bind(11, replace)
        .bind(12, feedGaveFullText(item) ? QStringLiteral("skipped") : QStringLiteral("pending"))
        .bind(13, item.leadImage.creditLine)
        .exec();
    recordImages(id, item);
}

bool ArticleStore::savePageBody(qint64 id, const Article &page, bool complete)
{
    // No transaction of its own: the writer runs every job in one (and tests call it bare).
    if (!exists(id))
        return false;
    m_db.prepare(
            "INSERT INTO article_bodies (article_id, html, text, language, lead_image_url, "
            "lead_image_caption, lead_image_credit, pull_quotes, complete, source, page_state, "
            "lead_image_credit_line) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'page', 'done', ?10) "
            "ON CONFLICT (article_id) DO UPDATE SET html = excluded.html, text = excluded.text, "
            "language = coalesce(nullif(excluded.language, ''), language), "
            "lead_image_url = excluded.lead_image_url, lead_image_caption = "
            "excluded.lead_image_caption, "
            "lead_image_credit = excluded.lead_image_credit, pull_quotes = excluded.pull_quotes, "
            "complete = excluded.complete, source = 'page', page_state = 'done', page_error = '', "
            "lead_image_credit_line = excluded.lead_image_credit_line")
        .bind(1, id)
        .bind(2, page.html)
        .bind(3, page.text)
        .bind(4, page.language)
        .bind(5, page.leadImage.url)
        .bind(6, page.leadImage.caption)
        .bind(7, page.leadImage.credit)
        .bind(8, quotesToJson(page.pullQuotes))
        .bind(9, complete)
        .bind(10, page.leadImage.creditLine)
        .exec();
    if (!page.author.isEmpty())
        m_db.prepare("UPDATE articles SET author = ?2 WHERE id = ?1 AND author = ''")
            .bind(1, id)
            .bind(2, page.author)
            .exec();
    recordImages(id, page);
    // The whole article names its regions better than a teaser; if it names none, the teaser's
    // stay.
    if (!page.regions.isEmpty())
        writeRegions(id, page.regions);
    return true;
}

std::optional<StoredArticle> ArticleStore::load(qint64 id)
{
    Statement st = m_db.prepare(
        "SELECT a.id, a.feed_id, a.guid, a.url, a.title, a.author, a.published, a.updated, "
        "b.summary, b.html, b.text, b.language, b.lead_image_url, b.lead_image_caption, "
        "b.lead_image_credit, b.pull_quotes, b.categories, b.source, s.read, s.bookmarked, "
        "coalesce(nullif(f.title, ''), f.url), "
        "EXISTS (SELECT 1 FROM images i WHERE i.url = b.lead_image_url AND i.state = 'stored'), "
        "coalesce(b.complete, 1), coalesce(s.note, ''), coalesce(b.lead_image_credit_line, '') "
        "FROM articles a JOIN feeds f ON f.id = a.feed_id "
        "LEFT JOIN article_bodies b ON b.article_id = a.id "
        "LEFT JOIN statuses s ON s.article_id = a.id WHERE a.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    StoredArticle stored;
    Article &a = stored.article;
    a.id = st.int64(0);
    a.feedId = st.int64(1);
    a.guid = st.text(2);
    a.url = st.text(3);
    a.title = st.text(4);
    a.author = st.text(5);
    a.published = st.dateTime(6);
    a.updated = st.dateTime(7);
    a.summary = st.text(8);
    a.html = st.text(9);
    a.text = st.text(10);
    a.language = st.text(11);
    a.leadImage = { st.text(12), st.text(13), st.text(14), st.text(24) };
    a.pullQuotes = quotesFromJson(st.text(15));
    a.categories = listFromJson(st.text(16));
    stored.bodySource = st.text(17);
    stored.status = { st.int64(18) != 0, st.int64(19) != 0, st.text(23) };
    stored.feedTitle = st.text(20);
    stored.leadImageCached = st.int64(21) != 0;
    stored.complete = st.int64(22) != 0;

    Statement regions = m_db.prepare("SELECT region, evidence, from_outlet FROM article_regions "
                                     "WHERE article_id = ?1 ORDER BY region");
    regions.bind(1, id);
    while (regions.step())
        stored.regions.append(
            { regions.text(0), listFromJson(regions.text(1)), regions.int64(2) != 0 });
    return stored;
}

bool ArticleStore::exists(qint64 id)
{
    Statement st = m_db.prepare("SELECT 1 FROM articles WHERE id = ?1");
    st.bind(1, id);
    return st.step();
}

ArticleStatus ArticleStore::status(qint64 id)
{
    Statement st
        = m_db.prepare("SELECT read, bookmarked, note FROM statuses WHERE article_id = ?1");
    st.bind(1, id);
    if (!st.step())
        return {};
    return { st.int64(0) != 0, st.int64(1) != 0, st.text(2) };
}

void ArticleStore::setRead(const QList<qint64> &ids, bool read)
{
    Statement st = m_db.prepare(
        "UPDATE statuses SET read = ?2, changed_at = ?3 WHERE article_id = ?1 AND read <> ?2");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (qint64 id : ids) {
        st.bind(1, id).bind(2, read).bind(3, now).exec();
        st.reset();
    }
}

void ArticleStore::setBookmarked(qint64 id, bool bookmarked, const QString &note)
{
    Statement st = m_db.prepare(
        "UPDATE statuses SET bookmarked = ?2, "
        "bookmarked_at = CASE WHEN ?2 THEN coalesce(bookmarked_at, ?3) ELSE NULL END, "
        "note = CASE WHEN ?2 THEN ?4 ELSE '' END, changed_at = ?3 WHERE article_id = ?1");
    st.bind(1, id)
        .bind(2, bookmarked)
        .bind(3, QDateTime::currentSecsSinceEpoch())
        .bind(4, note)
        .exec();
}

void ArticleStore::setNote(qint64 id, const QString &note)
{
    Statement st = m_db.prepare(
        "UPDATE statuses SET bookmarked = 1, bookmarked_at = coalesce(bookmarked_at, ?3), "
        "note = ?2, changed_at = ?3 WHERE article_id = ?1");
    st.bind(1, id).bind(2, note.trimmed()).bind(3, QDateTime::currentSecsSinceEpoch()).exec();
}

} // namespace oqy
