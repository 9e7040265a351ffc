#include "htmltext.h"

#include "htmlentities.h"
#include "htmltokenizer.h"

#include <QSet>

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace oqy {

namespace {

// White space as HTML text treats it, without a library call per character for the common letters.
inline bool isSpace(char16_t u)
{
    if (u < 0x80)
        return u == ' ' || (u >= '\t' && u <= '\r');
    if (u < 0x1680) // Latin-1 and Cyrillic: two comparisons for the common letters
        return u == 0xA0 || u == 0x85;
    return u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 || u == 0x202F
        || u == 0x205F || u == 0x3000;
}

// Raw-text elements whose content is not shown; the tokenizer always ends them with an end tag.
bool isHidden(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style")
        || name == QLatin1String("noscript") || name == QLatin1String("title");
}

} // namespace

bool isBlockElement(QStringView name)
{
    // Views of string literals: looked up without building a QString per tag.
    static const QSet<QStringView> blocks = { u"address", u"article", u"aside", u"blockquote",
        u"br", u"dd", u"div", u"dl", u"dt", u"figcaption", u"figure", u"footer", u"h1", u"h2",
        u"h3", u"h4", u"h5", u"h6", u"header", u"hr", u"li", u"main", u"nav", u"ol", u"p", u"pre",
        u"section", u"table", u"td", u"th", u"tr", u"ul", u"caption", u"summary", u"details" };
    return name.size() <= 10 && blocks.contains(name);
}

// A bit pair per UTF-16 unit of the eight at `p` that may be white space (or something rare
// enough to be judged on its own); zero when all eight are plainly part of words.
inline unsigned maybeSpaceLanes(const char16_t *p)
{
#ifdef __SSE2__
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    // Unsigned 16-bit comparisons through saturating subtraction: u > 0x20 and u < 0x1680.
    const __m128i zero = _mm_setzero_si128();
    const __m128i atMostSpace = _mm_cmpeq_epi16(_mm_subs_epu16(v, _mm_set1_epi16(0x20)), zero);
    const __m128i belowOgham = _mm_cmpeq_epi16(_mm_subs_epu16(v, _mm_set1_epi16(0x167F)), zero);
    __m128i lanes = _mm_or_si128(atMostSpace, _mm_andnot_si128(belowOgham, _mm_set1_epi16(-1)));
    lanes = _mm_or_si128(lanes, _mm_cmpeq_epi16(v, _mm_set1_epi16(0xA0)));
    lanes = _mm_or_si128(lanes, _mm_cmpeq_epi16(v, _mm_set1_epi16(0x85)));
    return unsigned(_mm_movemask_epi8(lanes));
#else
    unsigned lanes = 0;
    for (int i = 0; i < 8; ++i)
        if (p[i] <= 0x20 || p[i] >= 0x1680 || p[i] == 0xA0 || p[i] == 0x85)
            lanes |= 3u << (2 * i);
    return lanes;
#endif
}

void PlainTextBuilder::addText(QStringView text)
{
    // Written through a pointer into a buffer grown ahead: this runs over every article's text.
    // At most one separator is written per white space read, plus one for a pending line break,
    // so the text's size plus one is enough, also for the eight-unit stores below.
    const qsizetype needed = m_used + text.size() + 1;
    if (m_out.size() < needed)
        m_out.resize(qMax(needed, m_out.size() * 2));
    char16_t *const begin = reinterpret_cast<char16_t *>(m_out.data());
    char16_t *dst = begin + m_used;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    bool pendingSpace = m_pendingSpace;
    bool pendingBreak = m_pendingBreak;
    while (p < end) {
        if (!pendingSpace && !pendingBreak) {
            // Inside a word: copy eight units, keep those before the first possible space.
            while (end - p >= 8) {
                const unsigned lanes = maybeSpaceLanes(p);
                std::memcpy(dst, p, 16);
                const int n = lanes == 0 ? 8 : qCountTrailingZeroBits(lanes) / 2;
                dst += n;
                p += n;
                if (n < 8)
                    break;
            }
            if (p >= end)
                break;
        }
        const char16_t u = *p++;
        if (isSpace(u)) {
            pendingSpace = dst != begin && !pendingBreak;
            continue;
        }
        if (pendingBreak || pendingSpace) {
            *dst++ = pendingBreak ? u'\n' : u' ';
            pendingBreak = pendingSpace = false;
        }
        *dst++ = u;
    }
    m_used = dst - begin;
    m_pendingSpace = pendingSpace;
    m_pendingBreak = pendingBreak;
}

QString collapseWhitespace(QStringView text)
{
    PlainTextBuilder builder; // one call: the buffer is sized for the text exactly once
    builder.addText(text);
    return builder.finish();
}

QString htmlToPlainText(QStringView html)
{
    PlainTextBuilder text;
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    int hidden = 0;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlToken::Type::Text:
            if (hidden == 0)
                text.addText(token.raw.contains(QLatin1Char('&'))
                        ? QStringView(decodeHtmlEntities(token.raw))
                        : token.raw);
            break;
        case HtmlToken::Type::StartTag:
            if (isHidden(token.name) && !token.selfClosing)
                ++hidden; // the tokenizer hands their content over as one text token, then the end
                          // tag
            else if (isBlockElement(token.name))
                text.breakLine();
            else if (token.name == QLatin1String("img"))
                text.addText(u" ");
            break;
        case HtmlToken::Type::EndTag:
            if (isHidden(token.name))
                hidden = qMax(0, hidden - 1);
            else if (isBlockElement(token.name))
                text.breakLine();
            break;
        default:
            break;
        }
    }
    return text.finish();
}

} // namespace oqy
