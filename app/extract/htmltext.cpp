#include "htmltext.h"

#include "htmlentities.h"
#include "htmltokenizer.h"

#include <QSet>

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
    static const QSet<QString> blocks = [] {
        QSet<QString> set;
        for (const char *n : {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl",
                              "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
                              "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
                              "section", "table", "td", "th", "tr", "ul", "caption", "summary",
                              "details"})
            set.insert(QString::fromLatin1(n));
        return set;
    }();
    return name.size() <= 10 && blocks.contains(name.toString());
}

void PlainTextBuilder::addText(QStringView text)
{
    // Written through a pointer into a buffer grown ahead: this runs over every article's text.
    const qsizetype needed = m_used + text.size() + 1;
    if (m_out.size() < needed)
        m_out.resize(qMax(needed, m_out.size() * 2));
    char16_t *const begin = reinterpret_cast<char16_t *>(m_out.data());
    char16_t *dst = begin + m_used;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isSpace(u)) {
            m_pendingSpace = dst != begin && !m_pendingBreak;
            continue;
        }
        if (m_pendingBreak || m_pendingSpace) {
            *dst++ = m_pendingBreak ? u'\n' : u' ';
            m_pendingBreak = m_pendingSpace = false;
        }
        *dst++ = u;
    }
    m_used = dst - begin;
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
                text.addText(token.raw.contains(QLatin1Char('&')) ? QStringView(decodeHtmlEntities(token.raw))
                                                                  : token.raw);
            break;
        case HtmlToken::Type::StartTag:
            if (isHidden(token.name) && !token.selfClosing)
                ++hidden; // the tokenizer hands their content over as one text token, then the end tag
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
        default: break;
        }
    }
    return text.finish();
}

} // namespace oqy
