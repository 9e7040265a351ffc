#include "accountsync.h"

#include "ttrssclient.h"

#include "extract/htmlentities.h"
#include "extract/htmlsanitizer.h"
#include "extract/htmltext.h"
#include "feeds/feedarticles.h"
#include "regions/regiontagger.h"
#include "storage/accountstore.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace oqy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sync)
};

// Ends the sync with a message; the caller records it on the account.
struct SyncFailed
{
    QString message;
};

// The API's "feed" ids of its virtual feeds and view modes (api/index.php, level 15).
constexpr int AllArticles = -4;
constexpr int Starred = -1;
constexpr int AllFeeds = -3;
// updateArticle's fields and modes.
constexpr int FieldStarred = 0;
constexpr int FieldUnread = 2;

// A headline with its content as Oqy stores an article: the server's HTML sanitised like any
// feed's, its plain text, lead photo and regions.
Article articleFrom(const QJsonObject &h, const regions::RegionTagger &tagger)
{
    Article a;
    const qint64 remoteId = h.value(QLatin1String("id")).toInteger();
    a.guid = QStringLiteral("tt-rss:%1").arg(remoteId);
    a.url = feeds::webAddress({}, h.value(QLatin1String("link")).toString());
    a.title = collapseWhitespace(decodeHtmlEntities(h.value(QLatin1String("title")).toString()));
    a.author = collapseWhitespace(h.value(QLatin1String("author")).toString());
    const qint64 updated = h.value(QLatin1String("updated")).toInteger();
    a.published = updated > 0 ? QDateTime::fromSecsSinceEpoch(updated, Qt::UTC)
                              : QDateTime::currentDateTimeUtc();
    HtmlSanitizer::Options options;
    options.base = QUrl(a.url);
    options.plainText = &a.text;
    a.html
        = HtmlSanitizer::sanitize(h.value(QLatin1String("content")).toString(), options).trimmed();
    if (a.title.isEmpty())
        a.title = a.text.left(120);
    for (const QJsonValue &tag : h.value(QLatin1String("tags")).toArray())
        if (!tag.toString().trimmed().isEmpty())
            a.categories.append(tag.toString().trimmed());
    QString image = feeds::webAddress({}, h.value(QLatin1String("flavor_image")).toString());
    if (image.isEmpty())
        for (const QJsonValue &v : h.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject attachment = v.toObject();
            if (attachment.value(QLatin1String("content_type"))
                    .toString()
                    .startsWith(QLatin1String("image/"))) {
                image = feeds::webAddress(
                    {}, attachment.value(QLatin1String("content_url")).toString());
                break;
            }
        }
    if (image.isEmpty())
        image = feeds::webAddress({}, feeds::firstImage(a.html));
    a.leadImage.url = image;
    a.regions = tagger.tag(a.title, a.text);
    return a;
}

class Run
{
public:
    Run(Database &db, TtrssClient &client, const Account &account, int pageSize)
        : m_db(db)
        , m_client(client)
        , m_account(account)
        , m_store(db)
        , m_pageSize(pageSize)
    { }

    void sync(const Credentials &credentials)
    {
        const QString loginError = m_client.login(credentials.user, credentials.password);
        if (!loginError.isEmpty())
            throw SyncFailed { loginError };
        sendUnsubscriptions();
        const QHash<qint64, QString> folders = categories();
        sendSubscriptions(folders);
        receiveSubscriptions(folders);
        sendChanges();
        receiveArticles();
        receiveMarks();
    }

    SyncReport report;

private:
    QJsonValue call(const QString &op, const QJsonObject &params)
    {
        QString error;
        const QJsonValue content = m_client.call(op, params, &error);
        if (!error.isEmpty())
            throw SyncFailed { error };
        return content;
    }

    void sendUnsubscriptions()
    {
        for (qint64 remoteId : m_store.pendingUnsubscribes(m_account.id)) {
            QString error;
            m_client.call(QStringLiteral("unsubscribeFeed"),
                { { QStringLiteral("feed_id"), remoteId } }, &error);
            // A feed already gone from the server is as good as removed.
            if (!error.isEmpty() && !error.contains(QLatin1String("FEED_NOT_FOUND")))
                throw SyncFailed { error };
            m_store.clearUnsubscribe(m_account.id, remoteId);
            ++report.unsubscriptionsSent;
        }
    }

    QHash<qint64, QString> categories()
    {
        QHash<qint64, QString> out;
        const QJsonValue content = call(QStringLiteral("getCategories"),
            { { QStringLiteral("include_empty"), true },
                { QStringLiteral("enable_nested"), false } });
        for (const QJsonValue &v : content.toArray()) {
            const QJsonObject c = v.toObject();
            const qint64 id = c.value(QLatin1String("id")).toVariant().toLongLong();
            if (id > 0) // the virtual ones (Special, Labels) and Uncategorized (0) are no folders
                out.insert(id, c.value(QLatin1String("title")).toString());
        }
        return out;
    }

    void sendSubscriptions(const QHash<qint64, QString> &folders)
    {
        for (const AccountStore::LinkedFeed &feed : m_store.feeds(m_account.id)) {
            if (feed.remoteId != 0)
                continue;
            // The API cannot make categories: a folder the server has is used, else none.
            const qint64 category = folders.key(feed.folder, 0);
            const QJsonObject answer = call(QStringLiteral("subscribeToFeed"),
                { { QStringLiteral("feed_url"), feed.url },
                    { QStringLiteral("category_id"),
                        category } }).toObject();
            const int code = answer.value(QLatin1String("status"))
                                 .toObject()
                                 .value(QLatin1String("code"))
                                 .toInt(-1);
            if (code != 0 && code != 1) {
                // This subscription cannot be made; the rest of the sync still runs.
                const QString message = answer.value(QLatin1String("status"))
                                            .toObject()
                                            .value(QLatin1String("message"))
                                            .toString();
                FeedStore(m_db).recordFailure(feed.feedId,
                    Text::tr("Tiny Tiny RSS could not subscribe to it (code %1%2).")
                        .arg(code)
                        .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message),
                    {});
                continue;
            }
            ++report.subscriptionsSent;
        }
    }

    void receiveSubscriptions(const QHash<qint64, QString> &folders)
    {
        const QJsonValue content
            = call(QStringLiteral("getFeeds"), { { QStringLiteral("cat_id"), AllFeeds } });
        QSet<qint64> onServer;
        const QList<AccountStore::LinkedFeed> before = m_store.feeds(m_account.id);
        const SyncRecordingPaused fromServer(m_db); // what the server says is not sent back
        m_db.transaction([&] {
            for (const QJsonValue &v : content.toArray()) {
                const QJsonObject f = v.toObject();
                AccountStore::RemoteFeed feed;
                feed.remoteId = f.value(QLatin1String("id")).toVariant().toLongLong();
                feed.url = f.value(QLatin1String("feed_url")).toString();
                feed.title = f.value(QLatin1String("title")).toString();
                feed.folder
                    = folders.value(f.value(QLatin1String("cat_id")).toVariant().toLongLong());
                if (feed.remoteId <= 0 || feed.url.isEmpty())
                    continue;
                onServer.insert(feed.remoteId);
                const bool known = std::any_of(before.begin(), before.end(),
                    [&](const AccountStore::LinkedFeed &l) { return l.remoteId == feed.remoteId; });
                const qint64 id = m_store.linkFeed(m_account.id, feed);
                m_feeds.insert(feed.remoteId, id);
                if (!known)
                    ++report.feedsAdded;
            }
            // Unsubscribed on another device (or in the server's own pages): gone here too.
            FeedStore feeds(m_db);
            for (const AccountStore::LinkedFeed &l : before)
                if (l.remoteId != 0 && !onServer.contains(l.remoteId)) {
                    feeds.remove(l.feedId);
                    ++report.feedsRemoved;
                }
        });
    }

    void sendChanges()
    {
        const QList<AccountStore::Change> changes = m_store.pendingChanges(m_account.id);
        // One request per field and value, with all its articles.
        for (const auto field :
            { AccountStore::Change::Field::Read, AccountStore::Change::Field::Bookmarked })
            for (const bool value : { false, true }) {
                QList<AccountStore::Change> batch;
                QStringList ids;
                for (const AccountStore::Change &c : changes)
                    if (c.field == field && c.value == value) {
                        batch.append(c);
                        ids.append(QString::number(c.remoteId));
                    }
                if (batch.isEmpty())
                    continue;
                const bool read = field == AccountStore::Change::Field::Read;
                // The ids go as one comma-separated string: the API fails on a JSON array.
                call(QStringLiteral("updateArticle"),
                    { { QStringLiteral("article_ids"), ids.join(QLatin1Char(',')) },
                        { QStringLiteral("field"), read ? FieldUnread : FieldStarred },
                        { QStringLiteral("mode"), read ? int(!value) : int(value) } });
                m_store.clearChanges(m_account.id, batch);
                report.changesSent += int(batch.size());
            }
    }

    // Pages through getHeadlines; `each` gets every headline.
    template<class Each> void headlines(QJsonObject params, Each each)
    {
        params.insert(QStringLiteral("limit"), m_pageSize);
        for (int skip = 0;; skip += m_pageSize) {
            params.insert(QStringLiteral("skip"), skip);
            const QJsonArray page = call(QStringLiteral("getHeadlines"), params).toArray();
            for (const QJsonValue &v : page)
                each(v.toObject());
            if (page.size() < m_pageSize)
                break;
        }
    }

    void receiveArticles()
    {
        // Newest first, as the API gives them; stored by feed once all have come.
        QHash<qint64, QList<QJsonObject>> byFeed;
        qint64 newest = m_account.lastRemoteArticle;
        headlines({ { QStringLiteral("feed_id"), AllArticles },
                      { QStringLiteral("view_mode"), QStringLiteral("all_articles") },
                      { QStringLiteral("since_id"), m_account.lastRemoteArticle },
                      { QStringLiteral("show_content"), true },
                      { QStringLiteral("include_attachments"), true } },
            [&](const QJsonObject &h) {
                const qint64 id = h.value(QLatin1String("id")).toInteger();
                newest = qMax(newest, id);
                byFeed[h.value(QLatin1String("feed_id")).toVariant().toLongLong()].append(h);
            });
        const regions::RegionTagger tagger;
        const SyncRecordingPaused fromServer(m_db); // what the server says is not sent back
        m_db.transaction([&] {
            ArticleStore articles(m_db);
            Statement find
                = m_db.prepare("SELECT id FROM articles WHERE feed_id = ?1 AND guid = ?2");
            for (auto it = byFeed.cbegin(); it != byFeed.cend(); ++it) {
                const qint64 feedId = m_feeds.value(it.key());
                if (feedId == 0)
                    continue; // archived (feed 0) or a feed the list did not name
                QList<Article> items;
                for (const QJsonObject &h : it.value())
                    items.append(articleFrom(h, tagger));
                report.newArticles += int(articles.saveFromFeed(feedId, items).newIds.size());
                for (qsizetype i = 0; i < items.size(); ++i) {
                    find.bind(1, feedId).bind(2, items[i].guid);
                    if (find.step()) {
                        const qint64 articleId = find.int64(0);
                        const QJsonObject &h = it.value()[i];
                        m_store.linkArticle(
                            articleId, m_account.id, h.value(QLatin1String("id")).toInteger());
                        articles.setRead({ articleId }, !h.value(QLatin1String("unread")).toBool());
                        if (h.value(QLatin1String("marked")).toBool())
                            articles.setBookmarked(articleId, true);
                    }
                    find.reset();
                }
            }
            m_store.setLastRemoteArticle(m_account.id, newest);
        });
    }

    void receiveMarks()
    {
        QSet<qint64> unread;
        headlines({ { QStringLiteral("feed_id"), AllArticles },
                      { QStringLiteral("view_mode"), QStringLiteral("unread") },
                      { QStringLiteral("show_content"), false } },
            [&](const QJsonObject &h) { unread.insert(h.value(QLatin1String("id")).toInteger()); });
        QSet<qint64> starred;
        headlines({ { QStringLiteral("feed_id"), Starred },
                      { QStringLiteral("view_mode"), QStringLiteral("all_articles") },
                      { QStringLiteral("show_content"), false } },
            [&](const QJsonObject &h) {
                starred.insert(h.value(QLatin1String("id")).toInteger());
            });

        const SyncRecordingPaused fromServer(m_db); // what the server says is not sent back
        m_db.transaction([&] {
            // A mark made in Oqy while this sync ran is newer than the server's: it stays, and
            // goes up next time.
            QSet<QPair<qint64, int>> pending;
            for (const AccountStore::Change &c : m_store.pendingChanges(m_account.id))
                pending.insert({ c.remoteId, int(c.field) });
            ArticleStore articles(m_db);
            const QHash<qint64, qint64> linked = m_store.articles(m_account.id);
            for (auto it = linked.cbegin(); it != linked.cend(); ++it) {
                const ArticleStatus status = articles.status(it.value());
                const bool read = !unread.contains(it.key());
                const bool bookmarked = starred.contains(it.key());
                if (status.read != read
                    && !pending.contains({ it.key(), int(AccountStore::Change::Field::Read) })) {
                    articles.setRead({ it.value() }, read);
                    ++report.stateChanges;
                }
                if (status.bookmarked != bookmarked
                    && !pending.contains(
                        { it.key(), int(AccountStore::Change::Field::Bookmarked) })) {
                    articles.setBookmarked(it.value(), bookmarked);
                    ++report.stateChanges;
                }
            }
        });
    }

    Database &m_db;
    TtrssClient &m_client;
    Account m_account;
    AccountStore m_store;
    int m_pageSize;
    QHash<qint64, qint64> m_feeds; // server feed id → local feed id
};

} // namespace

AccountSync::AccountSync(Database &db, QNetworkAccessManager *network)
    : m_db(db)
    , m_network(network)
{ }

SyncReport AccountSync::run(const Account &account, const Credentials &credentials)
{
    TtrssClient client(m_network, QUrl(account.url));
    client.setTimeout(m_timeoutMs);
    Run run(m_db, client, account, m_pageSize);
    try {
        run.sync(credentials);
    } catch (const SyncFailed &failure) {
        run.report.error = failure.message;
    } catch (const SqlError &e) {
        run.report.error = e.message();
    }
    try {
        AccountStore(m_db).recordSync(account.id, run.report.error);
    } catch (const SqlError &) {
        // The report still says what happened; the next sync records again.
    }
    return run.report;
}

} // namespace oqy
