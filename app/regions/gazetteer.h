#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace oqy::regions {

// One way a text can name a region: a place, a region's own name, a district, an abbreviation.
// Words are normalized (textnormal.h); the last word is matched by `form`, the others exactly.
struct NameEntry
{
    enum class Kind {
        Place, // a city, town or former name: names the region on its own
        RegionAdjective, // Карагандинск(ая) — needs область/регион next
        RegionNoun, // Абай, Улытау — needs область/регион before
        KazakhRegion, // Қарағанды — needs облыс… next
        LatinRegion, // Qaraǵandy — needs oblys…/region next
        DistrictAdjective, // Нуринск(ий) — needs район next
        DistrictPhrase, // Биржан сал — needs район before
        KazakhDistrict, // Нұра — needs аудан… next
        SafeAdjective, // карагандинск(ие шахтёры) — on its own
        Abbreviation, // ВКО — exact, case-sensitive
        PlaceAdjective, // экибастузск(ий разрез) — made from a place's name (derivedforms.h)
        Demonym, // павлодар(цы), семей(чане) — the people of a place, made from its name
    };
    enum class Form {
        RussianNoun, // any case form of the last word (morphology.h)
        RussianAdjective, // stem + adjective ending
        Kazakh, // stem + Kazakh suffix chain
        KazakhLatin, // stem + Latin-script suffix chain
        Exact,
        RussianDemonym, // base + -цы/-ец/-ка… (павлодар|цам)
        RussianChanDemonym, // base + -чане/-чанин/-чанка… (семей|чанами)
    };

    Kind kind = Kind::Place;
    Form form = Form::Exact;
    QString slug;
    QStringList words; // normalized; for adjectives the last one is the stem
    // For each word before the last that is itself an adjective («Новый Узень»), its stem: the
    // word then takes any adjective ending («в Новом Узене»). Empty strings for the others.
    QStringList leadingAdjectiveStems;
    QSet<QString> lastForms; // RussianNoun: every form of the last word
    QString original; // as written in the gazetteer, for messages
    bool ambiguous = false; // a person, a street or a place elsewhere too: needs a qualifier
};

// The gazetteer (resources/regions/gazetteer.json) as lookup tables. Built once, read-only, shared
// between threads.
class Gazetteer
{
public:
    // Parses the JSON file; on error the result is empty and `error` says why.
    static Gazetteer fromJson(const QByteArray &json, QString *error = nullptr);
    // The one compiled into Oqy.
    static const Gazetteer &builtIn();

    // Entries whose first word could start at a token with this normalized text.
    const QList<int> &candidates(const QString &normalizedToken) const;
    const NameEntry &entry(int index) const { return m_entries[index]; }
    QStringList slugs() const { return m_slugs; }
    qsizetype size() const { return m_entries.size(); }

private:
    void add(NameEntry entry);
    // The adjectives and the people's names Russian makes from a place's name (derivedforms.h).
    void addDerived(const NameEntry &place);
    void addDemonyms(const NameEntry &origin, const QString &adjectiveStem);
    static QString keyOf(const QString &normalizedWord);

    QList<NameEntry> m_entries;
    QHash<QString, QList<int>> m_index; // first 3 letters of the first word → entries
    QStringList m_slugs;
    QSet<QString> m_derivedStems; // slug + stem already made, so each is made once
};

} // namespace oqy::regions
