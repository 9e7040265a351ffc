// Search and list latency on a large database (issue 8): fills a data folder with N generated
// articles (Russian and Kazakh regional-news text, 20 regions, 300 feeds), then times searches and
// the first page of filtered lists, and reports the database size per 1,000 articles.
//   build/bench/bench_search [articles=1000000] [folder=/tmp/oqy-search-bench]
#include "core/article.h"
#include "storage/articlelistquery.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/datadir.h"
#include "storage/feedstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace oqy;

namespace {

const QStringList RussianWords = QStringLiteral(
    "акимат область район город село дорога школа больница ремонт строительство жители программа "
    "бюджет проект аким совещание фермеры урожай зерно скот вода отопление автобус маршрут парк "
    "площадь музей театр спорт турнир чемпионат молодёжь студенты предприятие завод рабочие места "
    "инвестиции тенге миллионов года неделе сообщили пресс-службе отметил заявил подчеркнул "
    "рассказал планируется завершится котельная теплотрасса водопровод газификация поликлиника "
    "детский сад библиотека стадион мост перекрёсток светофор полиция пожар спасатели паводок")
                                     .split(QLatin1Char(' '));
const QStringList KazakhWords = QStringLiteral(
    "облысы ауданы қаласы ауылы жол мектеп аурухана жөндеу құрылыс тұрғындар бағдарлама бюджет "
    "жоба әкім жиналыс фермерлер өнім астық мал су жылу автобус саябақ алаң мұражай театр спорт "
    "жастар студенттер кәсіпорын зауыт жұмыс орындары теңге миллион жыл аптада хабарлады атап өтті "
    "мәлімдеді жоспарлануда аяқталады қазандық балабақша кітапхана стадион көпір полиция өрт")
                                    .split(QLatin1Char(' '));
const QStringList Places = QStringLiteral(
    "Караганде Актобе Уральске Павлодаре Шымкенте Костанае Семее Атырау Актау Кокшетау Таразе "
    "Талдыкоргане Жезказгане Петропавловске Кызылорде Туркестане Экибастузе Темиртау Астане Алматы")
                               .split(QLatin1Char(' '));
const char *const Regions[]
    = { "karaganda", "aktobe", "west_kazakhstan", "pavlodar", "shymkent", "kostanay", "abai",
          "atyrau", "mangystau", "akmola", "zhambyl", "zhetisu", "ulytau", "north_kazakhstan",
          "kyzylorda", "turkistan", "pavlodar", "karaganda", "astana", "almaty_city" };

QString sentence(QRandomGenerator &rng, const QStringList &words, int n)
{
    QString s;
    for (int i = 0; i < n; ++i) {
        if (i)
            s += QLatin1Char(' ');
        s += words[rng.bounded(int(words.size()))];
    }
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

double percentile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values[qsizetype(q * double(values.size() - 1))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1'000'000;
    const QString folder
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/oqy-search-bench");
    const DataDir dataDir(folder);
    Database db = openDatabase(dataDir);
    QRandomGenerator rng(42);

    Statement count = db.prepare("SELECT count(*) FROM articles");
    count.step();
    int have = count.integer(0);
    count.reset();
    QList<qint64> feeds;
    for (int f = 0; f < 300; ++f)
        feeds.append(FeedStore(db).add(QStringLiteral("https://outlet%1.kz/rss").arg(f)));
    QElapsedTimer fill;
    fill.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (have < total) {
        const int batch = std::min(10'000, total - have);
        db.transaction([&] {
            QList<Article> items;
            for (int k = 0; k < batch; ++k) {
                const int n = have + k;
                const bool kazakh = n % 3 == 0;
                const QStringList &words = kazakh ? KazakhWords : RussianWords;
                Article a;
                a.guid = QString::number(n);
                a.url = QStringLiteral("https://outlet.kz/news/%1").arg(n);
                const QString place = Places[rng.bounded(int(Places.size()))];
                a.title = place + QLatin1Char(' ') + sentence(rng, words, 7);
                for (int p = 0; p < 8; ++p)
                    a.text += sentence(rng, words, 12 + rng.bounded(8)) + QLatin1Char(' ');
                a.text += QStringLiteral("В ") + place + QLatin1Char('.');
                a.published = now.addSecs(-qint64(n) * 60);
                a.regions = { { QLatin1String(Regions[rng.bounded(20)]), { place }, false } };
                items.append(a);
            }
            ArticleStore(db).saveFromFeed(feeds[rng.bounded(int(feeds.size()))], items);
        });
        have += batch;
        if (have % 100'000 == 0)
            std::fprintf(stderr, "%d articles (%.0f s)\n", have, double(fill.elapsed()) / 1000.0);
    }
    if (fill.elapsed() > 1000)
        std::printf("filled %d articles in %.1f s\n", total, double(fill.elapsed()) / 1000.0);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    db.exec("ANALYZE");

    const QStringList queries = { QStringLiteral("школы"), QStringLiteral("ремонт дороги"),
        QStringLiteral("Караганде"), QStringLiteral("аурухана"), QStringLiteral("ауруханалар"),
        QStringLiteral("\"ремонт дороги\""), QStringLiteral("газифик*"),
        QStringLiteral("стадион -спорт"), QStringLiteral("Qaraǵandy"),
        QStringLiteral("котельная теплотрасса"), QStringLiteral("мектеп жөндеу"),
        QStringLiteral("паводок спасатели"), QStringLiteral("Жезказгане инвестиции"),
        QStringLiteral("балабақша"), QStringLiteral("светофор перекрёсток") };
    QList<double> searchMs;
    for (int round = 0; round < 10; ++round)
        for (const QString &q : queries) {
            ArticleFilter filter;
            filter.search = q;
            if (round % 2)
                filter.regions = { QLatin1String(Regions[round]) };
            QElapsedTimer t;
            t.start();
            const auto rows = ArticleListQuery(db).bestMatches(filter, 50);
            searchMs.append(double(t.nsecsElapsed()) / 1e6);
            if (round < 2)
                std::printf("  %-28s %3lld results %6.1f ms%s\n", qPrintable(q),
                    static_cast<long long>(rows.size()), searchMs.last(),
                    round ? " (with a region)" : "");
        }
    QList<double> listMs;
    for (int round = 0; round < 100; ++round) {
        ArticleFilter filter;
        filter.regions = { QLatin1String(Regions[round % 20]) };
        filter.unreadOnly = round % 2;
        filter.feedId = round % 3 == 0 ? feeds[round % feeds.size()] : 0;
        QElapsedTimer t;
        t.start();
        ArticleListQuery(db).page(filter, std::nullopt, 100);
        listMs.append(double(t.nsecsElapsed()) / 1e6);
    }
    const qint64 bytes = QFileInfo(dataDir.databasePath()).size();
    std::printf("articles: %d\n", total);
    std::printf("search (50 best, %lld queries): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
        static_cast<long long>(searchMs.size()), percentile(searchMs, 0.5),
        percentile(searchMs, 0.95), percentile(searchMs, 1.0));
    std::printf(
        "first page of a filtered list (100 rows, region/unread/feed): p50 %.2f ms, p95 %.2f ms\n",
        percentile(listMs, 0.5), percentile(listMs, 0.95));
    std::printf("database: %.1f MB, %.1f KB per 1,000 articles\n", double(bytes) / 1e6,
        double(bytes) / 1024.0 / (double(total) / 1000.0));
    return 0;
}
