// Region tagging scored over a labelled set written for Oqy (tests/data/regions/labelled.jsonl:
// Russian and Kazakh sentences and short articles, every region, the traps of people's names and
// streets, national and foreign news). Prints precision and recall with every miss; fails below
// 0.95 for either.
#include "regions/regiontagger.h"
#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace oqy;

class TestRegionQuality : public QObject
{
    Q_OBJECT
private slots:
    void labelledSetScoresAtLeast095()
    {
        QFile file(testenv::fixture(QStringLiteral("regions/labelled.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const regions::RegionTagger tagger;
        int items = 0;
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int exact = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject item = QJsonDocument::fromJson(line).object();
            QVERIFY2(!item.isEmpty(), line.constData());
            ++items;
            QSet<QString> expected;
            for (const QJsonValue &v : item.value(QLatin1String("regions")).toArray())
                expected.insert(v.toString());
            QSet<QString> found;
            QStringList evidence;
            for (const RegionTag &tag : tagger.tag(item.value(QLatin1String("text")).toString())) {
                found.insert(tag.slug);
                evidence.append(tag.slug + QLatin1Char('=') + tag.evidence.join(QLatin1Char('|')));
            }
            const QSet<QString> hit = QSet<QString>(expected).intersect(found);
            truePositives += int(hit.size());
            falsePositives += int(found.size() - hit.size());
            falseNegatives += int(expected.size() - hit.size());
            if (found == expected) {
                ++exact;
                continue;
            }
            QStringList want(expected.begin(), expected.end());
            want.sort();
            qInfo().noquote() << "MISS" << item.value(QLatin1String("id")).toString() << "expected"
                              << want.join(QLatin1Char(',')) << "got"
                              << evidence.join(QLatin1String(", ")) << "—"
                              << item.value(QLatin1String("text")).toString().left(140);
        }
        QVERIFY(items >= 300);
        const double precision = truePositives / double(qMax(1, truePositives + falsePositives));
        const double recall = truePositives / double(qMax(1, truePositives + falseNegatives));
        qInfo("region tagging over %d items: precision %.3f, recall %.3f, %d exactly right", items,
            precision, recall, exact);
        QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
    }
};

QTEST_GUILESS_MAIN(TestRegionQuality)
#include "test_region_quality.moc"
