// Region tagging scored over labelled sets written for Oqy: labelled.jsonl (Russian and Kazakh
// sentences and short articles, every region, the traps of people's names and streets, national
// and foreign news), derived.jsonl (places named by words made from them: adjectives, demonyms,
// Kazakh -лық chains, adjective-shaped town names, city districts), and heldout.jsonl, written
// apart and never tuned on. Prints precision and recall with every miss.
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
    void labelledSets_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("minimumItems");
        QTest::addColumn<double>("minimumPrecision");
        QTest::addColumn<double>("minimumRecall");
        QTest::newRow("labelled") << QStringLiteral("regions/labelled.jsonl") << 400 << 0.99 << 0.98;
        QTest::newRow("derived") << QStringLiteral("regions/derived.jsonl") << 240 << 0.99 << 0.98;
        // Scored, not tuned on: the floor only guards against a collapse.
        QTest::newRow("held-out") << QStringLiteral("regions/heldout.jsonl") << 160 << 0.95 << 0.90;
    }
    void labelledSets()
    {
        QFETCH(QString, path);
        QFETCH(int, minimumItems);
        QFETCH(double, minimumPrecision);
        QFETCH(double, minimumRecall);
        QFile file(testenv::fixture(path));
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
        QVERIFY(items >= minimumItems);
        const double precision = truePositives / double(qMax(1, truePositives + falsePositives));
        const double recall = truePositives / double(qMax(1, truePositives + falseNegatives));
        qInfo("region tagging over %d items: precision %.3f, recall %.3f, %d exactly right", items,
            precision, recall, exact);
        QVERIFY2(precision >= minimumPrecision, qPrintable(QString::number(precision)));
        QVERIFY2(recall >= minimumRecall, qPrintable(QString::number(recall)));
    }
};

QTEST_GUILESS_MAIN(TestRegionQuality)
#include "test_region_quality.moc"
