#include "gazetteer.h"

#include "derivedforms.h"
#include "morphology.h"
#include "textnormal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oqy::regions {

namespace {

using Kind = NameEntry::Kind;
using Form = NameEntry::Form;

QStringList wordsOf(const QString &name)
{
    return normalized(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString lower(const QString &name)
{
    return name.toLower();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (v.isString() && !v.toString().trimmed().isEmpty())
            out.append(v.toString().trimmed());
    return out;
}

} // namespace

QString Gazetteer::keyOf(const QString &normalizedWord)
{
    return normalizedWord.left(3);
}

void Gazetteer::add(NameEntry entry)
{
    if (entry.words.isEmpty())
        return;
    if (entry.form == Form::RussianNoun) {
        // A name that is an adjective declines like one: «в Рудном», «из Глубокого».
        const QString stem = adjectiveStem(entry.words.last());
        if (!stem.isEmpty()) {
            entry.form = Form::RussianAdjective;
            entry.words.last() = stem;
        } else {
            const QStringList forms = russianNounForms(entry.words.last());
            entry.lastForms = QSet<QString>(forms.begin(), forms.end());
        }
    }
    for (qsizetype k = 0; k + 1 < entry.words.size(); ++k)
        entry.leadingAdjectiveStems.append(
            entry.form == Form::Exact ? QString() : adjectiveStem(entry.words[k]));
    m_entries.append(std::move(entry));
}

void Gazetteer::addDerived(const NameEntry &place)
{
    // Only from a one-word Russian name as written (Экибастуз, not its Kazakh or Latin spelling).
    if (place.form != Form::RussianNoun || place.words.size() != 1)
        return;
    const QString name = place.words.first();
    const auto derived = [&](Kind kind, Form form, const QString &word) {
        NameEntry e = place;
        e.kind = kind;
        e.form = form;
        e.words = { word };
        e.lastForms.clear();
        e.leadingAdjectiveStems.clear();
        m_entries.append(std::move(e));
    };
    for (const QString &stem : russianAdjectiveStems(name)) {
        if (!m_derivedStems.contains(place.slug + stem)) {
            m_derivedStems.insert(place.slug + stem);
            derived(Kind::PlaceAdjective, Form::RussianAdjective, stem);
        }
        addDemonyms(place, stem);
    }
    const QString chan = russianChanBase(name);
    if (!chan.isEmpty())
        derived(Kind::Demonym, Form::RussianChanDemonym, chan);
}

void Gazetteer::addDemonyms(const NameEntry &origin, const QString &adjectiveStem)
{
    // «панфиловцы» are General Panfilov's guardsmen, «сатпаевцы» may be the academician's
    // students: a place that shares its name with a person gives no demonym.
    if (origin.ambiguous)
        return;
    for (const QString &base : russianDemonymBases(adjectiveStem)) {
        if (m_derivedStems.contains(origin.slug + QLatin1Char('|') + base))
            continue;
        m_derivedStems.insert(origin.slug + QLatin1Char('|') + base);
        NameEntry e = origin;
        e.kind = Kind::Demonym;
        e.form = Form::RussianDemonym;
        e.words = { base };
        e.lastForms.clear();
        e.leadingAdjectiveStems.clear();
        m_entries.append(std::move(e));
    }
}

Gazetteer Gazetteer::fromJson(const QByteArray &json, QString *error)
{
    Gazetteer g;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("gazetteer: %1").arg(parseError.errorString());
        return g;
    }
    const QJsonObject root = doc.object();
    // Ambiguity is a property of the spelling: «Қонаев» (the city, and the statesman) is
    // ambiguous, «Конаев» (only the city in Russian; the man is «Кунаев») is not. So these sets
    // hold lower-case names without folding Kazakh letters.
    QSet<QString> ambiguousPlaces;
    for (const QString &name : stringsOf(root.value(QLatin1String("ambiguous_places"))))
        ambiguousPlaces.insert(name.toLower());
    QSet<QString> ambiguousDistricts;
    for (const QString &name : stringsOf(root.value(QLatin1String("ambiguous_districts"))))
        ambiguousDistricts.insert(name.toLower());

    const auto entry = [](Kind kind, Form form, const QString &slug, const QString &name) {
        NameEntry e;
        e.kind = kind;
        e.form = form;
        e.slug = slug;
        e.original = name;
        e.words = wordsOf(name);
        return e;
    };
    const QJsonObject regions = root.value(QLatin1String("regions")).toObject();
    for (auto it = regions.begin(); it != regions.end(); ++it) {
        const QString slug = it.key();
        const QJsonObject r = it.value().toObject();
        g.m_slugs.append(slug);
        for (const QString &s : stringsOf(r.value(QLatin1String("ru_region_adjectives")))) {
            NameEntry e = entry(Kind::RegionAdjective, Form::RussianAdjective, slug, s);
            // «Западно-Казахстанская» is written solid too; its people are западноказахстанцы.
            const QString solid = e.words.join(QLatin1Char(' ')).remove(QLatin1Char('-'));
            if (e.words.size() == 1 && solid != e.words.first()) {
                NameEntry joined = e;
                joined.words = { solid };
                g.addDemonyms(joined, solid);
                g.add(std::move(joined));
            }
            if (e.words.size() == 1)
                g.addDemonyms(e, e.words.first());
            g.add(std::move(e));
        }
        for (const QString &s : stringsOf(r.value(QLatin1String("ru_region_nouns"))))
            g.add(entry(Kind::RegionNoun, Form::RussianNoun, slug, s));
        for (const QString &s : stringsOf(r.value(QLatin1String("kk_region_names"))))
            g.add(entry(Kind::KazakhRegion, Form::Kazakh, slug, s));
        for (const QString &s : stringsOf(r.value(QLatin1String("latin_region_names"))))
            g.add(entry(Kind::LatinRegion, Form::KazakhLatin, slug, s));
        for (const QString &s : stringsOf(r.value(QLatin1String("abbreviations")))) {
            NameEntry e = entry(Kind::Abbreviation, Form::Exact, slug, s);
            e.words = { s }; // case kept: «СКО», not «ско»
            g.add(std::move(e));
        }
        for (const QString &s : stringsOf(r.value(QLatin1String("ru_adjectives_safe")))) {
            NameEntry e = entry(Kind::SafeAdjective, Form::RussianAdjective, slug, s);
            if (e.words.size() == 1) {
                g.m_derivedStems.insert(slug + e.words.first());
                g.addDemonyms(e, e.words.first()); // актюбинск → актюбинцы
                // западно-казахстанские, written solid too
                const QString solid = QString(e.words.first()).remove(QLatin1Char('-'));
                if (solid != e.words.first()) {
                    NameEntry joined = e;
                    joined.words = { solid };
                    g.add(std::move(joined));
                }
            }
            g.add(std::move(e));
        }

        const auto addPlace = [&](const QJsonObject &p) {
            const QString ru = p.value(QLatin1String("ru")).toString().trimmed();
            const QString kk = p.value(QLatin1String("kk")).toString().trimmed();
            const QString latin = p.value(QLatin1String("latin")).toString().trimmed();
            if (!ru.isEmpty()) {
                NameEntry e = entry(Kind::Place, Form::RussianNoun, slug, ru);
                e.ambiguous = ambiguousPlaces.contains(lower(ru));
                g.addDerived(e);
                g.add(std::move(e));
            }
            if (!kk.isEmpty()) {
                NameEntry e = entry(Kind::Place, Form::Kazakh, slug, kk);
                e.ambiguous = ambiguousPlaces.contains(lower(kk))
                    || (!ru.isEmpty() && ambiguousPlaces.contains(lower(ru)));
                g.add(std::move(e));
            }
            if (!latin.isEmpty()) {
                NameEntry e = entry(Kind::Place, Form::KazakhLatin, slug, latin);
                e.ambiguous = !ru.isEmpty() && ambiguousPlaces.contains(lower(ru));
                g.add(std::move(e));
            }
        };
        for (const QJsonValue &p : r.value(QLatin1String("places")).toArray())
            addPlace(p.toObject());
        for (const QJsonValue &p : r.value(QLatin1String("former_names")).toArray())
            addPlace(p.toObject());
        for (const QJsonValue &d : r.value(QLatin1String("districts")).toArray()) {
            const QJsonObject o = d.toObject();
            const QString adj = o.value(QLatin1String("ru_adj")).toString().trimmed();
            const QString phrase = o.value(QLatin1String("ru_phrase")).toString().trimmed();
            const QString kk = o.value(QLatin1String("kk")).toString().trimmed();
            const bool ambiguous = (!adj.isEmpty() && ambiguousDistricts.contains(lower(adj)))
                || (!phrase.isEmpty() && ambiguousDistricts.contains(lower(phrase)));
            if (!adj.isEmpty()) {
                NameEntry e = entry(Kind::DistrictAdjective, Form::RussianAdjective, slug, adj);
                e.ambiguous = ambiguous;
                g.add(std::move(e));
            }
            if (!phrase.isEmpty()) {
                NameEntry e = entry(Kind::DistrictPhrase, Form::RussianNoun, slug, phrase);
                e.ambiguous = ambiguous;
                // «район Сарыарка» is also «Сарыаркинский район».
                if (adj.isEmpty() && e.words.size() == 1)
                    for (const QString &stem : russianAdjectiveStems(e.words.first())) {
                        NameEntry a = e;
                        a.kind = Kind::DistrictAdjective;
                        a.form = Form::RussianAdjective;
                        a.words = { stem };
                        // «Есильский район» is in three regions whichever name it was made from.
                        a.ambiguous = a.ambiguous || ambiguousDistricts.contains(stem);
                        g.add(std::move(a));
                    }
                g.add(std::move(e));
            }
            if (!kk.isEmpty()) {
                NameEntry e = entry(Kind::KazakhDistrict, Form::Kazakh, slug, kk);
                e.ambiguous = ambiguous || ambiguousDistricts.contains(lower(kk));
                g.add(std::move(e));
            }
        }
    }
    for (int i = 0; i < int(g.m_entries.size()); ++i) {
        const NameEntry &e = g.m_entries[i];
        g.m_index[keyOf(
                      e.kind == Kind::Abbreviation ? normalized(e.words.first()) : e.words.first())]
            .append(i);
    }
    if (g.m_entries.isEmpty() && error)
        *error = QStringLiteral("gazetteer: no regions");
    return g;
}

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer g = [] {
        QFile file(QStringLiteral(":/regions/gazetteer.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the gazetteer is not compiled in");
        QString error;
        Gazetteer loaded = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return loaded;
    }();
    return g;
}

const QList<int> &Gazetteer::candidates(const QString &normalizedToken) const
{
    static const QList<int> none;
    const auto it = m_index.constFind(keyOf(normalizedToken));
    return it == m_index.cend() ? none : it.value();
}

} // namespace oqy::regions
