#include "accountstore.h"

#include "database.h"

namespace oqy {

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

Account readAccount(const Statement &st)
{
    Account a;
    a.id = st.int64(0);
    a.url = st.text(1);
    a.user = st.text(2);
    a.secretId = st.text(3);
    a.addedAt = st.dateTime(4);
    a.lastSync = st.dateTime(5);
    a.lastError = st.text(6);
    a.lastRemoteArticle = st.int64(7);
    return a;
}

constexpr const char *AccountColumns = "SELECT id, url, user, coalesce(secret_id, ''), added_at, "
                                       "last_sync, last_error, last_remote_article FROM accounts ";

} // namespace

qint64 AccountStore::add(const QString &url, const QString &user, const QString &secretId)
{
    Statement insert
        = m_db.prepare("INSERT INTO accounts (kind, url, user, secret_id, added_at) VALUES "
                       "('ttrss', ?1, ?2, ?3, ?4) "
                       "ON CONFLICT (url, user) DO UPDATE SET secret_id = excluded.secret_id");
    insert.bind(1, url).bind(2, user).bind(3, secretId).bind(4, now()).exec();
    Statement find = m_db.prepare("SELECT id FROM accounts WHERE url = ?1 AND user = ?2");
    find.bind(1, url).bind(2, user);
    find.step();
    return find.int64(0);
}

QList<Account> AccountStore::all()
{
    QList<Account> out;
    Statement st = m_db.prepare(std::string(AccountColumns) + "ORDER BY id");
    while (st.step())
        out.append(readAccount(st));
    return out;
}

std::optional<Account> AccountStore::byId(qint64 id)
{
    Statement st = m_db.prepare(std::string(AccountColumns) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readAccount(st);
}

void AccountStore::remove(qint64 id)
{
    // Its feeds go with it (ON DELETE CASCADE): that is no unsubscription to send.
    const SyncRecordingPaused paused(m_db);
    m_db.transaction([&] {
        Statement st = m_db.prepare("DELETE FROM accounts WHERE id = ?1");
        st.bind(1, id).exec();
    });
}

void AccountStore::recordSync(qint64 id, const QString &error)
{
    Statement st
        = m_db.prepare("UPDATE accounts SET last_error = ?2, "
                       "last_sync = CASE WHEN ?2 = '' THEN ?3 ELSE last_sync END WHERE id = ?1");
    st.bind(1, id).bind(2, error).bind(3, now()).exec();
}

void AccountStore::setLastRemoteArticle(qint64 id, qint64 remoteId)
{
    Statement st = m_db.prepare(
        "UPDATE accounts SET last_remote_article = max(last_remote_article, ?2) WHERE id = ?1");
    st.bind(1, id).bind(2, remoteId).exec();
}

QList<AccountStore::LinkedFeed> AccountStore::feeds(qint64 accountId)
{
    QList<LinkedFeed> out;
    Statement st = m_db.prepare("SELECT id, coalesce(remote_id, 0), url, folder FROM feeds WHERE "
                                "account_id = ?1 ORDER BY id");
    st.bind(1, accountId);
    while (st.step())
        out.append({ st.int64(0), st.int64(1), st.text(2), st.text(3) });
    return out;
}

qint64 AccountStore::linkFeed(qint64 accountId, const RemoteFeed &feed)
{
    Statement known = m_db.prepare("SELECT id FROM feeds WHERE account_id = ?1 AND remote_id = ?2");
    known.bind(1, accountId).bind(2, feed.remoteId);
    qint64 id = known.step() ? known.int64(0) : 0;
    if (id == 0) {
        // The same address: a subscription made in Oqy and now on the server, or a feed the reader
        // followed on their own before (it is the account's from now on, read marks included).
        Statement byUrl = m_db.prepare("SELECT id FROM feeds WHERE url = ?1");
        byUrl.bind(1, feed.url);
        id = byUrl.step() ? byUrl.int64(0) : 0;
    }
    if (id == 0) {
        Statement insert = m_db.prepare(
            "INSERT INTO feeds (url, kind, title, folder, added_at, account_id, remote_id) "
            "VALUES (?1, 'feed', ?2, ?3, ?4, ?5, ?6)");
        insert.bind(1, feed.url)
            .bind(2, feed.title)
            .bind(3, feed.folder)
            .bind(4, now())
            .bind(5, accountId)
            .bind(6, feed.remoteId)
            .exec();
        return m_db.lastInsertRowId();
    }
    Statement update
        = m_db.prepare("UPDATE feeds SET account_id = ?2, remote_id = ?3, folder = ?4, "
                       "title = CASE WHEN ?5 <> '' THEN ?5 ELSE title END WHERE id = ?1");
    update.bind(1, id)
        .bind(2, accountId)
        .bind(3, feed.remoteId)
        .bind(4, feed.folder)
        .bind(5, feed.title)
        .exec();
    return id;
}

qint64 AccountStore::subscribe(qint64 accountId, const QString &url, const QString &folder)
{
    Statement insert = m_db.prepare("INSERT INTO feeds (url, kind, folder, added_at, account_id) "
                                    "VALUES (?1, 'feed', ?2, ?3, ?4) "
                                    "ON CONFLICT (url) DO UPDATE SET account_id = "
                                    "excluded.account_id, folder = excluded.folder "
                                    "WHERE feeds.account_id IS NULL");
    insert.bind(1, url).bind(2, folder).bind(3, now()).bind(4, accountId).exec();
    Statement find = m_db.prepare("SELECT id FROM feeds WHERE url = ?1");
    find.bind(1, url);
    find.step();
    return find.int64(0);
}

std::optional<qint64> AccountStore::articleFor(qint64 accountId, qint64 remoteId)
{
    Statement st = m_db.prepare(
        "SELECT article_id FROM remote_articles WHERE account_id = ?1 AND remote_id = ?2");
    st.bind(1, accountId).bind(2, remoteId);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

void AccountStore::linkArticle(qint64 articleId, qint64 accountId, qint64 remoteId)
{
    Statement st = m_db.prepare("INSERT INTO remote_articles (article_id, account_id, remote_id) "
                                "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
    st.bind(1, articleId).bind(2, accountId).bind(3, remoteId).exec();
}

QHash<qint64, qint64> AccountStore::articles(qint64 accountId)
{
    QHash<qint64, qint64> out;
    Statement st
        = m_db.prepare("SELECT remote_id, article_id FROM remote_articles WHERE account_id = ?1");
    st.bind(1, accountId);
    while (st.step())
        out.insert(st.int64(0), st.int64(1));
    return out;
}

QList<AccountStore::Change> AccountStore::pendingChanges(qint64 accountId)
{
    QList<Change> out;
    Statement st = m_db.prepare("SELECT remote_id, field, value, changed_at FROM sync_changes "
                                "WHERE account_id = ?1 ORDER BY changed_at");
    st.bind(1, accountId);
    while (st.step())
        out.append({ st.int64(0),
            st.text(1) == QLatin1String("read") ? Change::Field::Read : Change::Field::Bookmarked,
            st.int64(2) != 0, st.int64(3) });
    return out;
}

void AccountStore::clearChanges(qint64 accountId, const QList<Change> &sent)
{
    m_db.transaction([&] {
        Statement st
            = m_db.prepare("DELETE FROM sync_changes WHERE account_id = ?1 AND remote_id = ?2 "
                           "AND field = ?3 AND value = ?4 AND changed_at = ?5");
        for (const Change &c : sent) {
            st.bind(1, accountId)
                .bind(2, c.remoteId)
                .bind(3, c.field == Change::Field::Read ? "read" : "bookmarked")
                .bind(4, c.value)
                .bind(5, c.changedAt)
                .exec();
            st.reset();
        }
    });
}

QList<qint64> AccountStore::pendingUnsubscribes(qint64 accountId)
{
    QList<qint64> out;
    Statement st = m_db.prepare("SELECT remote_id FROM sync_unsubscribed WHERE account_id = ?1");
    st.bind(1, accountId);
    while (st.step())
        out.append(st.int64(0));
    return out;
}

void AccountStore::clearUnsubscribe(qint64 accountId, qint64 remoteId)
{
    Statement st
        = m_db.prepare("DELETE FROM sync_unsubscribed WHERE account_id = ?1 AND remote_id = ?2");
    st.bind(1, accountId).bind(2, remoteId).exec();
}

} // namespace oqy
