#include "morphology.h"

#include <QSet>

#include <array>

namespace oqy::regions {

namespace {

bool isVowel(QChar c)
{
    return QStringView(u"аеёиоуыэюяaeiouy").contains(c);
}

// Kazakh suffixes, normalized (ң→н, ғ→г, қ→к, і→и, ә→а, ө→о, ұ/ү→у).
const QSet<QString> &kazakhSuffixes()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char16_t *m : { // plural
                 u"лар", u"лер", u"дар", u"дер", u"тар", u"тер",
                 // possessive, 3rd person
                 u"ы", u"и", u"сы", u"си",
                 // locative, ablative, dative
                 u"да", u"де", u"та", u"те", u"нда", u"нде", u"дан", u"ден", u"тан", u"тен", u"нан",
                 u"нен", u"га", u"ге", u"ка", u"ке", u"на", u"не", u"а", u"е",
                 // genitive, accusative, instrumental
                 u"нын", u"нин", u"дын", u"дин", u"тын", u"тин", u"ды", u"ди", u"ты", u"ти", u"ны",
                 u"ни", u"н", u"мен", u"бен", u"пен", u"нан",
                 // attributive locative: -дағы (Шымкенттегі)
                 u"дагы", u"деги", u"тагы", u"теги", u"ндагы", u"ндеги",
                 // -лық: «қарағандылық» (of Karaganda), and -лықтар
                 u"лык", u"лик", u"дык", u"дик", u"тык", u"тик" })
            s.insert(QString::fromUtf16(m));
        return s;
    }();
    return set;
}

const QSet<QString> &latinSuffixes()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char16_t *m : { u"lar", u"ler", u"dar", u"der", u"tar", u"ter", u"y", u"i",
                 u"sy", u"si", u"da", u"de", u"ta", u"te", u"nda", u"nde", u"dan", u"den", u"tan",
                 u"ten", u"nan", u"nen", u"ga", u"ge", u"ka", u"ke", u"qa", u"na", u"ne", u"a",
                 u"e", u"nyn", u"nin", u"dyn", u"din", u"tyn", u"tin", u"dy", u"di", u"ty", u"ti",
                 u"ny", u"ni", u"n", u"men", u"ben", u"pen", u"dagy", u"degi", u"tagy", u"tegi",
                 u"ndagy", u"ndegi", u"lyq", u"lik", u"dyq", u"dik", u"tyq", u"tik" })
            s.insert(QString::fromUtf16(m));
        return s;
    }();
    return set;
}

bool isChain(QStringView rest, const QSet<QString> &morphemes, int depth)
{
    if (rest.isEmpty())
        return true;
    if (depth == 0)
        return false;
    for (qsizetype len = qMin<qsizetype>(5, rest.size()); len >= 1; --len)
        if (morphemes.contains(rest.left(len).toString())
            && isChain(rest.mid(len), morphemes, depth - 1))
            return true;
    return false;
}

} // namespace

QStringList russianNounForms(const QString &nominative)
{
    const qsizetype hyphen = nominative.lastIndexOf(QLatin1Char('-'));
    const QString head = hyphen >= 0 ? nominative.left(hyphen + 1) : QString();
    const QString w = hyphen >= 0 ? nominative.mid(hyphen + 1) : nominative;
    QStringList forms { w };
    if (w.size() < 2)
        return { nominative };
    const QChar last = w.back();
    const QString stem = w.chopped(1);
    const auto add = [&](std::initializer_list<const char16_t *> endings, const QString &base) {
        for (const char16_t *e : endings)
            forms.append(base + QString::fromUtf16(e));
    };
    if (last == u'а')
        add({ u"ы", u"и", u"е", u"у", u"ой", u"ою" }, stem);
    else if (last == u'я')
        add({ u"и", u"е", u"ю", u"ей", u"ею" }, stem);
    else if (last == u'ь')
        add({ u"и", u"ью", u"ем", u"е", u"я", u"ю" }, stem);
    else if (last == u'й')
        add({ u"я", u"ю", u"ем", u"е", u"ей" }, stem);
    else if (!isVowel(last)) {
        add({ u"а", u"у", u"ом", u"е" }, w);
        // Names in -ов/-ев/-ин (Конаев, Курчатов, Сатпаев) take -ым.
        if (w.endsWith(QStringView(u"ов")) || w.endsWith(QStringView(u"ев"))
            || w.endsWith(QStringView(u"ин")) || w.endsWith(QStringView(u"ын")))
            add({ u"ым" }, w);
    }
    // else: Актобе, Алматы, Атырау, Кокшетау do not decline.
    if (!head.isEmpty())
        for (QString &f : forms)
            f.prepend(head);
    return forms;
}

bool isRussianAdjectiveEnding(QStringView ending)
{
    static const QSet<QString> endings = [] {
        QSet<QString> s;
        for (const char16_t *e : { u"ий", u"ый", u"ой", u"ая", u"ое", u"ее", u"ие", u"ые", u"ого",
                 u"его", u"ому", u"ему", u"им", u"ым", u"ом", u"ем", u"ую", u"юю", u"ою", u"ей",
                 u"их", u"ых", u"ими", u"ыми" })
            s.insert(QString::fromUtf16(e));
        return s;
    }();
    return endings.contains(ending.toString());
}

bool isKazakhSuffixChain(QStringView rest)
{
    return rest.size() <= 10 && isChain(rest, kazakhSuffixes(), 3);
}

bool isKazakhLatinSuffixChain(QStringView rest)
{
    return rest.size() <= 10 && isChain(rest, latinSuffixes(), 3);
}

} // namespace oqy::regions
