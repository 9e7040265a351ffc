// Region tagging cost per article: the labelled set's texts, and the same texts joined into
// article-length bodies (≈ 3,000 characters, the size of a regional news article).
//   build/bench/bench_regions tests/data/regions/labelled.jsonl
#include "regions/regiontagger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_regions labelled.jsonl\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QStringList texts;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (!o.isEmpty())
            texts.append(o.value(QLatin1String("text")).toString());
    }
    QStringList articles;
    QString current;
    for (const QString &t : std::as_const(texts)) {
        current += t + QLatin1Char(' ');
        if (current.size() >= 3000) {
            articles.append(current);
            current.clear();
        }
    }
    const oqy::regions::RegionTagger tagger;
    tagger.tag(texts.first()); // loads the gazetteer
    const auto run = [&](const QStringList &set, const char *label) {
        qsizetype chars = 0;
        int tags = 0;
        QElapsedTimer timer;
        timer.start();
        constexpr int Rounds = 20;
        for (int r = 0; r < Rounds; ++r)
            for (const QString &t : set) {
                tags += int(tagger.tag(t).size());
                chars += t.size();
            }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::printf("%-28s %5lld texts × %d, %7.1f chars avg: %.4f ms per text (%d tags)\n", label,
            static_cast<long long>(set.size()), Rounds, double(chars) / double(set.size() * Rounds),
            ms / double(set.size() * Rounds), tags / Rounds);
    };
    run(texts, "labelled items");
    run(articles, "article-length bodies");
    return 0;
}
