#pragma once

#include "net/fetchresult.h"
#include "storage/articlestore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace oqy {

class HttpFetcher;
class StorageWriter;

struct CacheSummary
{
    int pages = 0;
    int pagesFailed = 0;
    int images = 0;
    int imagesFailed = 0;
    qint64 bytes = 0;
};

// Makes articles readable offline: fetches the article pages of items whose feed gave only a
// teaser, extracts them off the GUI thread (ArticleExtractor, with the built-in and the user's site
// rules), stores the result through the writer, and downloads the photos they show (lead and
// inline), checking each by its bytes and storing it once per content hash. Requests are bounded
// in total and per host, each kind with its own size limit; a failure is recorded on the article or
// the image and never stops the others.
class ArticleCacher : public QObject
{
    Q_OBJECT
public:
    ArticleCacher(StorageWriter *writer, QNetworkAccessManager *network, const QString &imagesPath,
        const QString &siteRulesPath = {}, QObject *parent = nullptr);

    static constexpr int DefaultTotal = 120;
    static constexpr int DefaultPerHost = 4;

    void setConcurrency(int total, int perHost);
    bool isRunning() const { return m_total > 0; }

    // Queues work; what is already queued or running is not queued twice.
    void start(const QList<ArticleStore::PageToFetch> &pages, const QStringList &images);
    // Stops queued work (what is in flight ends by itself); `finished` follows.
    void cancel();
    // Ends now: everything not done yet counts as failed (and is tried again by the next run),
    // `finished` follows at once, and what the work in flight reports later is ignored.
    void abandon();

    static constexpr qint64 MaxPageBytes = 8 * 1024 * 1024;
    static constexpr qint64 MaxImageBytes = 15 * 1024 * 1024;

signals:
    void progress(int done, int total);
    void pageCached(qint64 articleId);
    void finished(const oqy::CacheSummary &summary);

private:
    struct Job
    {
        qint64 articleId = 0; // a page when non-zero, else an image
        QUrl url;
    };

    void enqueue(const Job &job);
    void pump();
    void pageFetched(const Job &job, const FetchResult &result);
    void imageFetched(const Job &job, const FetchResult &result);
    void done(bool ok, qint64 bytes, bool page);
    bool current(quint64 generation) const { return generation == m_generation; }

    StorageWriter *m_writer;
    HttpFetcher *m_fetcher;
    QString m_imagesPath;
    QString m_siteRulesPath;
    QList<Job> m_queue;
    QSet<QString> m_known; // URLs queued in this run
    QHash<QString, int> m_perHost;
    int m_maxTotal = DefaultTotal;
    int m_maxPerHost = DefaultPerHost;
    int m_running = 0;
    int m_inFlight = 0; // fetched, not yet stored
    int m_done = 0;
    int m_total = 0;
    CacheSummary m_summary;
    int m_pagesLeft = 0; // queued or in flight, for abandon()'s count of what failed
    quint64 m_generation = 0; // a new one after abandon()
};

} // namespace oqy
