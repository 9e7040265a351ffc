#include "regiontagger.h"

#include "morphology.h"
#include "textnormal.h"

#include <QSet>

namespace oqy::regions {

namespace {

using Kind = NameEntry::Kind;
using Form = NameEntry::Form;

// A word of the text, with what stands right before it (a quote or a sentence end matters).
struct Token
{
    QStringView surface;
    QString norm;
    bool capitalized = false;
    bool quotedBefore = false; // «Астана» (a club, a company) …
    bool quotedAfter = false;
    bool sentenceStart = false;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'\u2011' || c == u'\'' || c == u'’';
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    bool sentenceEnd = true;
    while (i < text.size()) {
        if (!isWordChar(text[i]) || text[i] == u'-') {
            if (text[i] == u'.' || text[i] == u'!' || text[i] == u'?' || text[i] == u'\n')
                sentenceEnd = true;
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && isWordChar(text[j]))
            ++j;
        // A trailing hyphen belongs to the punctuation ("Алматы- "), not to the word.
        qsizetype end = j;
        while (end > i && (text[end - 1] == u'-' || text[end - 1] == u'\''))
            --end;
        Token t;
        t.surface = text.mid(i, end - i);
        t.norm = normalized(t.surface);
        t.capitalized = t.surface.front().isUpper();
        t.quotedBefore = i > 0 && QStringView(u"«\"“„").contains(text[i - 1]);
        t.quotedAfter = j < text.size() && QStringView(u"»\"”“").contains(text[j]);
        t.sentenceStart = sentenceEnd;
        sentenceEnd = false;
        tokens.append(t);
        i = j;
    }
    return tokens;
}

bool startsWithAny(const QString &word, std::initializer_list<const char16_t *> prefixes)
{
    for (const char16_t *p : prefixes)
        if (word.startsWith(QStringView(p)))
            return true;
    return false;
}

bool isOneOf(const QString &word, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (word == QStringView(w))
            return true;
    return false;
}

// Words after which a name is a street, a monument or a person, not a place.
bool isStreetOrPersonBefore(const QString &w)
{
    return isOneOf(w,
        { u"улица", u"улицы", u"улице", u"улицу", u"улицей", u"ул", u"проспект", u"проспекта",
            u"проспекте", u"проспекту", u"проспектом", u"пр", u"пр-т", u"пр-кт", u"бульвар",
            u"бульвара", u"бульваре", u"переулок", u"переулке", u"пер", u"мкр", u"микрорайон",
            u"микрорайоне", u"микрорайона", u"имени", u"им", u"памятник", u"памятника",
            u"памятнику", u"поэт", u"поэта", u"поэту", u"поэтом", u"поэте", u"акын", u"акына",
            u"акыну", u"акыном", u"писатель", u"писателя", u"жырау", u"батыр", u"батыра",
            u"площадь", u"площади", u"сквер", u"сквере", u"street", u"avenue", u"фк", u"клуб",
            u"клуба", u"команда", u"команды", u"гостиница", u"гостиницы", u"отель", u"отеля", u"тц",
            u"трц" });
}

// Words after a name that make it a street, an avenue or a person («Абай даңғылы», «Қонаев
// көшесі», «Абай атындағы»).
bool isStreetOrPersonAfter(const QString &w)
{
    return startsWithAny(w,
        { u"кошес", u"дангыл", u"атында", u"акын", u"street", u"avenue", u"жырау", u"батыр",
            u"ханым", u"мырза" });
}

bool looksLikeSurname(const Token &t)
{
    if (!t.capitalized)
        return false;
    for (const char16_t *suffix : { u"ев", u"ов", u"ин", u"ева", u"ова", u"ина", u"улы", u"кызы",
             u"евич", u"ович", u"евна", u"овна", u"ко", u"енко", u"уулу" })
        if (t.norm.endsWith(QStringView(suffix)) && t.norm.size() > 4)
            return true;
    return false;
}

// Words that make an ambiguous name a settlement: «город Курчатов», «Аксу қаласы».
bool isSettlementBefore(const QString &w)
{
    return isOneOf(w,
        { u"город", u"города", u"городе", u"городу", u"городом", u"г", u"село", u"села", u"селе",
            u"селом", u"поселок", u"поселке", u"поселка", u"пос", u"аул", u"ауле", u"аула",
            u"станция", u"станции", u"райцентр", u"райцентре", u"city", u"town" });
}

bool isSettlementAfter(const QString &w)
{
    return startsWithAny(w, { u"кала", u"ауыл", u"кент", u"аудан", u"облыс", u"city" });
}

bool isRegionWord(const QString &w)
{
    return startsWithAny(w, { u"област", u"регион" }) || w == QStringView(u"обл");
}

bool isLatin(QStringView word)
{
    return !word.isEmpty() && word.front().unicode() < 0x250 && word.front().isLetter();
}

// Words after a name that make it a river, a lake, mountains or a sea (Орал өзені, Балқаш көлі).
bool isNatureAfter(const QString &w)
{
    return isOneOf(w,
               { u"озеро", u"озера", u"озере", u"море", u"моря", u"море", u"река", u"реки", u"реке",
                   u"горы", u"гор", u"горах", u"хребет", u"хребта", u"кол", u"коли", u"колинде",
                   u"колинин", u"колине", u"колинен", u"колдин", u"тауы", u"таулары", u"жотасы" })
        || startsWithAny(w, { u"озен", u"тениз" });
}

// Prepositions after which an ambiguous name is the town: «в Курчатове», «из Аксая».
bool isPlacePreposition(const QString &w)
{
    return isOneOf(w, { u"в", u"во", u"из", u"под", u"около", u"возле", u"до" });
}

// Whether the name stands in one of a list of names that ends in `head` («Туркестанской,
// Кызылординской и Жамбылской областях»; «Маңғыстау, Атырау және Батыс Қазақстан облыстарында»):
// the index of that head word, or -1.
qsizetype sharedHead(const QList<Token> &tokens, qsizetype from, bool (*isHead)(const QString &))
{
    for (qsizetype k = from; k < tokens.size() && k < from + 8; ++k) {
        if (isHead(tokens[k].norm))
            return k;
        const QString &w = tokens[k].norm;
        const bool joiner = w == QStringView(u"и") || w == QStringView(u"жане")
            || w == QStringView(u"мен") || w == QStringView(u"или") || w == QStringView(u"and");
        if (!joiner && !tokens[k].capitalized)
            return -1;
    }
    return -1;
}

// Endings that put a Kazakh name in space — in, from, to, of the place in («Балқашта», «Оралдан»,
// «Шымкенттегі», «қарағандылық») — unlike the genitive and accusative that names of people take
// too («Сәтбаевтың», «Абайды»).
bool isKazakhPlaceCase(const QString &w)
{
    for (const char16_t *e :
        { u"да", u"де", u"та", u"те", u"дан", u"ден", u"тан", u"тен", u"нан", u"нен", u"га", u"ге",
            u"ка", u"ке", u"дагы", u"деги", u"тагы", u"теги", u"лык", u"лик", u"лыктар", u"ликтер",
            u"da", u"de", u"ta", u"te", u"dan", u"den", u"ga", u"ge", u"qa", u"ke" })
        if (w.endsWith(QStringView(e)))
            return true;
    return false;
}

bool isKazakhRegionWord(const QString &w)
{
    return w.startsWith(QStringView(u"облыс"));
}

bool matchesWord(const NameEntry &e, qsizetype k, const QString &token)
{
    const bool last = k == e.words.size() - 1;
    const QString &word = e.words[k];
    if (!last)
        return token == word;
    switch (e.form) {
    case Form::Exact:
        return token == word;
    case Form::RussianNoun:
        return e.lastForms.contains(token);
    case Form::RussianAdjective:
        return token.size() > word.size() && token.startsWith(word)
            && isRussianAdjectiveEnding(QStringView(token).mid(word.size()));
    case Form::Kazakh:
        // Short names only as they are: «Арыс» yes, «Арыска» is not Kazakh for it.
        if (token == word)
            return true;
        return word.size() >= 4 && token.startsWith(word)
            && isKazakhSuffixChain(QStringView(token).mid(word.size()));
    case Form::KazakhLatin:
        if (token == word)
            return true;
        return word.size() >= 4 && token.startsWith(word)
            && isKazakhLatinSuffixChain(QStringView(token).mid(word.size()));
    }
    return false;
}

struct Match
{
    const NameEntry *entry = nullptr;
    qsizetype first = 0; // token range, qualifiers included
    qsizetype end = 0;
    int strength = 0; // a region's own name beats a district, a district beats a place
};

} // namespace

RegionTagger::RegionTagger(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{ }

QList<RegionTag> RegionTagger::tag(QStringView title, QStringView body) const
{
    QString text = title.toString();
    text += QLatin1String(".\n");
    text += body;
    return tag(text);
}

QList<RegionTag> RegionTagger::tag(QStringView text) const
{
    const QList<Token> tokens = tokenize(text);
    QList<RegionTag> tags;
    const auto record = [&](const QString &slug, qsizetype first, qsizetype end) {
        QString evidence;
        for (qsizetype k = first; k < end; ++k) {
            if (!evidence.isEmpty())
                evidence += QLatin1Char(' ');
            evidence += tokens[k].surface;
        }
        for (RegionTag &t : tags)
            if (t.slug == slug) {
                if (!t.evidence.contains(evidence) && t.evidence.size() < 5)
                    t.evidence.append(evidence);
                return;
            }
        tags.append({ slug, { evidence }, false });
    };

    for (qsizetype i = 0; i < tokens.size();) {
        Match best;
        for (int index : m_gazetteer.candidates(tokens[i].norm)) {
            const NameEntry &e = m_gazetteer.entry(index);
            if (i + e.words.size() > tokens.size())
                continue;
            if (e.kind == Kind::Abbreviation) {
                // «ВКО», and Kazakh endings after a hyphen: «ШҚО-да», «ВКО-шы».
                const QStringView surface = tokens[i].surface;
                if (!surface.startsWith(e.words.first())
                    || (surface.size() > e.words.first().size()
                        && surface[e.words.first().size()] != u'-'))
                    continue;
            } else {
                bool all = true;
                for (qsizetype k = 0; k < e.words.size() && all; ++k)
                    all = matchesWord(e, k, tokens[i + k].norm);
                if (!all)
                    continue;
            }
            const qsizetype after = i + e.words.size(); // the token after the name
            const QString next = after < tokens.size() ? tokens[after].norm : QString();
            const QString prev = i > 0 ? tokens[i - 1].norm : QString();
            Match m { &e, i, after, 0 };
            switch (e.kind) {
            case Kind::RegionAdjective:
                if (isRegionWord(next)) {
                    m.end = after + 1;
                } else if (sharedHead(tokens, after, isRegionWord) < 0) {
                    continue;
                }
                m.strength = 4;
                break;
            case Kind::RegionNoun:
                if (!isRegionWord(prev))
                    continue;
                m.first = i - 1;
                m.strength = 4;
                break;
            case Kind::KazakhRegion:
                if (!tokens[i].capitalized)
                    continue;
                if (isKazakhRegionWord(next))
                    m.end = after + 1;
                else if (sharedHead(tokens, after, isKazakhRegionWord) < 0)
                    continue;
                m.strength = 4;
                break;
            case Kind::LatinRegion:
                if (!next.startsWith(QStringView(u"oblys")) && next != QStringView(u"region")
                    && next != QStringView(u"oblast"))
                    continue;
                m.end = after + 1;
                m.strength = 4;
                break;
            case Kind::Abbreviation:
                m.strength = 4;
                break;
            case Kind::DistrictAdjective:
                if (e.ambiguous
                    || !(next.startsWith(QStringView(u"район"))
                        || next.startsWith(QStringView(u"р-н"))))
                    continue;
                m.end = after + 1;
                m.strength = 3;
                break;
            case Kind::DistrictPhrase: {
                // «район Биржан сал», «в районе имени Габита Мусрепова»
                const bool named = (prev == QStringView(u"имени") || prev == QStringView(u"им"))
                    && i >= 2 && tokens[i - 2].norm.startsWith(QStringView(u"район"));
                if (e.ambiguous || !(prev.startsWith(QStringView(u"район")) || named))
                    continue;
                m.first = named ? i - 2 : i - 1;
                m.strength = 3;
                break;
            }
            case Kind::KazakhDistrict:
                if (e.ambiguous || !tokens[i].capitalized
                    || !next.startsWith(QStringView(u"аудан")))
                    continue;
                m.end = after + 1;
                m.strength = 3;
                break;
            case Kind::SafeAdjective:
                // «Карагандинская» at the start of a name in quotes is an organisation; «улица
                // Карагандинская» is a street.
                if (tokens[i].quotedBefore || isStreetOrPersonBefore(prev))
                    continue;
                m.strength = 1;
                break;
            case Kind::Place: {
                // Places are proper names: «семей» is «of families», «атырауында» a river delta.
                if (!tokens[i].capitalized)
                    continue;
                if (tokens[i].quotedBefore || tokens[after - 1].quotedAfter)
                    continue; // «Астана» the club, «Алматы» the hotel
                if (isStreetOrPersonBefore(prev) || isStreetOrPersonAfter(next)
                    || isNatureAfter(next))
                    continue;
                // Air Astana, Astana Motors: a Latin name inside a Latin company name.
                if (e.form == Form::KazakhLatin
                    && ((i > 0 && tokens[i - 1].capitalized && isLatin(tokens[i - 1].surface))
                        || (after < tokens.size() && tokens[after].capitalized
                            && isLatin(tokens[after].surface))))
                    continue;
                // A name as it stands, followed by a surname, is a person (Жамбыл Жабаев); a
                // name with a case ending is not («Астанадағы Қонаев көшесі»).
                const bool inflected = tokens[after - 1].norm != e.words.last();
                if (!inflected && after < tokens.size() && looksLikeSurname(tokens[after]))
                    continue;
                // An ambiguous name is the town when something says so: «город Курчатов», «в
                // Курчатове», «Аксу қаласы», or a Kazakh case ending («Балқашта», «Оралдан»).
                const bool kazakhCase = e.form != Form::RussianNoun && inflected
                    && isKazakhPlaceCase(tokens[after - 1].norm);
                if (e.ambiguous && !isSettlementBefore(prev) && !isSettlementAfter(next)
                    && !(e.form == Form::RussianNoun && inflected && isPlacePreposition(prev))
                    && !kazakhCase)
                    continue;
                // «Қарағанды облысы», «Нұра ауданы»: the region's or the district's rule, not the
                // town's («Үштөбеде аудандық аурухана» is the town).
                if (!inflected
                    && (next.startsWith(QStringView(u"облыс"))
                        || next.startsWith(QStringView(u"аудан"))))
                    continue;
                // «в городе Аксай Ростовской области»: a namesake in another country's region.
                if (e.ambiguous && after + 1 < tokens.size() && isRegionWord(tokens[after + 1].norm)
                    && (next.endsWith(QStringView(u"ской")) || next.endsWith(QStringView(u"цкой"))))
                    continue;
                m.strength = 2;
                break;
            }
            }
            if (!best.entry || m.strength > best.strength
                || (m.strength == best.strength && m.end - m.first > best.end - best.first))
                best = m;
        }
        if (!best.entry) {
            ++i;
            continue;
        }
        record(best.entry->slug, best.first, best.end);
        i = best.end;
    }
    return tags;
}

} // namespace oqy::regions
