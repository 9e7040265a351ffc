#include "gazetteer.h"

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
        const QStringList forms = russianNounForms(entry.words.last());
        entry.lastForms = QSet<QString>(forms.begin(), forms.end());
    }
    m_entries.append(std::move(entry));
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
        for (const QString &s : stringsOf(r.value(QLatin1String("ru_region_adjectives"))))
            g.add(entry(Kind::RegionAdjective, Form::RussianAdjective, slug, s));
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
        for (const QString &s : stringsOf(r.value(QLatin1String("ru_adjectives_safe"))))
            g.add(entry(Kind::SafeAdjective, Form::RussianAdjective, slug, s));

        const auto addPlace = [&](const QJsonObject &p) {
            const QString ru = p.value(QLatin1String("ru")).toString().trimmed();
            const QString kk = p.value(QLatin1String("kk")).toString().trimmed();
            const QString latin = p.value(QLatin1String("latin")).toString().trimmed();
            if (!ru.isEmpty()) {
                NameEntry e = entry(Kind::Place, Form::RussianNoun, slug, ru);
                e.ambiguous = ambiguousPlaces.contains(lower(ru));
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
