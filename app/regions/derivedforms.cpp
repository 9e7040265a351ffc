#include "derivedforms.h"

#include "morphology.h"

#include <QSet>

namespace oqy::regions {

namespace {

bool isVowel(QChar c)
{
    return QStringView(u"аеёиоуыэюя").contains(c);
}

bool endsWithAny(const QString &word, std::initializer_list<const char16_t *> endings)
{
    for (const char16_t *e : endings)
        if (word.endsWith(QStringView(e)))
            return true;
    return false;
}

} // namespace

QString adjectiveStem(const QString &name)
{
    // The last word carries the ending; a name like «Новый Узень» is not one adjective.
    if (name.contains(QLatin1Char(' ')) || name.size() < 5)
        return {};
    if (endsWithAny(name, { u"ый", u"ий", u"ой", u"ая", u"ое", u"ее", u"яя" }))
        return name.chopped(2);
    return {};
}

QStringList russianAdjectiveStems(const QString &name)
{
    if (!adjectiveStem(name).isEmpty() || name.size() < 3)
        return {};
    // A hyphenated name makes its adjective from the whole (Усть-Каменогорск → усть-каменогорск).
    QStringList stems;
    if (name.endsWith(QStringView(u"ск"))) {
        stems << name; // Уральск → уральск|ий
    } else if (name.endsWith(QStringView(u"ка")) && name.size() > 5) {
        stems << name.chopped(2) + QStringLiteral("ск"); // Мамлютка → мамлютск
        stems << name.chopped(1) + QStringLiteral("инск"); // Сарыарка → сарыаркинск
    } else if (name.endsWith(u'а') || name.endsWith(u'ы') || name.endsWith(u'я')) {
        stems << name.chopped(1) + QStringLiteral("инск"); // Караганда, Кызылорда, Алматы, Кульсары
        stems << name.chopped(1) + QStringLiteral("ск");
    } else if (name.endsWith(u'и')) {
        stems << name + QStringLiteral("йск"); // Текели → текелийск, Шиели → шиелийск
    } else if (name.endsWith(u'ь')) {
        stems << name.chopped(1) + QStringLiteral("ск"); // Сарань → саранск
        stems << name + QStringLiteral("ск"); // Есиль → есильск
    } else if (name.endsWith(u'л')) {
        stems << name + QStringLiteral("ьск") << name + QStringLiteral("ск"); // Арал → аральск
    } else if (name.endsWith(u'е') || name.endsWith(u'о')) {
        stems << name + QStringLiteral("вск"); // Булаево → булаевск (Актобе: irregular, listed)
    } else {
        stems << name + QStringLiteral("ск"); // Павлодар, Кокшетау, Семей, Экибастуз, Курчатов
    }
    return stems;
}

QStringList russianDemonymBases(const QString &adjectiveStem)
{
    if (!adjectiveStem.endsWith(QStringView(u"ск")) || adjectiveStem.size() < 6)
        return {};
    const QString base = adjectiveStem.chopped(2); // карагандин|ск, павлодар|ск, ураль|ск
    QStringList bases { base };
    // After a vowel the -с- often stays: кокшетаусцы, темиртаусцы, актаусцы (and кокшетауцы).
    if (isVowel(base.back()))
        bases << adjectiveStem.chopped(1);
    return bases;
}

QString russianChanBase(const QString &name)
{
    if (name.size() < 4 || name.contains(QLatin1Char(' ')))
        return {};
    return isVowel(name.back()) ? name.chopped(1) : name; // Астана → астан, Семей → семей
}

bool isRussianDemonymEnding(QStringView ending, bool chan)
{
    static const QSet<QString> people = [] {
        QSet<QString> s;
        for (const char16_t *e : { u"ец", u"ца", u"цу", u"цем", u"це", u"цы", u"цев", u"цам",
                 u"цами", u"цах", u"ка", u"ки", u"ке", u"ку", u"кой", u"кам", u"ками", u"ках" })
            s.insert(QString::fromUtf16(e));
        return s;
    }();
    static const QSet<QString> chanPeople = [] {
        QSet<QString> s;
        for (const char16_t *e : { u"чане", u"чан", u"чанам", u"чанами", u"чанах", u"чанин",
                 u"чанина", u"чанину", u"чанином", u"чанине", u"чанка", u"чанки", u"чанке",
                 u"чанку", u"чанкой", u"чанок", u"чанкам", u"чанками", u"чанках" })
            s.insert(QString::fromUtf16(e));
        return s;
    }();
    return (chan ? chanPeople : people).contains(ending.toString());
}

} // namespace oqy::regions
