#include "feedstore.h"

#include "database.h"

namespace oqy {

namespace {

constexpr const char *FeedColumns
    = "id, coalesce(outlet_id, 0), kind, url, title, site_url, added_at, last_success, "
      "last_attempt, last_error, next_attempt, failure_count, folder, coalesce(refresh_minutes, "
      "0), "
      "retry_after, coalesce(secret_id, ''), coalesce(account_id, 0)";

Feed readFeed(const Statement &st)
{
    Feed feed;
    feed.id = st.int64(0);
    feed.outletId = st.int64(1);
    feed.kind = st.text(2) == QLatin1String("newslist") ? Feed::Kind::NewsList : Feed::Kind::Feed;
    feed.url = st.text(3);
    feed.title = st.text(4);
    feed.siteUrl = st.text(5);
    feed.addedAt = st.dateTime(6);
    feed.lastSuccess = st.dateTime(7);
    feed.lastAttempt = st.dateTime(8);
    feed.lastError = st.text(9);
    feed.nextAttempt = st.dateTime(10);
    feed.failureCount = st.integer(11);
    feed.folder = st.text(12);
    feed.secretId = st.text(15);
    feed.refreshMinutes = st.integer(13);
    feed.retryAfter = st.dateTime(14);
    feed.accountId = st.int64(16);
    return feed;
}

std::string select(const char *where)
{
    return std::string("SELECT ") + FeedColumns + " FROM feeds " + where;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

qint64 FeedStore::add(const QString &url, Feed::Kind kind, const QString &title)
{
    Statement insert
        = m_db.prepare("INSERT INTO feeds (url, kind, title, added_at) VALUES (?1, ?2, ?3, ?4) "
                       "ON CONFLICT (url) DO NOTHING");
    insert.bind(1, url)
        .bind(2, kind == Feed::Kind::NewsList ? "newslist" : "feed")
        .bind(3, title)
        .bind(4, now())
        .exec();
    if (m_db.changes() == 1)
        return m_db.lastInsertRowId();
    return byUrl(url)->id;
}

void FeedStore::setFolder(qint64 id, const QString &folder)
{
    Statement st = m_db.prepare("UPDATE feeds SET folder = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, folder).exec();
}

std::optional<Feed> FeedStore::byId(qint64 id)
{
    Statement st = m_db.prepare(select("WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readFeed(st);
}

std::optional<Feed> FeedStore::byUrl(const QString &url)
{
    Statement st = m_db.prepare(select("WHERE url = ?1"));
    st.bind(1, url);
    if (!st.step())
        return std::nullopt;
    return readFeed(st);
}

QList<Feed> FeedStore::all()
{
    QList<Feed> feeds;
    Statement st = m_db.prepare(
        select("ORDER BY lower(folder), lower(coalesce(nullif(title, ''), url)), id"));
    while (st.step())
        feeds.append(readFeed(st));
    return feeds;
}

bool FeedStore::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM feeds WHERE id = ?1");
    st.bind(1, id).exec();
    return m_db.changes() > 0;
}

FeedStore::Validators FeedStore::validators(qint64 id)
{
    Statement st = m_db.prepare("SELECT coalesce(etag, ''), coalesce(last_modified, ''), body_hash "
                                "FROM feeds WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return {};
    return { st.text(0), st.text(1), st.blob(2) };
}

void FeedStore::recordSuccess(qint64 id, const QString &title, const QString &siteUrl,
    const Validators &validators, const QDateTime &nextAttempt)
{
    Statement st
        = m_db.prepare("UPDATE feeds SET title = CASE WHEN ?2 <> '' THEN ?2 ELSE title END, "
                       "site_url = CASE WHEN ?3 <> '' THEN ?3 ELSE site_url END, "
                       "etag = nullif(?4, ''), last_modified = nullif(?5, ''), body_hash = ?6, "
                       "last_attempt = ?7, last_success = ?7, last_error = '', failure_count = 0, "
                       "next_attempt = ?8, retry_after = NULL WHERE id = ?1");
    st.bind(1, id)
        .bind(2, title)
        .bind(3, siteUrl)
        .bind(4, validators.etag)
        .bind(5, validators.lastModified)
        .bind(6, validators.bodyHash)
        .bind(7, now())
        .bind(8, nextAttempt.toSecsSinceEpoch())
        .exec();
}

void FeedStore::recordUnchanged(qint64 id, const QDateTime &nextAttempt)
{
    Statement st = m_db.prepare("UPDATE feeds SET last_attempt = ?2, last_success = ?2, "
                                "last_error = '', failure_count = 0, next_attempt = ?3, "
                                "retry_after = NULL WHERE id = ?1");
    st.bind(1, id).bind(2, now()).bind(3, nextAttempt.toSecsSinceEpoch()).exec();
}

void FeedStore::recordFailure(
    qint64 id, const QString &error, const QDateTime &nextAttempt, const QDateTime &retryAfter)
{
    Statement st = m_db.prepare("UPDATE feeds SET last_attempt = ?2, last_error = ?3, "
                                "failure_count = failure_count + 1, next_attempt = ?4, "
                                "retry_after = ?5 WHERE id = ?1");
    st.bind(1, id).bind(2, now()).bind(3, error).bind(4, nextAttempt.toSecsSinceEpoch());
    if (retryAfter.isValid())
        st.bind(5, retryAfter.toSecsSinceEpoch());
    st.exec();
}

void FeedStore::setRefreshMinutes(qint64 id, int minutes)
{
    Statement st = m_db.prepare("UPDATE feeds SET refresh_minutes = nullif(?2, 0) WHERE id = ?1");
    st.bind(1, id).bind(2, qMax(0, minutes)).exec();
}

void FeedStore::updateUrl(qint64 id, const QString &url)
{
    Statement st = m_db.prepare("UPDATE OR IGNORE feeds SET url = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, url).exec();
}

void FeedStore::setSecretId(qint64 id, const QString &secretId)
{
    m_db.prepare("UPDATE feeds SET secret_id = nullif(?2, '') WHERE id = ?1")
        .bind(1, id)
        .bind(2, secretId)
        .exec();
}

} // namespace oqy
