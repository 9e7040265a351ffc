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
    return u == 0xA0 || u == 0x85 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028
           || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000;
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
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (isSpace(text[i].unicode())) {
            m_pendingSpace = !m_out.isEmpty() && !m_pendingBreak;
            ++i;
            continue;
        }
        // A whole word at a time: Cyrillic text is mostly letters.
        qsizetype j = i + 1;
        while (j < n && !isSpace(text[j].unicode()))
            ++j;
        if (m_pendingBreak)
            m_out += QLatin1Char('\n');
        else if (m_pendingSpace)
            m_out += QLatin1Char(' ');
        m_pendingBreak = m_pendingSpace = false;
        m_out += text.mid(i, j - i);
        i = j;
    }
}

QString collapseWhitespace(QStringView text)
{
    PlainTextBuilder builder;
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
