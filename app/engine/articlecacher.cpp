#include "articlecacher.h"

#include "extract/articleextractor.h"
#include "net/httpfetcher.h"
#include "net/imagetype.h"
#include "regions/regiontagger.h"
#include "storage/database.h"
#include "storage/imagefiles.h"
#include "storage/imagestore.h"
#include "storage/storagewriter.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace oqy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ArticleCacher)
};

// One extractor per worker thread: it keeps its class-name cache across pages.
ArticleExtractor &extractorForThisThread(const QString &siteRulesPath)
{
    thread_local ArticleExtractor extractor([&] {
        extract::SiteRules rules = extract::SiteRules::builtIn();
        rules.overrideWith(extract::SiteRules::loadUserFile(siteRulesPath));
        return rules;
    }());
    return extractor;
}

struct ExtractedPage
{
    Article article;
    bool complete = false;
    QStringList images;
    QString error;
};

struct StoredImage
{
    QString sha256;
    QString mime;
    QString error;
    bool permanent = false;
};

} // namespace

ArticleCacher::ArticleCacher(StorageWriter *writer, QNetworkAccessManager *network,
    const QString &imagesPath, const QString &siteRulesPath, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_fetcher(new HttpFetcher(network, this))
    , m_imagesPath(imagesPath)
    , m_siteRulesPath(siteRulesPath)
{ }

void ArticleCacher::setConcurrency(int total, int perHost)
{
    m_maxTotal = qMax(1, total);
    m_maxPerHost = qMax(1, perHost);
}

void ArticleCacher::start(const QList<ArticleStore::PageToFetch> &pages, const QStringList &images)
{
    if (m_total == 0) {
        m_summary = {};
        m_known.clear();
        m_pagesLeft = 0;
    }
    for (const auto &page : pages)
        enqueue({ page.id, QUrl(page.url) });
    for (const QString &image : images)
        enqueue({ 0, QUrl(image) });
    emit progress(m_done, m_total);
    if (m_total == 0) {
        emit finished(m_summary);
        return;
    }
    pump();
}

void ArticleCacher::cancel()
{
    if (!isRunning())
        return;
    m_total -= int(m_queue.size());
    for (const Job &dropped : std::as_const(m_queue))
        m_pagesLeft -= dropped.articleId ? 1 : 0;
    m_queue.clear();
    if (m_running == 0 && m_inFlight == 0) {
        const CacheSummary summary = m_summary;
        m_done = m_total = 0;
        emit finished(summary);
    }
}

void ArticleCacher::enqueue(const Job &job)
{
    const QString key
        = (job.articleId ? QStringLiteral("p:") : QStringLiteral("i:")) + job.url.toString();
    if (!job.url.isValid() || m_known.contains(key))
        return;
    m_known.insert(key);
    // Pages first: their photos are known only once they are read.
    if (job.articleId) {
        ++m_pagesLeft;
        qsizetype at = 0;
        while (at < m_queue.size() && m_queue[at].articleId)
            ++at;
        m_queue.insert(at, job);
    } else {
        m_queue.append(job);
    }
    ++m_total;
}

void ArticleCacher::pump()
{
    for (qsizetype i = 0; i < m_queue.size() && m_running < m_maxTotal;) {
        const QString host = m_queue[i].url.host();
        if (m_perHost.value(host) >= m_maxPerHost) {
            ++i;
            continue;
        }
        const Job job = m_queue.takeAt(i);
        ++m_running;
        ++m_perHost[host];
        FetchRequest request;
        request.url = job.url;
        if (job.articleId) {
            request.accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";
            request.maxBytes = MaxPageBytes;
        } else {
            request.accept = "image/avif,image/webp,image/jpeg,image/png,image/*;q=0.8";
            request.maxBytes = MaxImageBytes;
        }
        m_fetcher->get(request, [this, job, host, generation = m_generation](const FetchResult &result) {
            if (!current(generation))
                return;
            --m_running;
            --m_perHost[host];
            ++m_inFlight;
            if (job.articleId)
                pageFetched(job, result);
            else
                imageFetched(job, result);
            pump();
        });
    }
}

void ArticleCacher::pageFetched(const Job &job, const FetchResult &result)
{
    const qint64 id = job.articleId;
    const qint64 bytes = result.body.size();
    if (!result.ok() || result.notModified) {
        const QString error = result.ok() ? Text::tr("The server sent no page.") : result.error;
        m_writer->submit(
            [id, error](Database &db) { ArticleStore(db).recordPageFailure(id, error); }, this,
            [this, bytes, generation = m_generation](const QString &) {
                if (current(generation))
                    done(false, bytes, true);
            });
        return;
    }
    auto *watcher = new QFutureWatcher<ExtractedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, id, bytes, generation = m_generation] {
        watcher->deleteLater();
        if (!current(generation))
            return;
        const ExtractedPage page = watcher->result();
        if (!page.error.isEmpty()) {
            const QString error = page.error;
            m_writer->submit(
                [id, error](Database &db) { ArticleStore(db).recordPageFailure(id, error); }, this,
                [this, bytes, generation](const QString &) {
                    if (current(generation))
                        done(false, bytes, true);
                });
            return;
        }
        auto pending = std::make_shared<QStringList>();
        m_writer->submit(
            [id, page, pending](Database &db) {
                ArticleStore(db).savePageBody(id, page.article, page.complete);
                // Of this page's photos, those the cache does not have yet.
                Statement st = db.prepare("SELECT state FROM images WHERE url = ?1");
                for (const QString &url : page.images) {
                    st.bind(1, url);
                    if (st.step() && st.text(0) == QLatin1String("pending"))
                        pending->append(url);
                    st.reset();
                }
            },
            this,
            [this, id, bytes, pending, generation](const QString &error) {
                if (!current(generation))
                    return;
                if (error.isEmpty()) {
                    emit pageCached(id);
                    for (const QString &url : std::as_const(*pending))
                        enqueue({ 0, QUrl(url) });
                }
                done(error.isEmpty(), bytes, true);
            });
    });
    const QUrl url = result.finalUrl.isValid() ? result.finalUrl : job.url;
    watcher->setFuture(QtConcurrent::run(
        [body = result.body, url, contentType = result.contentType, rules = m_siteRulesPath] {
            ExtractedPage page;
            const ExtractedArticle extracted
                = extractorForThisThread(rules).extract(body, url, contentType);
            if (!extracted.error.isEmpty()) {
                page.error = extracted.error;
                return page;
            }
            if (extracted.text.isEmpty()) {
                page.error = Text::tr("No article text was found on the page.");
                return page;
            }
            page.article.html = extracted.html;
            page.article.text = extracted.text;
            page.article.language = extracted.language;
            page.article.author = extracted.byline;
            page.article.leadImage = extracted.leadImage;
            page.article.pullQuotes = extracted.pullQuotes;
            page.article.regions = regions::RegionTagger().tag(extracted.title, extracted.text);
            page.complete = extracted.complete;
            page.images = extracted.images;
            return page;
        }));
}

void ArticleCacher::imageFetched(const Job &job, const FetchResult &result)
{
    const QString url = job.url.toString();
    const qint64 bytes = result.body.size();
    auto record = [this, url, bytes, generation = m_generation](const StoredImage &image) {
        if (!current(generation))
            return;
        m_writer->submit(
            [url, image, bytes](Database &db) {
                if (image.error.isEmpty())
                    ImageStore(db).recordStored(url, image.sha256, image.mime, bytes);
                else
                    ImageStore(db).recordFailure(url, image.error, image.permanent);
            },
            this,
            [this, ok = image.error.isEmpty(), bytes, generation](const QString &error) {
                if (current(generation))
                    done(ok && error.isEmpty(), bytes, false);
            });
    };
    if (!result.ok() || result.notModified) {
        // Too large and not-found are not going to change; a timeout or a reset may.
        const bool permanent = result.status == 404 || result.status == 410
            || result.error.contains(QLatin1String("MB"));
        record({ QString(), QString(),
            result.ok() ? Text::tr("The server sent no image.") : result.error, permanent });
        return;
    }
    auto *watcher = new QFutureWatcher<StoredImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, record] {
        watcher->deleteLater();
        record(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([body = result.body, path = m_imagesPath] {
        StoredImage image;
        image.mime = sniffImageType(body);
        if (image.mime.isEmpty()) {
            image.error = Text::tr("This is not an image Oqy shows (JPEG, PNG, GIF, WebP, AVIF).");
            image.permanent = true;
            return image;
        }
        const ImageFiles::Written written = ImageFiles(path).store(body);
        image.sha256 = written.sha256;
        image.error = written.error;
        return image;
    }));
}

void ArticleCacher::abandon()
{
    if (!isRunning())
        return;
    ++m_generation;
    // What was left of the pages is failed; the rest were photos. Neither is marked on its
    // article or image: both stay pending and the next run takes them again.
    const int left = m_total - m_done;
    m_summary.pagesFailed += m_pagesLeft;
    m_summary.imagesFailed += std::max(0, left - m_pagesLeft);
    m_queue.clear();
    m_perHost.clear();
    m_running = m_inFlight = m_pagesLeft = 0;
    const CacheSummary summary = m_summary;
    m_done = m_total = 0;
    emit finished(summary);
}

void ArticleCacher::done(bool ok, qint64 bytes, bool page)
{
    if (page)
        --m_pagesLeft;
    --m_inFlight;
    ++m_done;
    m_summary.bytes += bytes;
    if (page)
        ++(ok ? m_summary.pages : m_summary.pagesFailed);
    else
        ++(ok ? m_summary.images : m_summary.imagesFailed);
    emit progress(m_done, m_total);
    pump();
    if (m_done >= m_total && m_running == 0 && m_inFlight == 0 && m_queue.isEmpty()) {
        const CacheSummary summary = m_summary;
        m_done = m_total = 0;
        emit finished(summary);
    }
}

} // namespace oqy
