// The region tagger on sentences a regional reader meets, with a small gazetteer of its own so that
// each rule is tested apart from the shipped data: case forms by rule, Kazakh endings, region vs
// city, districts, abbreviations, and the traps people's names and streets set.
#include "regions/gazetteer.h"
#include "regions/morphology.h"
#include "regions/regiontagger.h"

#include <QTest>

using namespace oqy;
using namespace oqy::regions;

namespace {

const QByteArray Json = R"({
  "version": 1,
  "regions": {
    "karaganda": {
      "ru_region_adjectives": ["Карагандинск"], "kk_region_names": ["Қарағанды"],
      "latin_region_names": ["Qaraǵandy"], "ru_adjectives_safe": ["карагандинск"],
      "places": [{"ru": "Караганда", "kk": "Қарағанды", "latin": "Qaraǵandy"}, {"ru": "Темиртау", "kk": "Теміртау"}],
      "districts": [{"ru_adj": "Нуринск", "kk": "Нұра"}, {"ru_adj": "Абайск", "kk": "Абай"}]
    },
    "abai": {
      "ru_region_adjectives": ["Абайск"], "ru_region_nouns": ["Абай"], "kk_region_names": ["Абай"],
      "places": [{"ru": "Семей", "kk": "Семей"}, {"ru": "Курчатов", "kk": "Курчатов"}],
      "former_names": [{"ru": "Семипалатинск"}]
    },
    "almaty_city": { "places": [{"ru": "Алматы", "kk": "Алматы"}] },
    "almaty_region": {
      "ru_region_adjectives": ["Алматинск"], "kk_region_names": ["Алматы"],
      "places": [{"ru": "Конаев", "kk": "Қонаев"}], "former_names": [{"ru": "Капчагай"}]
    },
    "astana": { "places": [{"ru": "Астана", "kk": "Астана"}, {"ru": "Нур-Султан"}] },
    "zhambyl": { "ru_region_adjectives": ["Жамбылск"], "kk_region_names": ["Жамбыл"],
                 "places": [{"ru": "Тараз", "kk": "Тараз"}, {"ru": "Жамбыл"}] },
    "east_kazakhstan": { "abbreviations": ["ВКО", "ШҚО"],
                         "places": [{"ru": "Усть-Каменогорск", "kk": "Өскемен"}] },
    "west_kazakhstan": { "places": [{"ru": "Уральск", "kk": "Орал"}] }
  },
  "ambiguous_places": ["Абай", "Жамбыл", "Курчатов", "Қонаев", "Орал"],
  "ambiguous_districts": ["Абайск"]
})";

QStringList slugs(const QList<RegionTag> &tags)
{
    QStringList out;
    for (const RegionTag &t : tags)
        out.append(t.slug);
    return out;
}

} // namespace

class TestRegionTagger : public QObject
{
    Q_OBJECT

    Gazetteer m_gazetteer = Gazetteer::fromJson(Json);

    QStringList tag(const QString &text) { return slugs(RegionTagger(m_gazetteer).tag(text)); }

private slots:
    void russianCaseFormsComeFromRules()
    {
        const QStringList karaganda = russianNounForms(QStringLiteral("караганда"));
        QVERIFY(karaganda.contains(QStringLiteral("караганде")));
        QVERIFY(karaganda.contains(QStringLiteral("карагандой")));
        QVERIFY(russianNounForms(QStringLiteral("уральск")).contains(QStringLiteral("уральском")));
        QVERIFY(russianNounForms(QStringLiteral("семей")).contains(QStringLiteral("семее")));
        QVERIFY(russianNounForms(QStringLiteral("конаев")).contains(QStringLiteral("конаевым")));
        QVERIFY(russianNounForms(QStringLiteral("усть-каменогорск"))
                    .contains(QStringLiteral("усть-каменогорске")));
        QCOMPARE(
            russianNounForms(QStringLiteral("алматы")), QStringList { QStringLiteral("алматы") });
    }

    void kazakhSuffixChains()
    {
        for (const char16_t *rest : { u"да", u"нын", u"ындагы", u"лыктар", u"тен", u"га" })
            QVERIFY2(isKazakhSuffixChain(QStringView(rest)), qPrintable(QString::fromUtf16(rest)));
        QVERIFY(!isKazakhSuffixChain(QStringView(u"ская")));
        QVERIFY(!isKazakhSuffixChain(QStringView(u"инский")));
    }

    void regionsCitiesAndDistricts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const char16_t *text, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << expected;
        };
        const QString kar = QStringLiteral("karaganda");
        row("ru region genitive", u"Жители Карагандинской области получат газ", { kar });
        row("ru city prepositional", u"В Караганде открыли школу", { kar });
        row("ru district", u"В Нуринском районе отремонтируют дорогу", { kar });
        row("kk region locative", u"Қарағанды облысында жол жөнделеді", { kar });
        row("kk city locative", u"Қарағандыда жаңа мектеп ашылды", { kar });
        row("kk without Kazakh letters", u"Карагандыда жаңа мектеп ашылды", { kar });
        row("kk -lyq", u"Қарағандылық кеншілер мерекені атап өтті", { kar });
        row("kk district", u"Нұра ауданында су құбыры салынады", { kar });
        row("latin", u"Qaraǵandy oblysynda jańa mektep", { kar });
        row("safe adjective", u"Карагандинские шахтёры вышли на смену", { kar });
        row("region not city", u"В Алматинской области ввели карантин",
            { QStringLiteral("almaty_region") });
        row("city not region", u"В Алматы выпал снег", { QStringLiteral("almaty_city") });
        row("kk region not city", u"Алматы облысында қар жауды",
            { QStringLiteral("almaty_region") });
        row("former name", u"В Семипалатинске прошёл митинг", { QStringLiteral("abai") });
        row("hyphenated former name", u"Столицу называли Нур-Султаном",
            { QStringLiteral("astana") });
        row("abbreviation", u"Паводок в ВКО: эвакуированы сотни жителей",
            { QStringLiteral("east_kazakhstan") });
        row("kk abbreviation", u"ШҚО-да су тасқыны", { QStringLiteral("east_kazakhstan") });
        row("region noun", u"В области Абай запустили маршрут", { QStringLiteral("abai") });
        row("kk region of a poet's name", u"Абай облысының әкімі", { QStringLiteral("abai") });
        row("two regions in order", u"Трасса Караганда — Семей закрыта",
            { kar, QStringLiteral("abai") });
        row("ambiguous town with qualifier", u"Жители города Курчатов", { QStringLiteral("abai") });
        row("city Konaev", u"В Конаеве построят набережную", { QStringLiteral("almaty_region") });
    }

    void regionsCitiesAndDistricts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(tag(text), expected);
    }

    void traps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const char16_t *text, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << expected;
        };
        row("poet", u"Поэт Абай писал о справедливости", {});
        row("avenue in Almaty", u"Пробка на проспекте Абая в Алматы",
            { QStringLiteral("almaty_city") });
        row("person with surname", u"Жамбыл Жабаев прожил почти сто лет", {});
        row("street in Astana", u"Ремонт на улице Кунаева в Астане", { QStringLiteral("astana") });
        row("kk avenue", u"Абай даңғылында жөндеу жүріп жатыр", {});
        row("kk street named after a statesman", u"Қонаев көшесі жабылды", {});
        row("physicist", u"Курчатов руководил атомным проектом", {});
        row("club in quotes", u"«Астана» обыграла соперника", {});
        row("Ural mountains", u"Уральские горы тянутся на север", {});
        row("foreign city", u"В Петропавловске-Камчатском прошёл шторм", {});
        row("ambiguous district", u"В Абайском районе прошли выборы", {});
        row("kk river", u"Орал өзенінің деңгейі көтерілді", {});
    }

    void traps()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(tag(text), expected);
    }

    void evidenceIsTheTextAsWritten()
    {
        const QList<RegionTag> tags = RegionTagger(m_gazetteer)
                                          .tag(QStringLiteral("Школа в Нуринском районе"),
                                              QStringLiteral("Её построили за год."));
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags[0].evidence, QStringList { QStringLiteral("Нуринском районе") });
    }

    void theShippedGazetteerLoads()
    {
        const Gazetteer &g = Gazetteer::builtIn();
        QCOMPARE(g.slugs().size(), 20);
        QVERIFY(g.size() > 500);
    }
};

QTEST_GUILESS_MAIN(TestRegionTagger)
#include "test_regiontagger.moc"
