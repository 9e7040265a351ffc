#include "htmltokenizer.h"

#include "htmlentities.h"

namespace oqy {

namespace {

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= 'a' && u <= 'z';
}

// Elements whose content the HTML parser reads as text, not markup.
bool isRawTextElement(const QString &name)
{
    static const QLatin1String names[] = {
        QLatin1String("script"),  QLatin1String("style"),    QLatin1String("textarea"),
        QLatin1String("title"),   QLatin1String("xmp"),      QLatin1String("iframe"),
        QLatin1String("noembed"), QLatin1String("noframes"), QLatin1String("noscript"),
        QLatin1String("plaintext")};
    for (QLatin1String n : names)
        if (name == n)
            return true;
    return false;
}

template<size_t N> QString commonOrLower(QStringView raw, const QString (&common)[N])
{
    for (const QString &name : common)
        if (name.size() == raw.size() && QStringView(name) == raw)
            return name;
    return raw.toString().toLower();
}

// The lower-case name of a tag as a QString: the usual ones (written in lower case, as they
// almost always are) are shared copies of one string each, not an allocation per tag.
QString tagName(QStringView raw)
{
    static const QString common[] = { QStringLiteral("p"), QStringLiteral("a"), QStringLiteral("b"),
        QStringLiteral("i"), QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("em"),
        QStringLiteral("br"), QStringLiteral("li"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("hr"), QStringLiteral("td"), QStringLiteral("tr"), QStringLiteral("th"),
        QStringLiteral("img"), QStringLiteral("div"), QStringLiteral("sup"), QStringLiteral("sub"),
        QStringLiteral("pre"), QStringLiteral("span"), QStringLiteral("code"),
        QStringLiteral("table"), QStringLiteral("tbody"), QStringLiteral("small"),
        QStringLiteral("strong"), QStringLiteral("figure"), QStringLiteral("iframe"),
        QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("figcaption"),
        QStringLiteral("blockquote") };
    return commonOrLower(raw, common);
}

QString attributeName(QStringView raw)
{
    static const QString common[]
        = { QStringLiteral("href"), QStringLiteral("src"), QStringLiteral("alt"),
              QStringLiteral("title"), QStringLiteral("class"), QStringLiteral("style"),
              QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("id"),
              QStringLiteral("rel"), QStringLiteral("target"), QStringLiteral("srcset"),
              QStringLiteral("align"), QStringLiteral("border"), QStringLiteral("loading") };
    return commonOrLower(raw, common);
}

} // namespace

QString HtmlToken::attribute(QLatin1String attributeName) const
{
    for (const HtmlAttribute &a : attributes)
        if (a.name == attributeName)
            return a.value;
    return {};
}

bool HtmlToken::hasAttribute(QLatin1String attributeName) const
{
    for (const HtmlAttribute &a : attributes)
        if (a.name == attributeName)
            return true;
    return false;
}

bool HtmlTokenizer::next(HtmlToken &token)
{
    token.attributes.clear();
    token.name.clear();
    token.selfClosing = false;
    const qsizetype n = m_input.size();
    if (m_pos >= n)
        return false;
    if (!m_rawTextEnd.isEmpty())
        return readRawText(token);

    if (m_input[m_pos] == QLatin1Char('<')) {
        const qsizetype start = m_pos;
        if (readTag(token))
            return true;
        m_pos = start; // not a tag after all: "<" is text
    }
    // Text up to the next "<" that can start markup.
    const qsizetype start = m_pos;
    qsizetype i = m_pos + (m_input[m_pos] == QLatin1Char('<') ? 1 : 0);
    while (i < n) {
        if (m_input[i] == QLatin1Char('<') && i + 1 < n) {
            const QChar next = m_input[i + 1];
            if (isAsciiAlpha(next) || next == QLatin1Char('/') || next == QLatin1Char('!')
                || next == QLatin1Char('?'))
                break;
        }
        ++i;
    }
    token.type = HtmlToken::Type::Text;
    token.raw = m_input.mid(start, i - start);
    m_pos = i;
    return true;
}

bool HtmlTokenizer::readTag(HtmlToken &token)
{
    const qsizetype n = m_input.size();
    qsizetype i = m_pos + 1;
    if (i >= n)
        return false;
    const QChar c = m_input[i];
    if (c == QLatin1Char('!') || c == QLatin1Char('?'))
        return readMarkupDeclaration(token);
    const bool end = c == QLatin1Char('/');
    if (end)
        ++i;
    if (i >= n || !isAsciiAlpha(m_input[i])) {
        if (end && i < n && m_input[i] == QLatin1Char('>')) { // "</>" is dropped
            token.type = HtmlToken::Type::Comment;
            token.raw = m_input.mid(m_pos, i + 1 - m_pos);
            m_pos = i + 1;
            return true;
        }
        return false;
    }
    const qsizetype nameStart = i;
    while (i < n && !isSpace(m_input[i]) && m_input[i] != QLatin1Char('/')
           && m_input[i] != QLatin1Char('>'))
        ++i;
    token.name = tagName(m_input.mid(nameStart, i - nameStart));
    token.type = end ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
    readAttributes(token, i);
    token.raw = m_input.mid(m_pos, i - m_pos);
    m_pos = i;
    if (token.type == HtmlToken::Type::StartTag && !token.selfClosing
        && (m_rawTextMode == RawText::Html
                ? isRawTextElement(token.name)
                : token.name == QLatin1String("script") || token.name == QLatin1String("style")))
        m_rawTextEnd = token.name;
    if (token.type == HtmlToken::Type::EndTag)
        token.attributes.clear();
    return true;
}

void HtmlTokenizer::readAttributes(HtmlToken &token, qsizetype &i)
{
    const qsizetype n = m_input.size();
    while (i < n) {
        while (i < n && isSpace(m_input[i]))
            ++i;
        if (i >= n)
            return;
        const QChar c = m_input[i];
        if (c == QLatin1Char('>')) {
            ++i;
            return;
        }
        if (c == QLatin1Char('/')) {
            ++i;
            if (i < n && m_input[i] == QLatin1Char('>')) {
                token.selfClosing = true;
                ++i;
                return;
            }
            continue;
        }
        const qsizetype nameStart = i;
        ++i; // a name may start with "=" (HTML standard quirk)
        while (i < n && !isSpace(m_input[i]) && m_input[i] != QLatin1Char('/')
               && m_input[i] != QLatin1Char('>') && m_input[i] != QLatin1Char('='))
            ++i;
        HtmlAttribute attribute;
        attribute.name = attributeName(m_input.mid(nameStart, i - nameStart));
        qsizetype j = i;
        while (j < n && isSpace(m_input[j]))
            ++j;
        if (j < n && m_input[j] == QLatin1Char('=')) {
            ++j;
            while (j < n && isSpace(m_input[j]))
                ++j;
            if (j < n && (m_input[j] == QLatin1Char('"') || m_input[j] == QLatin1Char('\''))) {
                const QChar quote = m_input[j];
                const qsizetype valueStart = ++j;
                while (j < n && m_input[j] != quote)
                    ++j;
                attribute.rawValue = m_input.mid(valueStart, j - valueStart);
                attribute.value = decodeHtmlEntities(attribute.rawValue);
                if (j < n)
                    ++j;
            } else {
                const qsizetype valueStart = j;
                while (j < n && !isSpace(m_input[j]) && m_input[j] != QLatin1Char('>'))
                    ++j;
                attribute.rawValue = m_input.mid(valueStart, j - valueStart);
                attribute.value = decodeHtmlEntities(attribute.rawValue);
            }
            i = j;
        }
        token.attributes.append(std::move(attribute));
    }
}

bool HtmlTokenizer::readMarkupDeclaration(HtmlToken &token)
{
    const qsizetype n = m_input.size();
    const QStringView rest = m_input.mid(m_pos);
    qsizetype end;
    if (rest.startsWith(QLatin1String("<!--"))) {
        end = m_input.indexOf(QLatin1String("-->"), m_pos + 4);
        if (end >= 0) {
            end += 3;
        } else if (m_rawTextMode == RawText::ScriptAndStyle) {
            // SGML parsers end an unterminated comment at the next "--…>"; browsers never end it.
            const qsizetype dashes = m_input.indexOf(QLatin1String("--"), m_pos + 4);
            const qsizetype close = dashes < 0 ? -1 : m_input.indexOf(QLatin1Char('>'), dashes + 2);
            end = close < 0 ? n : close + 1;
        } else {
            end = n;
        }
        token.type = HtmlToken::Type::Comment;
    } else if (rest.startsWith(QLatin1String("<![CDATA["))) {
        // Only meaningful in SVG/MathML; the text inside is kept as text.
        const qsizetype close = m_input.indexOf(QLatin1String("]]>"), m_pos + 9);
        end = close < 0 ? n : close + 3;
        token.type = HtmlToken::Type::Text;
        token.raw = m_input.mid(m_pos + 9, (close < 0 ? n : close) - m_pos - 9);
        m_pos = end;
        return true;
    } else {
        const bool doctype = rest.size() > 9
                             && rest.mid(2, 7).compare(QLatin1String("doctype"), Qt::CaseInsensitive)
                                    == 0;
        end = m_input.indexOf(QLatin1Char('>'), m_pos + 2);
        end = end < 0 ? n : end + 1;
        token.type = doctype ? HtmlToken::Type::Doctype : HtmlToken::Type::Comment;
    }
    token.raw = m_input.mid(m_pos, end - m_pos);
    m_pos = end;
    return true;
}

bool HtmlTokenizer::readRawText(HtmlToken &token)
{
    const qsizetype n = m_input.size();
    qsizetype i = m_pos;
    qsizetype textEnd = n;
    if (m_rawTextEnd != QLatin1String("plaintext")) {
        while (i < n) {
            i = m_input.indexOf(QLatin1String("</"), i);
            if (i < 0)
                break;
            const QStringView candidate = m_input.mid(i + 2, m_rawTextEnd.size());
            const qsizetype after = i + 2 + m_rawTextEnd.size();
            if (candidate.compare(m_rawTextEnd, Qt::CaseInsensitive) == 0
                && (after >= n || isSpace(m_input[after]) || m_input[after] == QLatin1Char('>')
                    || m_input[after] == QLatin1Char('/'))) {
                textEnd = i;
                break;
            }
            i += 2;
        }
    }
    m_rawTextEnd.clear();
    if (textEnd == m_pos)
        return next(token); // empty element: go straight to its end tag
    token.type = HtmlToken::Type::Text;
    token.raw = m_input.mid(m_pos, textEnd - m_pos);
    token.name.clear();
    m_pos = textEnd;
    return true;
}

} // namespace oqy
