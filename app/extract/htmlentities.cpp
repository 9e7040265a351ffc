#include "htmlentities.h"

#include <libxml/HTMLparser.h>

namespace oqy {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

void appendCodePoint(QString &out, char32_t cp)
{
    // NUL, surrogates and out-of-range values are replaced, as the HTML standard says.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    // Windows-1252 code points written as numeric references (&#150;) mean the cp1252 character.
    static const char16_t cp1252[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (cp >= 0x80 && cp <= 0x9F)
        cp = cp1252[cp - 0x80];
    if (cp > 0xFFFF) {
        out.append(QChar::highSurrogate(cp));
        out.append(QChar::lowSurrogate(cp));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

} // namespace

char32_t htmlEntityCodePoint(QStringView name)
{
    if (name.isEmpty() || name.size() > 32)
        return 0;
    if (name == QLatin1String("apos")) // XML's, also HTML5's
        return U'\'';
    // HTML5 added names for punctuation that obfuscated URLs use ("javascript&colon;…"); libxml2's
    // table is HTML 4's, so these few are known here.
    static const struct
    {
        const char *name;
        char32_t value;
    } html5[] = {{"colon", U':'},  {"Tab", U'\t'},    {"NewLine", U'\n'}, {"lpar", U'('},
                 {"rpar", U')'},   {"period", U'.'},  {"sol", U'/'},      {"bsol", U'\\'},
                 {"comma", U','},  {"excl", U'!'},    {"quest", U'?'},    {"num", U'#'},
                 {"percnt", U'%'}, {"plus", U'+'},    {"equals", U'='},   {"lowbar", U'_'},
                 {"semi", U';'},   {"grave", U'`'},   {"lsqb", U'['},     {"rsqb", U']'},
                 {"lcub", U'{'},   {"rcub", U'}'},    {"verbar", U'|'},   {"ast", U'*'},
                 {"dollar", U'$'}, {"commat", U'@'},  {"Hat", U'^'},      {"nbsp", 0xA0}};
    for (const auto &e : html5)
        if (name == QLatin1String(e.name))
            return e.value;
    const QByteArray latin = name.toLatin1();
    const htmlEntityDesc *desc = htmlEntityLookup(reinterpret_cast<const xmlChar *>(latin.constData()));
    return desc ? desc->value : 0;
}

QString decodeHtmlEntities(QStringView text)
{
    const qsizetype amp = text.indexOf(QLatin1Char('&'));
    if (amp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    out.append(text.left(amp));
    qsizetype i = amp;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c != QLatin1Char('&')) {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < n && text[j] == QLatin1Char('#')) {
            ++j;
            const bool hex = j < n && (text[j] == QLatin1Char('x') || text[j] == QLatin1Char('X'));
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            char32_t value = 0;
            bool overflow = false;
            while (j < n) {
                const char16_t d = text[j].unicode();
                int digit = -1;
                if (d >= '0' && d <= '9')
                    digit = d - '0';
                else if (hex && d >= 'a' && d <= 'f')
                    digit = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F')
                    digit = d - 'A' + 10;
                if (digit < 0)
                    break;
                value = value * (hex ? 16 : 10) + char32_t(digit);
                if (value > 0x10FFFF)
                    overflow = true, value = 0x110000;
                ++j;
            }
            if (j == digitsStart) { // "&#" with no digits is literal text
                out.append(c);
                ++i;
                continue;
            }
            if (j < n && text[j] == QLatin1Char(';'))
                ++j;
            appendCodePoint(out, overflow ? 0xFFFD : value);
            i = j;
            continue;
        }
        while (j < n && isAsciiAlnum(text[j]) && j - i <= 32)
            ++j;
        const QStringView name = text.mid(i + 1, j - i - 1);
        const bool semicolon = j < n && text[j] == QLatin1Char(';');
        char32_t cp = htmlEntityCodePoint(name);
        qsizetype consumed = j + (semicolon ? 1 : 0);
        if (!semicolon && cp > 0xFF)
            cp = 0; // only the Latin-1 set is legacy: browsers read "&hearts" as text
        if (cp == 0 && !semicolon) {
            // Legacy references that browsers decode without a semicolon ("&ampx", "&lt1").
            for (qsizetype len = qMin<qsizetype>(name.size() - 1, 6); len >= 2 && cp == 0; --len) {
                const char32_t prefix = htmlEntityCodePoint(name.left(len));
                if (prefix && prefix <= 0xFF) {
                    cp = prefix;
                    consumed = i + 1 + len;
                }
            }
        }
        if (cp == 0) {
            out.append(c);
            ++i;
            continue;
        }
        appendCodePoint(out, cp);
        i = consumed;
    }
    return out;
}

QString escapeHtml(QStringView text, bool attribute)
{
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"':
            if (attribute) {
                out += QLatin1String("&quot;");
                break;
            }
            out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

} // namespace oqy
