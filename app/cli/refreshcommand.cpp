// oqy-cli refresh: download every subscription (or some), store new articles, report per feed.
#include "clicommand.h"
#include "latencyprobe.h"

#include "core/memorytuning.h"
#include "net/articlecacher.h"
#include "net/feedrefresher.h"
#include "secrets/secretstore.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "storage/feedstore.h"
#include "storage/imagestore.h"
#include "storage/sqlerror.h"
#include "storage/storagewriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <unistd.h>

namespace oqy::cli {

namespace {

// Strings of this file, in the "cli" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

void drawProgress(QTextStream &err, int done, int total)
{
    constexpr int Width = 30;
    const int filled = total > 0 ? Width * done / total : Width;
    err << '\r' << '[' << QString(filled, QLatin1Char('#'))
        << QString(Width - filled, QLatin1Char(' ')) << "] " << done << '/' << total;
    err.flush();
}

int refresh(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("feed"), Text::tr("Refresh only feed ID (repeatable)."),
        QStringLiteral("ID") });
    inv.parser().addOption(
        { QStringLiteral("timeout"), Text::tr("Give up on a feed after SECONDS (default 60)."),
            QStringLiteral("SECONDS"), QStringLiteral("60") });
    inv.parser().addOption({ QStringLiteral("due"),
        Text::tr("Only the feeds whose time has come (their interval, or back-off after failures): "
                 "for cron and timers.") });
    inv.parser().addOption({ QStringLiteral("report-latency"),
        Text::tr("Also print how late the event loop ran meanwhile (for benchmarks).") });
    inv.parser().addOption({ QStringLiteral("feeds-only"),
        Text::tr("Only the feeds: do not fetch article pages and photos for offline reading.") });
    int exit = 0;
    if (!inv.parse(Text::tr("Download the subscriptions and store new articles."), {}, &exit))
        return exit;
    QList<qint64> only;
    for (const QString &value : inv.parser().values(QStringLiteral("feed"))) {
        bool ok = false;
        only.append(value.toLongLong(&ok));
        if (!ok)
            return inv.fail(Text::tr("--feed needs a number"), UsageError);
    }
    bool ok = false;
    const int timeout = inv.parser().value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout <= 0)
        return inv.fail(Text::tr("--timeout needs a positive number of seconds"), UsageError);

    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    QList<RefreshTarget> targets;
    QHash<qint64, QString> names;
    QHash<qint64, QDateTime> retryAfter;
    try {
        targets = RefreshTarget::load(*db, only,
            inv.parser().isSet(QStringLiteral("due")) ? RefreshTarget::Selection::Due
                                                      : RefreshTarget::Selection::All);
        for (const Feed &f : FeedStore(*db).all()) {
            names.insert(f.id, f.displayTitle());
            retryAfter.insert(f.id, f.retryAfter);
        }
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
    if (!only.isEmpty() && targets.size() != only.size()
        && !inv.parser().isSet(QStringLiteral("due")))
        return inv.fail(
            Text::tr("no such feed among %1")
                .arg(inv.parser().values(QStringLiteral("feed")).join(QLatin1String(", "))));

    keepFreedMemory();
    StorageWriter writer(DataDir(inv.dataDir()).databasePath());
    QNetworkAccessManager network;
    FeedRefresher refresher(&writer, &network);
    FetchRequest limits;
    limits.deadlineMs = timeout * 1000;
    limits.idleTimeoutMs = qMin(timeout * 1000, 20'000);
    limits.accept = "application/rss+xml, application/atom+xml, application/feed+json, "
                    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    limits.maxBytes = 64 * 1024 * 1024;
    refresher.setRequestTemplate(limits);
    refresher.setSiteRulesPath(DataDir(inv.dataDir()).siteRulesPath());
    SecretStore secrets;
    refresher.setSecretStore(&secrets);

    const bool terminal = isatty(fileno(stderr));
    QStringList errors;
    QObject::connect(&refresher, &FeedRefresher::progress, &refresher, [&](int done, int total) {
        if (terminal)
            drawProgress(inv.err(), done, total);
    });
    QObject::connect(
        &refresher, &FeedRefresher::feedFinished, &refresher, [&](const FeedOutcome &o) {
            if (o.deferred)
                errors.append(
                    Text::tr("%1 (%2): not asked: its server asked Oqy to wait until %3")
                        .arg(names.value(o.feedId))
                        .arg(o.feedId)
                        .arg(retryAfter.value(o.feedId).toLocalTime().toString(Qt::ISODate)));
            else if (!o.error.isEmpty())
                errors.append(QStringLiteral("%1 (%2): %3")
                                  .arg(names.value(o.feedId))
                                  .arg(o.feedId)
                                  .arg(o.error)
                    + (o.needsCredentials && !o.hasSecret ? QLatin1Char(' ')
                                + Text::tr("Store them with: oqy-cli auth %1 --user NAME (the "
                                           "password is read from standard input).")
                                      .arg(o.feedId)
                                                          : QString()));
        });
    RefreshSummary summary;
    QEventLoop loop;
    QObject::connect(&refresher, &FeedRefresher::finished, &loop, [&](const RefreshSummary &s) {
        summary = s;
        loop.quit();
    });
    LatencyProbe probe;
    const bool reportLatency = inv.parser().isSet(QStringLiteral("report-latency"));
    if (reportLatency)
        probe.start();
    refresher.start(targets);
    if (!targets.isEmpty())
        loop.exec();
    writer.waitForIdle();
    if (terminal)
        inv.err() << '\n';
    for (const QString &e : std::as_const(errors))
        inv.err() << "oqy-cli: " << e << '\n';
    inv.err().flush();
    inv.out() << Text::tr("%1 feeds: %2 new articles, %3 unchanged, %4 failed, %5 KB downloaded")
                     .arg(summary.feeds)
                     .arg(summary.newArticles)
                     .arg(summary.unchanged)
                     .arg(summary.failed)
                     .arg((summary.bytes + 1023) / 1024);
    if (summary.deferred > 0)
        inv.out() << Text::tr(", %1 waiting as their servers asked").arg(summary.deferred);
    inv.out() << Qt::endl;
    if (inv.parser().isSet(QStringLiteral("feeds-only"))) {
        if (reportLatency)
            inv.out() << probe.report() << Qt::endl;
        return summary.failed > 0 ? Failure : Success;
    }

    // Then everything a reader needs offline: the article pages the feeds only teased, and photos.
    QList<ArticleStore::PageToFetch> pages;
    QStringList images;
    try {
        pages = ArticleStore(*db).pendingPages(100000);
        images = ImageStore(*db).pending(100000);
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
    const DataDir dataDir(inv.dataDir());
    ArticleCacher cacher(&writer, &network, dataDir.imagesPath(), dataDir.siteRulesPath());
    CacheSummary cached;
    QObject::connect(&cacher, &ArticleCacher::progress, &cacher, [&](int done, int total) {
        if (terminal)
            drawProgress(inv.err(), done, total);
    });
    QEventLoop cacheLoop;
    QObject::connect(&cacher, &ArticleCacher::finished, &cacheLoop, [&](const CacheSummary &s) {
        cached = s;
        cacheLoop.quit();
    });
    cacher.start(pages, images);
    if (cacher.isRunning())
        cacheLoop.exec();
    writer.waitForIdle();
    if (terminal && (!pages.isEmpty() || !images.isEmpty()))
        inv.err() << '\n';
    inv.out() << Text::tr(
        "offline: %1 article pages and %2 photos saved, %3 failed, %4 KB downloaded")
                     .arg(cached.pages)
                     .arg(cached.images)
                     .arg(cached.pagesFailed + cached.imagesFailed)
                     .arg((cached.bytes + 1023) / 1024)
              << Qt::endl;
    if (reportLatency)
        inv.out() << probe.report() << Qt::endl;
    return summary.failed > 0 ? Failure : Success;
}

} // namespace

QList<Command> refreshCommands()
{
    return { { QStringLiteral("refresh"), Text::tr("download subscriptions and store new articles"),
        refresh } };
}

} // namespace oqy::cli
