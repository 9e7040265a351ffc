// oqy-cli refresh: download every subscription (or some), store new articles, report per feed.
#include "clicommand.h"
#include "latencyprobe.h"

#include "core/memorytuning.h"
#include "engine/refresh.h"
#include "engine/session.h"
#include "storage/feedstore.h"
#include "storage/sqlerror.h"
#include "storage/storagewriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QThreadPool>

#include <cstdio>
#include <cstdlib>
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

    auto session = inv.openSession();
    if (!session)
        return Failure;
    RefreshPlan plan;
    plan.feedIds = only;
    plan.selection = inv.parser().isSet(QStringLiteral("due")) ? RefreshTarget::Selection::Due
                                                               : RefreshTarget::Selection::All;
    plan.syncAccounts = false; // oqy-cli sync does that
    plan.savePages = !inv.parser().isSet(QStringLiteral("feeds-only"));
    plan.feedTimeoutSeconds = timeout;
    QHash<qint64, QString> names;
    QHash<qint64, QDateTime> retryAfter;
    try {
        if (!only.isEmpty() && !inv.parser().isSet(QStringLiteral("due"))
            && RefreshTarget::load(session->reader(), only).size() != only.size())
            return inv.fail(
                Text::tr("no such feed among %1")
                    .arg(inv.parser().values(QStringLiteral("feed")).join(QLatin1String(", "))));
        for (const Feed &f : FeedStore(session->reader()).all()) {
            names.insert(f.id, f.displayTitle());
            retryAfter.insert(f.id, f.retryAfter);
        }
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }

    keepFreedMemory();
    Refresh &refresh = session->refresh();
    const bool terminal = isatty(fileno(stderr));
    QStringList errors;
    QObject::connect(&refresh, &Refresh::progress, &refresh,
        [&](Refresh::Stage, int done, int total) {
            if (terminal)
                drawProgress(inv.err(), done, total);
        });
    QObject::connect(&refresh, &Refresh::stageStarted, &refresh, [&](Refresh::Stage stage) {
        if (terminal && stage == Refresh::Stage::Pages)
            inv.err() << '\n';
    });
    QObject::connect(&refresh, &Refresh::feedFinished, &refresh, [&](const FeedOutcome &o) {
        if (o.deferred)
            errors.append(Text::tr("%1 (%2): not asked: its server asked Oqy to wait until %3")
                              .arg(names.value(o.feedId))
                              .arg(o.feedId)
                              .arg(retryAfter.value(o.feedId).toLocalTime().toString(Qt::ISODate)));
        else if (!o.error.isEmpty())
            errors.append(
                QStringLiteral("%1 (%2): %3").arg(names.value(o.feedId)).arg(o.feedId).arg(o.error)
                + (o.needsCredentials && !o.hasSecret
                        ? QLatin1Char(' ')
                            + Text::tr("Store them with: oqy-cli auth %1 --user NAME (the "
                                       "password is read from standard input).")
                                  .arg(o.feedId)
                        : QString()));
    });
    RefreshReport report;
    QEventLoop loop;
    QObject::connect(&refresh, &Refresh::finished, &loop, [&](const RefreshReport &r) {
        report = r;
        loop.quit();
    });
    LatencyProbe probe;
    const bool reportLatency = inv.parser().isSet(QStringLiteral("report-latency"));
    if (reportLatency)
        probe.start();
    refresh.start(plan);
    if (refresh.isRunning())
        loop.exec();
    session->writer().waitForIdle();
    if (terminal)
        inv.err() << '\n';
    for (const QString &e : std::as_const(errors))
        inv.err() << "oqy-cli: " << e << '\n';
    for (const QString &e : std::as_const(report.syncErrors))
        inv.err() << "oqy-cli: " << e << '\n';
    inv.err().flush();
    const RefreshSummary &summary = report.feeds;
    inv.out() << Text::tr("%1 feeds: %2 new articles, %3 unchanged, %4 failed, %5 KB downloaded")
                     .arg(summary.feeds)
                     .arg(summary.newArticles)
                     .arg(summary.unchanged)
                     .arg(summary.failed)
                     .arg((summary.bytes + 1023) / 1024);
    if (summary.deferred > 0)
        inv.out() << Text::tr(", %1 waiting as their servers asked").arg(summary.deferred);
    inv.out() << Qt::endl;
    if (plan.savePages) {
        const CacheSummary &cached = report.offline;
        inv.out() << Text::tr(
            "offline: %1 article pages and %2 photos saved, %3 failed, %4 KB downloaded")
                         .arg(cached.pages)
                         .arg(cached.images)
                         .arg(cached.pagesFailed + cached.imagesFailed)
                         .arg((cached.bytes + 1023) / 1024)
                  << Qt::endl;
    }
    if (!report.overdueStages.isEmpty())
        inv.err() << "oqy-cli: "
                  << Text::tr("stopped at its deadline: %1").arg(report.overdueStages.join(QLatin1String(", ")))
                  << Qt::endl;
    if (reportLatency)
        inv.out() << probe.report() << Qt::endl;
    if (!report.overdueStages.isEmpty() && !QThreadPool::globalInstance()->waitForDone(10'000)) {
        // A parse that never ended is still on a worker thread; exit would wait for it for ever.
        // What was stored is committed (the writer is idle): leave without it.
        inv.finish();
        inv.out().flush();
        inv.err().flush();
        std::fflush(nullptr);
        std::_Exit(Failure);
    }
    return summary.failed > 0 || !report.overdueStages.isEmpty() ? Failure : Success;
}

} // namespace

QList<Command> refreshCommands()
{
    return { { QStringLiteral("refresh"), Text::tr("download subscriptions and store new articles"),
        refresh } };
}

} // namespace oqy::cli
