#include "htmlsanitizer.h"

#include "htmlentities.h"
#include "htmltokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace oqy {

namespace {

using Names = QSet<QString>;

Names names(std::initializer_list<const char *> list)
{
    Names set;
    for (const char *n : list)
        set.insert(QString::fromLatin1(n));
    return set;
}

const Names &allowedElements()
{
    static const Names set = names(
        {"a", "abbr", "acronym", "address", "article", "aside", "audio", "b", "bdi", "bdo", "big",
         "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del",
         "details", "dfn", "dir", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer",
         "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "main",
         "mark", "menu", "nav", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp",
         "section", "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table",
         "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video", "wbr"});
    return set;
}

// Removed together with everything inside them.
const Names &droppedWithContent()
{
    static const Names set = names({"script", "style", "iframe", "frame", "frameset", "object",
                                    "applet", "embed", "noembed", "noframes", "noscript", "template",
                                    "title", "head", "textarea", "select", "button", "svg", "math",
                                    "canvas", "map", "xml", "xmp", "plaintext", "form", "dialog"});
    return set;
}

const Names &voidElements()
{
    static const Names set = names({"area", "base", "basefont", "br", "col", "command", "embed",
                                    "frame", "hr", "img", "input", "isindex", "keygen", "link",
                                    "meta", "param", "source", "track", "wbr"});
    return set;
}

const Names &allowedAttributes()
{
    static const Names set = names(
        {"abbr", "align", "alt", "axis", "border", "cellpadding", "cellspacing", "char", "charoff",
         "cite", "clear", "color", "cols", "colspan", "compact", "controls", "coords", "datetime",
         "dir", "face", "headers", "height", "href", "hreflang", "hspace", "lang", "loop", "muted",
         "noshade", "nowrap", "open", "poster", "rel", "rev", "reversed", "rows", "rowspan", "rules",
         "scope", "size", "span", "src", "start", "summary", "title", "type", "valign", "value",
         "vspace", "width", "xml:lang", "style"});
    return set;
}

const Names &urlAttributes()
{
    static const Names set = names({"href", "src", "cite", "poster", "longdesc", "usemap"});
    return set;
}

const Names &safeSchemes()
{
    static const Names set = names({"http", "https", "ftp", "mailto", "tel", "news", "nntp",
                                    "feed", "irc", "ircs", "xmpp", "sip", "sips", "webcal", "magnet",
                                    "gopher", "rtsp", "mms", "callto", "skype", "geo"});
    return set;
}

// Lazy-loading sites put the real image in one of these and a 1×1 placeholder in src.
const QLatin1String LazySources[] = {QLatin1String("data-src"), QLatin1String("data-original"),
                                     QLatin1String("data-lazy-src"), QLatin1String("data-url"),
                                     QLatin1String("data-full-src"), QLatin1String("data-hi-res-src")};

bool isPlaceholderImage(const QString &src)
{
    return src.isEmpty() || src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)
           || src.contains(QLatin1String("blank."), Qt::CaseInsensitive)
           || src.contains(QLatin1String("placeholder"), Qt::CaseInsensitive)
           || src.contains(QLatin1String("spacer."), Qt::CaseInsensitive)
           || src.contains(QLatin1String("pixel."), Qt::CaseInsensitive);
}

// The largest candidate of a srcset ("a.jpg 480w, b.jpg 1024w" → b.jpg).
QString bestFromSrcset(const QString &srcset)
{
    QString best;
    double bestScore = -1;
    for (const QString &candidate : srcset.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = candidate.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        double score = 1;
        if (parts.size() > 1) {
            QString d = parts[1];
            d.chop(1);
            score = d.toDouble();
        }
        if (score > bestScore) {
            bestScore = score;
            best = parts[0];
        }
    }
    return best;
}

// Whitespace and control characters browsers ignore inside a URL scheme ("java\tscript:").
QString stripIgnorable(const QString &url)
{
    QString out;
    out.reserve(url.size());
    for (QChar c : url)
        if (c.unicode() > 0x20 && c.unicode() != 0x7F && c.unicode() != 0xAD
            && c.category() != QChar::Other_Format)
            out.append(c);
    return out;
}

class Sanitizer
{
public:
    explicit Sanitizer(const HtmlSanitizer::Options &options)
        : m_options(options)
    {
    }

    QString run(QStringView html)
    {
        m_out.reserve(html.size());
        HtmlTokenizer tokenizer(html);
        HtmlToken token;
        while (tokenizer.next(token)) {
            switch (token.type) {
            case HtmlToken::Type::Text: text(token.raw); break;
            case HtmlToken::Type::StartTag: start(token); break;
            case HtmlToken::Type::EndTag: end(token.name); break;
            case HtmlToken::Type::Comment:
            case HtmlToken::Type::Doctype: break;
            }
        }
        while (!m_open.isEmpty())
            closeTop();
        return m_out;
    }

private:
    void text(QStringView raw)
    {
        if (!m_skipUntil.isEmpty())
            return;
        // Character references that are well-formed stay as written; a bare "&" or "<" is escaped.
        qsizetype i = 0;
        const qsizetype n = raw.size();
        while (i < n) {
            const QChar c = raw[i];
            if (c == QLatin1Char('<')) {
                m_out += QLatin1String("&lt;");
            } else if (c == QLatin1Char('>')) {
                m_out += QLatin1String("&gt;");
            } else if (c == QLatin1Char('&')) {
                qsizetype j = i + 1;
                if (j < n && raw[j] == QLatin1Char('#')) {
                    ++j;
                    if (j < n && (raw[j] == QLatin1Char('x') || raw[j] == QLatin1Char('X')))
                        ++j;
                }
                const qsizetype nameStart = j;
                while (j < n && j - i < 40 && raw[j].unicode() < 128 && raw[j].isLetterOrNumber())
                    ++j;
                const bool reference = j > nameStart && j < n && raw[j] == QLatin1Char(';')
                                       && (raw[i + 1] == QLatin1Char('#')
                                           || htmlEntityCodePoint(raw.mid(nameStart, j - nameStart)));
                if (reference) {
                    m_out += raw.mid(i, j + 1 - i);
                    i = j + 1;
                    continue;
                }
                m_out += QLatin1String("&amp;");
            } else if (c.unicode() != 0) {
                m_out += c;
            }
            ++i;
        }
    }

    void start(const HtmlToken &token)
    {
        if (!m_skipUntil.isEmpty()) {
            if (token.name == m_skipUntil && !token.selfClosing)
                ++m_skipDepth;
            return;
        }
        if (droppedWithContent().contains(token.name)) {
            if (!token.selfClosing && !voidElements().contains(token.name)) {
                m_skipUntil = token.name;
                m_skipDepth = 1;
            }
            return;
        }
        if (!allowedElements().contains(token.name))
            return;
        QString attributes = safeAttributes(token);
        if (token.name == QLatin1String("img") && !attributes.contains(QLatin1String(" src=\"")))
            return; // an image with nothing safe to show is noise
        m_out += QLatin1Char('<');
        m_out += token.name;
        m_out += attributes;
        if (voidElements().contains(token.name)) {
            m_out += QLatin1String(" />");
            return;
        }
        m_out += QLatin1Char('>');
        m_open.append(token.name);
    }

    void end(const QString &name)
    {
        if (!m_skipUntil.isEmpty()) {
            if (name == m_skipUntil && --m_skipDepth == 0)
                m_skipUntil.clear();
            return;
        }
        if (voidElements().contains(name))
            return;
        const qsizetype at = m_open.lastIndexOf(name);
        if (at < 0)
            return; // a stray end tag
        while (m_open.size() > at)
            closeTop();
    }

    void closeTop()
    {
        m_out += QLatin1String("</");
        m_out += m_open.takeLast();
        m_out += QLatin1Char('>');
    }

    QString safeAttributes(const HtmlToken &token)
    {
        const bool image = token.name == QLatin1String("img") || token.name == QLatin1String("source")
                           || token.name == QLatin1String("video");
        QString out;
        QString lazySrc;
        if (token.name == QLatin1String("img") || token.name == QLatin1String("source")) {
            for (QLatin1String lazy : LazySources)
                if (lazySrc.isEmpty())
                    lazySrc = token.attribute(lazy).trimmed();
            if (lazySrc.isEmpty() && isPlaceholderImage(token.attribute(QLatin1String("src"))))
                lazySrc = bestFromSrcset(token.attribute(QLatin1String("srcset")));
            if (lazySrc.isEmpty() && isPlaceholderImage(token.attribute(QLatin1String("src"))))
                lazySrc = bestFromSrcset(token.attribute(QLatin1String("data-srcset")));
        }
        bool wroteSrc = false;
        for (const HtmlAttribute &a : token.attributes) {
            if (!allowedAttributes().contains(a.name))
                continue;
            QString value = a.value;
            if (a.name == QLatin1String("src") && !lazySrc.isEmpty()
                && isPlaceholderImage(value))
                value = lazySrc;
            if (urlAttributes().contains(a.name)) {
                value = HtmlSanitizer::safeUrl(value, m_options.base,
                                               image && a.name == QLatin1String("src"));
                if (value.isEmpty())
                    continue;
                if (a.name == QLatin1String("src"))
                    wroteSrc = true;
            } else if (a.name == QLatin1String("style")) {
                if (!m_options.keepStyles)
                    continue;
                value = HtmlSanitizer::safeStyle(value);
                if (value.isEmpty())
                    continue;
            }
            out += QLatin1Char(' ');
            out += a.name;
            out += QLatin1String("=\"");
            out += escapeHtml(value, true);
            out += QLatin1Char('"');
        }
        if (!wroteSrc && !lazySrc.isEmpty()) {
            const QString value = HtmlSanitizer::safeUrl(lazySrc, m_options.base, true);
            if (!value.isEmpty())
                out += QLatin1String(" src=\"") + escapeHtml(value, true) + QLatin1Char('"');
        }
        return out;
    }

    const HtmlSanitizer::Options &m_options;
    QString m_out;
    QStringList m_open;
    QString m_skipUntil;
    int m_skipDepth = 0;
};

} // namespace

QString HtmlSanitizer::sanitize(QStringView html, const Options &options)
{
    return Sanitizer(options).run(html);
}

QString HtmlSanitizer::safeUrl(const QString &url, const QUrl &base, bool image)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString compact = stripIgnorable(trimmed);
    const qsizetype colon = compact.indexOf(QLatin1Char(':'));
    const qsizetype slash = compact.indexOf(QLatin1Char('/'));
    const qsizetype question = compact.indexOf(QLatin1Char('?'));
    const qsizetype hash = compact.indexOf(QLatin1Char('#'));
    const bool hasScheme = colon > 0 && (slash < 0 || colon < slash)
                           && (question < 0 || colon < question) && (hash < 0 || colon < hash);
    if (hasScheme) {
        const QString scheme = compact.left(colon).toLower();
        if (scheme == QLatin1String("data")) {
            static const QRegularExpression safeImage(
                QStringLiteral("^data:image/(png|gif|jpe?g|webp|avif|bmp);"),
                QRegularExpression::CaseInsensitiveOption);
            return image && safeImage.match(compact).hasMatch() ? compact : QString();
        }
        if (!safeSchemes().contains(scheme))
            return {};
        return trimmed;
    }
    if (!base.isValid() || base.isEmpty())
        return trimmed;
    const QUrl resolved = base.resolved(QUrl(trimmed));
    if (!resolved.isValid())
        return {};
    const QString scheme = resolved.scheme().toLower();
    if (!scheme.isEmpty() && !safeSchemes().contains(scheme))
        return {};
    return resolved.toString(QUrl::FullyEncoded);
}

QString HtmlSanitizer::safeStyle(const QString &style)
{
    static const Names properties = names(
        {"azimuth", "background-color", "border-bottom-color", "border-collapse", "border-color",
         "border-left-color", "border-right-color", "border-top-color", "clear", "color", "cursor",
         "direction", "display", "elevation", "float", "font", "font-family", "font-size",
         "font-style", "font-variant", "font-weight", "height", "letter-spacing", "line-height",
         "overflow", "pause", "pause-after", "pause-before", "pitch", "pitch-range", "richness",
         "speak", "speak-header", "speak-numeral", "speak-punctuation", "speech-rate", "stress",
         "text-align", "text-decoration", "text-indent", "unicode-bidi", "vertical-align",
         "voice-family", "volume", "white-space", "width"});
    // Anything that can fetch or run code disqualifies the whole attribute.
    static const QRegularExpression dangerous(
        QStringLiteral(R"(url\s*\(|expression|javascript|vbscript|@import|behavior|binding|\\|/\*|&#|<)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression valueShape(
        QStringLiteral(R"(^\s*(#[0-9a-fA-F]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|-?[0-9.]+(?:px|em|ex|pt|pc|in|cm|mm|%)?|[a-zA-Z -,'"]+)\s*$)"));
    if (dangerous.match(style).hasMatch())
        return {};
    QStringList kept;
    for (const QString &declaration : style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed();
        if (!properties.contains(property) || value.isEmpty())
            continue;
        bool ok = true;
        for (const QString &part : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            ok = ok && valueShape.match(part).hasMatch();
        if (ok)
            kept.append(property + QLatin1String(": ") + value + QLatin1Char(';'));
    }
    return kept.join(QLatin1Char(' '));
}

} // namespace oqy
