#include "searchtext.h"

#include <utility>

#include "regions/morphology.h"
#include "regions/textnormal.h"

#include <QSet>

#include <libstemmer.h>

namespace oqy {

namespace {

bool hasKazakhLetters(QStringView text)
{
    for (QChar c : text)
        if (QStringView(u"әғқңөұүһіӘҒҚҢӨҰҮҺІ").contains(c))
            return true;
    return false;
}

bool isLatinWord(QStringView word)
{
    for (QChar c : word)
        if (c.isLetter() && c.unicode() >= 0x250)
            return false;
    return true;
}

// Kazakh Latin (2018/2021 letters and the usual digraphs) to Cyrillic, already folded.
QString transliterate(const QString &latin)
{
    QString out;
    for (qsizetype i = 0; i < latin.size(); ++i) {
        const QChar c = latin[i];
        const QChar next = i + 1 < latin.size() ? latin[i + 1] : QChar();
        if (next == u'h' && (c == u's' || c == u'c' || c == u'z')) {
            out += c == u's' ? u'ш' : c == u'c' ? u'ч' : u'ж';
            ++i;
            continue;
        }
        switch (c.unicode()) {
        case u'a':
        case u'á':
        case u'ä':
            out += u'а';
            break;
        case u'b':
            out += u'б';
            break;
        case u'c':
            out += u'с';
            break;
        case u'd':
            out += u'д';
            break;
        case u'e':
            out += u'е';
            break;
        case u'f':
            out += u'ф';
            break;
        case u'g':
        case u'ǵ':
        case u'ğ':
            out += u'г';
            break;
        case u'h':
            out += u'х';
            break;
        case u'i':
        case u'ı':
            out += u'и';
            break;
        case u'j':
            out += u'ж';
            break;
        case u'k':
        case u'q':
            out += u'к';
            break;
        case u'l':
            out += u'л';
            break;
        case u'm':
            out += u'м';
            break;
        case u'n':
        case u'ń':
        case u'ñ':
            out += u'н';
            break;
        case u'o':
        case u'ó':
        case u'ö':
            out += u'о';
            break;
        case u'p':
            out += u'п';
            break;
        case u'r':
            out += u'р';
            break;
        case u's':
        case u'ş':
            out += u'с';
            break;
        case u't':
            out += u'т';
            break;
        case u'u':
        case u'ú':
        case u'ü':
        case u'ū':
        case u'ý':
        case u'w':
            out += u'у';
            break;
        case u'v':
            out += u'в';
            break;
        case u'x':
            out += QStringLiteral("кс");
            break;
        case u'y':
            out += u'ы';
            break;
        case u'z':
            out += u'з';
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

// Words of a text: letters and digits (a hyphen splits, as the FTS5 tokenizer does).
template<class Visit> void forEachWord(QStringView text, Visit visit)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && (text[j].isLetterOrNumber() || text[j] == u'\u0301'))
            ++j;
        visit(i, j);
        i = j;
    }
}

} // namespace

SearchText::SearchText()
    : m_russian(sb_stemmer_new("russian", "UTF_8"))
{ }

SearchText::~SearchText()
{
    if (m_russian)
        sb_stemmer_delete(m_russian);
}

QString SearchText::fold(QStringView word)
{
    if (isLatinWord(word))
        return regions::normalized(transliterate(word.toString().toLower()));
    QString folded = regions::normalized(word);
    folded.remove(QChar(u'\u0301'));
    return folded;
}

QString SearchText::russianStem(const QString &folded)
{
    if (!m_russian || folded.size() < 3)
        return folded;
    const QByteArray utf8 = folded.toUtf8();
    const sb_symbol *stem = sb_stemmer_stem(
        m_russian, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stem)
        return folded;
    const QString result
        = QString::fromUtf8(reinterpret_cast<const char *>(stem), sb_stemmer_length(m_russian));
    // Snowball reads the -н of «Казахстан», «Жезказган», «Талдыкорган» as a participle ending
    // («сделан»), but not in «Казахстане»: keep such names whole so that every case meets.
    if ((folded.endsWith(QStringView(u"ан")) || folded.endsWith(QStringView(u"ян")))
        && result.size() == folded.size() - 1)
        return folded;
    return result;
}

QString SearchText::kazakhStem(const QString &folded)
{
    // The shortest stem of at least four letters whose rest is a chain of Kazakh endings:
    // «Қарағандыда», «Қарағандының», «Қарағанды» all become «караган…»-the same stem.
    for (qsizetype k = 4; k < folded.size(); ++k)
        if (regions::isKazakhSuffixChain(QStringView(folded).mid(k)))
            return folded.left(k);
    return folded;
}

QString SearchText::indexForm(QStringView text)
{
    // A Kazakh text has Kazakh letters in many of its words; a Russian one at most in a name or
    // two.
    int words = 0;
    int kazakhWords = 0;
    forEachWord(text, [&](qsizetype i, qsizetype j) {
        ++words;
        kazakhWords += hasKazakhLetters(text.mid(i, j - i)) ? 1 : 0;
    });
    const bool kazakh = kazakhWords * 6 >= words && kazakhWords > 0;
    QString out;
    out.reserve(text.size());
    forEachWord(text, [&](qsizetype i, qsizetype j) {
        const QStringView word = text.mid(i, j - i);
        const bool asKazakh = kazakh || isLatinWord(word) || hasKazakhLetters(word);
        // News repeats its words: stems are remembered (the writer indexes thousands of articles
        // in one refresh).
        QString key = word.toString();
        key += asKazakh ? QChar(u'\1') : QChar(u'\2');
        auto it = m_stems.constFind(key);
        if (it == m_stems.cend()) {
            if (m_stems.size() > 200'000)
                m_stems.clear();
            const QString folded = fold(word);
            it = m_stems.insert(key, asKazakh ? kazakhStem(folded) : russianStem(folded));
            m_newStems.append(it.value());
        }
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += it.value();
    });
    return out;
}

namespace {

struct QueryPart
{
    QStringList words;
    bool phrase = false;
    bool prefix = false;
    bool excluded = false;
};

QList<QueryPart> parseQuery(QStringView query)
{
    QList<QueryPart> parts;
    qsizetype i = 0;
    while (i < query.size()) {
        if (query[i].isSpace()) {
            ++i;
            continue;
        }
        QueryPart part;
        if (query[i] == u'-') {
            part.excluded = true;
            ++i;
        }
        qsizetype end;
        if (i < query.size() && (query[i] == u'"' || query[i] == u'«')) {
            const QChar close = query[i] == u'"' ? u'"' : u'»';
            end = query.indexOf(close, i + 1);
            if (end < 0)
                end = query.size();
            part.phrase = true;
            forEachWord(query.mid(i + 1, end - i - 1), [&](qsizetype a, qsizetype b) {
                part.words.append(query.mid(i + 1 + a, b - a).toString());
            });
            i = end + 1;
        } else {
            end = i;
            while (end < query.size() && !query[end].isSpace())
                ++end;
            const QStringView token = query.mid(i, end - i);
            part.prefix = token.endsWith(u'*');
            forEachWord(token, [&](qsizetype a, qsizetype b) {
                part.words.append(token.mid(a, b - a).toString());
            });
            part.phrase = part.words.size() > 1; // «Усть-Каменогорск»
            i = end;
        }
        if (!part.words.isEmpty())
            parts.append(part);
    }
    return parts;
}

QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QStringList SearchText::takeNewStems()
{
    return std::exchange(m_newStems, {});
}

QString SearchText::matchExpression(QStringView query, const PrefixExpander &expandPrefix)
{
    QStringList positive;
    QStringList negative;
    for (const QueryPart &part : parseQuery(query)) {
        QString expression;
        if (part.prefix && part.words.size() == 1) {
            const QString folded = fold(part.words.first());
            QString shortest = folded;
            for (const QString &s : { russianStem(folded), kazakhStem(folded) })
                if (s.size() < shortest.size())
                    shortest = s;
            expression = quoted(shortest) + QLatin1Char('*');
            const QStringList terms = expandPrefix ? expandPrefix(shortest) : QStringList();
            if (!terms.isEmpty()) {
                QStringList alternatives;
                for (const QString &t : terms)
                    alternatives.append(quoted(t));
                expression = QLatin1Char('(') + alternatives.join(QLatin1String(" OR "))
                    + QLatin1Char(')');
            }
        } else {
            // Each word in the Russian and the Kazakh stemming: the index holds one of them.
            QStringList russian;
            QStringList kazakh;
            for (const QString &w : part.words) {
                const QString folded = fold(w);
                russian.append(isLatinWord(w) ? kazakhStem(folded) : russianStem(folded));
                kazakh.append(kazakhStem(folded));
            }
            const QString a = quoted(russian.join(QLatin1Char(' ')));
            const QString b = quoted(kazakh.join(QLatin1Char(' ')));
            expression = a == b ? a : QStringLiteral("(%1 OR %2)").arg(a, b);
        }
        (part.excluded ? negative : positive).append(expression);
    }
    if (positive.isEmpty())
        return {}; // see exclusionExpression()
    QString out = positive.join(QLatin1String(" AND "));
    for (const QString &n : std::as_const(negative))
        out += QLatin1String(" NOT ") + n;
    return out;
}

QString SearchText::exclusionExpression(QStringView query)
{
    QStringList negative;
    for (QueryPart part : parseQuery(query))
        if (part.excluded) {
            part.excluded = false;
            const QString single = part.phrase
                ? QLatin1Char('"') + part.words.join(QLatin1Char(' ')) + QLatin1Char('"')
                : part.words.join(QLatin1Char(' '))
                    + (part.prefix ? QStringLiteral("*") : QString());
            negative.append(matchExpression(single));
        }
    negative.removeAll(QString());
    return negative.join(QLatin1String(" OR "));
}

QStringList SearchText::queryStems(QStringView query)
{
    QStringList stems;
    for (const QueryPart &part : parseQuery(query)) {
        if (part.excluded)
            continue;
        for (const QString &w : part.words) {
            const QString folded = fold(w);
            stems << russianStem(folded) << kazakhStem(folded);
        }
    }
    stems.removeDuplicates();
    return stems;
}

QString SearchText::snippet(QStringView text, QStringView query, int maxChars)
{
    const QStringList stems = queryStems(query);
    struct Hit
    {
        qsizetype begin, end;
    };
    QList<Hit> hits;
    forEachWord(text, [&](qsizetype i, qsizetype j) {
        const QString folded = fold(text.mid(i, j - i));
        for (const QString &s : stems)
            if (!s.isEmpty() && folded.startsWith(s)) {
                hits.append({ i, j });
                return;
            }
    });
    const qsizetype center = hits.isEmpty() ? 0 : hits.first().begin;
    qsizetype from = qMax<qsizetype>(0, center - maxChars / 3);
    while (from > 0 && !text[from - 1].isSpace())
        --from; // start on a word
    qsizetype to = qMin(text.size(), from + maxChars);
    while (to < text.size() && !text[to].isSpace())
        ++to;
    QString out = from > 0 ? QStringLiteral("…") : QString();
    qsizetype at = from;
    for (const Hit &h : std::as_const(hits)) {
        if (h.begin < from || h.end > to)
            continue;
        out += text.mid(at, h.begin - at);
        out += QLatin1Char('[');
        out += text.mid(h.begin, h.end - h.begin);
        out += QLatin1Char(']');
        at = h.end;
    }
    out += text.mid(at, to - at);
    if (to < text.size())
        out += QStringLiteral("…");
    return out.simplified();
}

} // namespace oqy
