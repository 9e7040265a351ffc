// Feed engine throughput on a corpus made by ../shared/corpus/feeds/gen_big_feeds.py: every file is
// read into memory first, then parsed and normalised to Articles on one core, as a refresh does.
#include "feeds/feedarticles.h"
#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_feeds DIR [--repeat N]\n");
        return 2;
    }
    const QDir dir(args.at(1));
    const int repeat = args.size() > 3 && args.at(2) == QLatin1String("--repeat") ? args.at(3).toInt() : 3;
    QFile manifestFile(dir.filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "no manifest.json in %s\n", qPrintable(dir.path()));
        return 1;
    }
    struct Feed
    {
        QByteArray bytes;
        int items = 0;
    };
    QList<Feed> feeds;
    qint64 total = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(manifestFile.readAll()).object().value(QLatin1String("feeds")).toArray()) {
        QFile f(dir.filePath(v[QLatin1String("file")].toString()));
        f.open(QIODevice::ReadOnly);
        feeds.append({f.readAll(), v[QLatin1String("items")].toInt()});
        total += feeds.last().bytes.size();
    }
    double best = 1e9;
    int mismatches = 0;
    qint64 items = 0;
    for (int r = 0; r < repeat; ++r) {
        mismatches = 0;
        items = 0;
        QElapsedTimer timer;
        timer.start();
        for (const Feed &feed : std::as_const(feeds)) {
            oqy::feeds::FeedContext context;
            context.url = QUrl(QStringLiteral("https://news.example.kz/rss"));
            context.contentType = QStringLiteral("application/rss+xml");
            const auto doc = oqy::feeds::parseFeed(feed.bytes, context);
            const auto normalised = oqy::feeds::articlesFromFeed(doc, context.url);
            items += normalised.articles.size();
            if (normalised.articles.size() != feed.items || doc.bozo)
                ++mismatches;
        }
        best = qMin(best, timer.nsecsElapsed() / 1e9);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("oqy: %lld feeds, %lld items, %.1f MB in %.2f s -> %.1f MB/s, %.0f items/s, "
                "%d mismatches, peak RSS %.0f MB (corpus held in memory: %.0f MB)\n",
                static_cast<long long>(feeds.size()), static_cast<long long>(items), total / 1e6, best,
                total / 1e6 / best, items / best, mismatches, usage.ru_maxrss / 1024.0, total / 1e6);
    return mismatches == 0 ? 0 : 1;
}
