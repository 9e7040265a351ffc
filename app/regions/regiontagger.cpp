#include "regiontagger.h"

#include "derivedforms.h"
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

// Words after a place's adjective that make it a street or a road named after the place, which
// stands anywhere («Павлодарская улица» in Astana, «Алматинская трасса»).
bool isStreetAfterAdjective(const QString &adjective, const QString &w)
{
    // One street named after the place is singular; «джамбулских улиц» are the town's streets.
    for (const char16_t *plural : { u"ие", u"ые", u"их", u"ых", u"им", u"ым", u"ими", u"ыми" })
        if (adjective.endsWith(QStringView(plural)))
            return false;
    return startsWithAny(w,
        { u"улиц", u"переул", u"проспект", u"бульвар", u"шоссе", u"трасс", u"набережн",
            u"площад", u"тупик", u"проезд" });
}

// Things named after a person whose name a town also bears («Сатпаевский университет»,
// «Курчатовские чтения», «Абайская премия»).
bool isNamedAfterAPerson(const QString &w)
{
    return startsWithAny(
        w, { u"университет", u"институт", u"чтени", u"преми", u"стипенди", u"музе", u"лицей" });
}

// A district adjective's noun: «района», «р-на», and what a district gives its name to
// («Коргалжынского заповедника», «Баянаульского национального парка», «Капчагайском
// водохранилище»). The index of that noun, or -1.
qsizetype districtHead(const QList<Token> &tokens, qsizetype after)
{
    if (after >= tokens.size())
        return -1;
    const QString &w = tokens[after].norm;
    if (startsWithAny(w, { u"район", u"р-н", u"заповедник", u"водохранилищ", u"нацпарк" }))
        return after;
    if (w.startsWith(QStringView(u"национальн")) && after + 1 < tokens.size()
        && tokens[after + 1].norm.startsWith(QStringView(u"парк")))
        return after + 1;
    return -1;
}

bool isDistrictHeadWord(const QString &w)
{
    return startsWithAny(w, { u"район", u"р-н" });
}

// Before 1917 «Туркестанский край», «Семипалатинская губерния» were not today's regions.
bool isHistoricalPolity(const QString &w)
{
    return startsWithAny(w, { u"генерал-губернатор", u"губерни", u"уезд", u"ханств", u"край" });
}

bool isCity(const QString &slug)
{
    return slug == QLatin1String("astana") || slug == QLatin1String("almaty_city")
        || slug == QLatin1String("shymkent");
}

// The city a word names after a district («района столицы», «района Шымкента»), or empty.
QString cityNamedAt(const QList<Token> &tokens, qsizetype k)
{
    if (k >= tokens.size())
        return {};
    const QString &w = tokens[k].norm;
    if (startsWithAny(w, { u"столиц", u"астан" }))
        return QStringLiteral("astana");
    if (w == QStringView(u"алматы") || startsWithAny(w, { u"мегаполис" }))
        return QStringLiteral("almaty_city");
    if (startsWithAny(w, { u"шымкент" }))
        return QStringLiteral("shymkent");
    return {};
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

// -лық/-лік/-дық/-дік/-тық/-тік and what follows it: a person or a thing of the place
// («қарағандылық», «шымкенттіктердің», «оралдықтар»). Written in lower case mid-sentence.
bool isKazakhOfPlace(const QString &w)
{
    for (const char16_t *m : { u"лык", u"лик", u"дык", u"дик", u"тык", u"тик" }) {
        const qsizetype at = w.lastIndexOf(QStringView(m));
        if (at > 2 && isKazakhSuffixChain(QStringView(w).mid(at + 3)))
            return true;
    }
    return false;
}

// Endings that put a Kazakh name in space — in, from, to, of the place in («Балқашта», «Оралдан»,
// «Шымкенттегі», «қарағандылық») — unlike the genitive and accusative that names of people take
// too («Сәтбаевтың», «Абайды»).
bool isKazakhPlaceCase(const QString &w)
{
    for (const char16_t *e :
        { u"да", u"де", u"та", u"те", u"дан", u"ден", u"тан", u"тен", u"нан", u"нен", u"га", u"ге",
            u"ка", u"ке", u"дагы", u"деги", u"тагы", u"теги",
            u"da", u"de", u"ta", u"te", u"dan", u"den", u"ga", u"ge", u"qa", u"ke" })
        if (w.endsWith(QStringView(e)))
            return true;
    return isKazakhOfPlace(w);
}

bool isKazakhRegionWord(const QString &w)
{
    return w.startsWith(QStringView(u"облыс"));
}

bool adjectiveOf(const QString &stem, const QString &token)
{
    return token.size() > stem.size() && token.startsWith(stem)
        && isRussianAdjectiveEnding(QStringView(token).mid(stem.size()));
}

bool matchesWord(const NameEntry &e, qsizetype k, const QString &token)
{
    const bool last = k == e.words.size() - 1;
    const QString &word = e.words[k];
    if (!last)
        return token == word
            || (k < e.leadingAdjectiveStems.size() && !e.leadingAdjectiveStems[k].isEmpty()
                && adjectiveOf(e.leadingAdjectiveStems[k], token));
    switch (e.form) {
    case Form::Exact:
        return token == word;
    case Form::RussianNoun:
        return e.lastForms.contains(token);
    case Form::RussianAdjective:
        return adjectiveOf(word, token);
    case Form::RussianDemonym:
    case Form::RussianChanDemonym: {
        if (token.size() <= word.size() || !token.startsWith(word))
            return false;
        const QStringView ending = QStringView(token).mid(word.size());
        // «семейка» is a small family, not a woman of Semey: -ка only after a long base.
        if (ending.startsWith(u'к') && word.size() < 6)
            return false;
        return isRussianDemonymEnding(ending, e.form == Form::RussianChanDemonym);
    }
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
            case Kind::DistrictAdjective: {
                const qsizetype head = districtHead(tokens, after);
                if (head < 0)
                    continue;
                // «Есильский район столицы», «Нуринский район столицы»: the city's district,
                // though the name is a region's district too.
                const QString city = cityNamedAt(tokens, head + 1);
                if (!city.isEmpty()) {
                    if (e.slug != city)
                        continue;
                    m.strength = 5;
                } else if (e.ambiguous) {
                    continue;
                } else {
                    // Without a city named, a region's district before a city's namesake.
                    m.strength = isCity(e.slug) ? 2 : 3;
                }
                m.end = head + 1;
                break;
            }
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
                // «Нұра ауданы», and the district's people and things: «жаңаарқалық малшылар».
                if (e.ambiguous)
                    continue;
                if (tokens[i].capitalized && next.startsWith(QStringView(u"аудан"))) {
                    m.end = after + 1;
                    m.strength = 3;
                } else if (tokens[after - 1].norm != e.words.last()
                    && isKazakhOfPlace(tokens[after - 1].norm)) {
                    m.strength = 1; // a town of the same name comes first (балқаштық)
                } else {
                    continue;
                }
                break;
            case Kind::PlaceAdjective:
                // «экибастузский разрез», «балхашские металлурги»: the town's own adjective.
                // Not a region's or a district's (their rules need their nouns), not a street or
                // a river, not a person («Игорь Семипалатинский»), not a named thing elsewhere.
                if (tokens[i].quotedBefore || isStreetOrPersonBefore(prev)
                    || isStreetAfterAdjective(tokens[i].norm, next) || isNatureAfter(next)
                    || isRegionWord(next)
                    || isNamedAfterAPerson(next) || isHistoricalPolity(next)
                    || isDistrictHeadWord(next)
                    || sharedHead(tokens, after, isDistrictHeadWord) >= 0
                    || (tokens[i].capitalized && !tokens[i].sentenceStart && i > 0
                        && tokens[i - 1].capitalized && !tokens[i - 1].sentenceStart))
                    continue;
                // A place that is also a person, a mountain range or a country's region
                // («Алтайский край», «Алатауский район»): its adjective only in lower case.
                if (e.ambiguous && tokens[i].capitalized && !tokens[i].sentenceStart)
                    continue;
                m.strength = 1;
                break;
            case Kind::Demonym:
                // A capital letter mid-sentence makes it a surname (Карагандинцев).
                if (tokens[i].capitalized && !tokens[i].sentenceStart && !tokens[i].quotedBefore)
                    continue;
                m.strength = 1;
                break;
            case Kind::SafeAdjective:
                // «Карагандинская» at the start of a name in quotes is an organisation; «улица
                // Карагандинская» and «Павлодарская улица» (in Astana) are streets.
                if (tokens[i].quotedBefore || isStreetOrPersonBefore(prev)
                    || isStreetAfterAdjective(tokens[i].norm, next)
                    || (tokens[i].capitalized && !tokens[i].sentenceStart && i > 0
                        && tokens[i - 1].capitalized && !tokens[i - 1].sentenceStart
                        && !isRegionWord(tokens[i - 1].norm)))
                    continue;
                m.strength = 1;
                break;
            case Kind::Place: {
                const bool inflected = tokens[after - 1].norm != e.words.last();
                // Places are proper names: «семей» is «of families», «атырауында» a river delta.
                // Kazakh words of the place («семейлік», «ақтаулықтар») are written in lower case.
                const bool ofPlace = (e.form == Form::Kazakh || e.form == Form::KazakhLatin)
                    && inflected && isKazakhOfPlace(tokens[after - 1].norm);
                if (!tokens[i].capitalized && !ofPlace)
                    continue;
                if (tokens[i].quotedBefore || tokens[after - 1].quotedAfter)
                    continue; // «Астана» the club, «Алматы» the hotel
                // «Балқаш көлі» is the lake; «Ақтаудағы теңіз порты» is the town's sea port.
                if (isStreetOrPersonBefore(prev) || isStreetOrPersonAfter(next)
                    || (isNatureAfter(next) && (!inflected || e.form == Form::RussianAdjective)))
                    continue;
                // Air Astana, Astana Motors: a Latin name inside a Latin company name.
                if (e.form == Form::KazakhLatin
                    && ((i > 0 && tokens[i - 1].capitalized && isLatin(tokens[i - 1].surface))
                        || (after < tokens.size() && tokens[after].capitalized
                            && isLatin(tokens[after].surface))))
                    continue;
                // A name as it stands, followed by a surname, is a person (Жамбыл Жабаев); a
                // name with a case ending is not («Астанадағы Қонаев көшесі»).
                if (!inflected && after < tokens.size() && looksLikeSurname(tokens[after]))
                    continue;
                // An ambiguous name is the town when something says so: «город Курчатов», «в
                // Курчатове», «Аксу қаласы», or a Kazakh case ending («Балқашта», «Оралдан»).
                const bool kazakhCase = e.form != Form::RussianNoun && inflected
                    && isKazakhPlaceCase(tokens[after - 1].norm);
                const bool russian
                    = e.form == Form::RussianNoun || e.form == Form::RussianAdjective;
                if (e.ambiguous && !isSettlementBefore(prev) && !isSettlementAfter(next)
                    && !(russian && inflected && isPlacePreposition(prev)) && !kazakhCase)
                    continue;
                // A name that is an adjective (Рудный, Глубокое) at a sentence's start is too
                // often the plain word: then a preposition or «город» must say it is the place.
                if (e.form == Form::RussianAdjective && tokens[i].sentenceStart
                    && !isPlacePreposition(prev) && !isSettlementBefore(prev))
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
