#include "htmltext.h"

#include "htmlentities.h"
#include "htmltokenizer.h"

#include <QSet>

namespace oqy {

namespace {

bool isBlock(const QString &name)
{
    static const QSet<QString> blocks = [] {
        QSet<QString> s;
        for (const char *n : {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl",
                              "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
                              "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
                              "section", "table", "td", "th", "tr", "ul", "caption", "summary",
                              "details"})
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    return blocks.contains(name);
}

// Raw-text elements whose content is not shown; the tokenizer always ends them with an end tag.
bool isHidden(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style")
           || name == QLatin1String("noscript") || name == QLatin1String("title");
}

} // namespace

QString collapseWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

QString htmlToPlainText(QStringView html)
{
    QString out;
    QString line;
    auto flushLine = [&] {
        const QString collapsed = collapseWhitespace(line);
        line.clear();
        if (collapsed.isEmpty())
            return;
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += collapsed;
    };
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    int hidden = 0;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlToken::Type::Text:
            if (hidden == 0)
                line += decodeHtmlEntities(token.raw);
            break;
        case HtmlToken::Type::StartTag:
            if (isHidden(token.name) && !token.selfClosing) {
                // the tokenizer hands their content over as one text token, then the end tag
                ++hidden;
            } else if (isBlock(token.name)) {
                flushLine();
            } else if (token.name == QLatin1String("img")) {
                line += QLatin1Char(' ');
            }
            break;
        case HtmlToken::Type::EndTag:
            if (isHidden(token.name))
                hidden = qMax(0, hidden - 1);
            else if (isBlock(token.name))
                flushLine();
            break;
        default: break;
        }
    }
    flushLine();
    return out;
}

} // namespace oqy
