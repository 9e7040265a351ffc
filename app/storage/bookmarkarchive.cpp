#include "bookmarkarchive.h"

#include "articlestore.h"
#include "database.h"
#include "feedstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oqy::bookmarks {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString escapeHtml(const QString &s)
{
    return s.toHtmlEscaped();
}

struct Entry
{
    StoredArticle stored;
    QString guid;
    QString feedUrl;
    QString note;
    QDateTime bookmarkedAt;
};

QList<Entry> bookmarked(Database &db)
{
    QList<Entry> entries;
    Statement st
        = db.prepare("SELECT s.article_id, s.note, s.bookmarked_at, a.guid, f.url FROM statuses s "
                     "JOIN articles a ON a.id = s.article_id JOIN feeds f ON f.id = a.feed_id "
                     "WHERE s.bookmarked = 1 ORDER BY s.bookmarked_at, s.article_id");
    QList<Entry> rows;
    while (st.step()) {
        Entry e;
        e.stored.article.id = st.int64(0);
        e.note = st.text(1);
        e.bookmarkedAt = st.dateTime(2);
        e.guid = st.text(3);
        e.feedUrl = st.text(4);
        rows.append(e);
    }
    ArticleStore store(db);
    for (Entry &e : rows)
        if (const auto loaded = store.load(e.stored.article.id)) {
            e.stored = *loaded;
            entries.append(e);
        }
    return entries;
}

} // namespace

QByteArray exportJson(Database &db)
{
    QJsonArray list;
    for (const Entry &e : bookmarked(db)) {
        const Article &a = e.stored.article;
        QJsonArray quotes;
        for (const PullQuote &q : a.pullQuotes)
            quotes.append(QJsonObject { { QStringLiteral("text"), q.text },
                { QStringLiteral("attribution"), q.attribution } });
        QJsonArray regions;
        for (const RegionTag &t : e.stored.regions)
            regions.append(QJsonObject { { QStringLiteral("slug"), t.slug },
                { QStringLiteral("evidence"), QJsonArray::fromStringList(t.evidence) },
                { QStringLiteral("from_outlet"), t.fromOutlet } });
        list.append(QJsonObject {
            { QStringLiteral("url"), a.url },
            { QStringLiteral("guid"), e.guid },
            { QStringLiteral("title"), a.title },
            { QStringLiteral("author"), a.author },
            { QStringLiteral("published"), iso(a.published) },
            { QStringLiteral("feed_url"), e.feedUrl },
            { QStringLiteral("feed_title"), e.stored.feedTitle },
            { QStringLiteral("note"), e.note },
            { QStringLiteral("bookmarked_at"), iso(e.bookmarkedAt) },
            { QStringLiteral("summary"), a.summary },
            { QStringLiteral("html"), a.html },
            { QStringLiteral("text"), a.text },
            { QStringLiteral("language"), a.language },
            { QStringLiteral("lead_image"),
                QJsonObject { { QStringLiteral("url"), a.leadImage.url },
                    { QStringLiteral("caption"), a.leadImage.caption },
                    { QStringLiteral("credit"), a.leadImage.credit },
                    { QStringLiteral("credit_line"), a.leadImage.creditLine } } },
            { QStringLiteral("pull_quotes"), quotes },
            { QStringLiteral("categories"), QJsonArray::fromStringList(a.categories) },
            { QStringLiteral("regions"), regions },
        });
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("format"), QStringLiteral("oqy-bookmarks") },
            { QStringLiteral("version"), 1 }, { QStringLiteral("bookmarks"), list } })
        .toJson(QJsonDocument::Indented);
}

QByteArray exportHtml(Database &db)
{
    // The Netscape bookmark file every browser imports.
    QString html
        = QStringLiteral("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV=\"Content-Type\" "
                         "CONTENT=\"text/html; charset=UTF-8\">\n<TITLE>Oqy bookmarks</TITLE>\n"
                         "<H1>Oqy bookmarks</H1>\n<DL><p>\n");
    for (const Entry &e : bookmarked(db)) {
        html += QStringLiteral("    <DT><A HREF=\"%1\" ADD_DATE=\"%2\">%3</A>\n")
                    .arg(escapeHtml(e.stored.article.url))
                    .arg(e.bookmarkedAt.isValid() ? e.bookmarkedAt.toSecsSinceEpoch() : 0)
                    .arg(escapeHtml(e.stored.article.title));
        if (!e.note.isEmpty())
            html += QStringLiteral("    <DD>%1\n").arg(escapeHtml(e.note));
    }
    html += QStringLiteral("</DL><p>\n");
    return html.toUtf8();
}

ImportResult importJson(Database &db, const QByteArray &json)
{
    ImportResult result;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("oqy-bookmarks")) {
        result.error = QStringLiteral("not an Oqy bookmark archive");
        return result;
    }
    ArticleStore store(db);
    FeedStore feeds(db);
    for (const QJsonValue &value : root.value(QLatin1String("bookmarks")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString feedUrl = o.value(QLatin1String("feed_url")).toString();
        if (feedUrl.isEmpty())
            continue;
        const qint64 feed
            = feeds.add(feedUrl, Feed::Kind::Feed, o.value(QLatin1String("feed_title")).toString());
        Article a;
        a.guid = o.value(QLatin1String("guid")).toString();
        if (a.guid.isEmpty())
            a.guid = o.value(QLatin1String("url")).toString();
        a.url = o.value(QLatin1String("url")).toString();
        a.title = o.value(QLatin1String("title")).toString();
        a.author = o.value(QLatin1String("author")).toString();
        a.published
            = QDateTime::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate);
        a.summary = o.value(QLatin1String("summary")).toString();
        a.html = o.value(QLatin1String("html")).toString();
        a.text = o.value(QLatin1String("text")).toString();
        a.language = o.value(QLatin1String("language")).toString();
        const QJsonObject lead = o.value(QLatin1String("lead_image")).toObject();
        a.leadImage = { lead.value(QLatin1String("url")).toString(),
            lead.value(QLatin1String("caption")).toString(),
            lead.value(QLatin1String("credit")).toString(),
            lead.value(QLatin1String("credit_line")).toString() };
        for (const QJsonValue &q : o.value(QLatin1String("pull_quotes")).toArray())
            a.pullQuotes.append({ q[QLatin1String("text")].toString(),
                q[QLatin1String("attribution")].toString() });
        for (const QJsonValue &c : o.value(QLatin1String("categories")).toArray())
            a.categories.append(c.toString());
        for (const QJsonValue &r : o.value(QLatin1String("regions")).toArray()) {
            QStringList evidence;
            for (const QJsonValue &ev : r[QLatin1String("evidence")].toArray())
                evidence.append(ev.toString());
            a.regions.append({ r[QLatin1String("slug")].toString(), evidence,
                r[QLatin1String("from_outlet")].toBool() });
        }
        // An article retention removed comes back: the reader asked for it.
        db.prepare("DELETE FROM retired_articles WHERE feed_id = ?1 AND guid = ?2")
            .bind(1, feed)
            .bind(2, a.guid)
            .exec();
        Statement find = db.prepare("SELECT id FROM articles WHERE feed_id = ?1 AND guid = ?2");
        qint64 id = find.bind(1, feed).bind(2, a.guid).step() ? find.int64(0) : 0;
        find.reset();
        if (id == 0) {
            id = store.saveFromFeed(feed, { a }).newIds.value(0);
            ++result.added;
        } else {
            ++result.updated;
        }
        if (id == 0)
            continue;
        store.setBookmarked(id, true, o.value(QLatin1String("note")).toString());
        const QDateTime at = QDateTime::fromString(
            o.value(QLatin1String("bookmarked_at")).toString(), Qt::ISODate);
        if (at.isValid())
            db.prepare("UPDATE statuses SET bookmarked_at = ?2 WHERE article_id = ?1")
                .bind(1, id)
                .bind(2, at)
                .exec();
    }
    return result;
}

} // namespace oqy::bookmarks
