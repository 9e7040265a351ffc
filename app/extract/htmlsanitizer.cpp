#include "htmlsanitizer.h"

#include "htmlentities.h"
#include "htmlsanitizerpolicy.h"
#include "htmltext.h"
#include "htmltokenizer.h"
#include "utf16scan.h"

#include <QRegularExpression>
#include <algorithm>

namespace oqy {

using namespace sanitizer;

namespace {

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

// A scriptable scheme anywhere in a value ("x,javascript:…" in a srcset-like list, a title that
// a careless template might turn into a link): such a value is dropped whatever the attribute.
bool mentionsScript(const QString &value)
{
    if (!value.contains(QLatin1Char(':')))
        return false;
    const QString compact = stripIgnorable(value).toLower();
    // UTF-16 needles: Qt 6.4 searches for a Latin-1 one through a slow generic path.
    for (const char16_t *scheme : {u"javascript:", u"vbscript:", u"livescript:", u"mocha:", u"data:text/html",
                                   u"data:application/xhtml", u"data:image/svg+xml"})
        if (compact.contains(QStringView(scheme)))
            return true;
    return false;
}

// An attribute value as feedparser writes it: references kept as written, the rest escaped.
QString escapeRawAttribute(QStringView raw)
{
    static const QRegularExpression bareAmpersand(QStringLiteral("&(?!#\\d+;|#x[0-9a-fA-F]+;|\\w+;)"));
    QString value = raw.toString();
    value.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    value.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    value.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    value.replace(bareAmpersand, QStringLiteral("&amp;"));
    return value;
}

// feedparser's pre-parse rewrites: "<!" that starts nothing is text, "<br/>" is "<br />" and
// "<span/>" an empty span, &#39; and &#34; are plain quotes, CDATA sections are text.
QString compatPreprocess(QStringView html)
{
    static const QRegularExpression notDeclaration(QStringLiteral("<!((?!DOCTYPE|--|\\[))"));
    static const QRegularExpression shortTag(QStringLiteral("<([^<>\\s]+?)\\s*/>"));
    QString data = html.toString();
    data.replace(QLatin1String("<![CDATA["), QLatin1String("&lt;![CDATA["));
    data.remove(QLatin1String("<>")); // an SGML "empty tag": nothing
    data.replace(notDeclaration, QStringLiteral("&lt;!\\1"));
    QString out;
    qsizetype last = 0;
    for (auto it = shortTag.globalMatch(data); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(data).mid(last, m.capturedStart() - last);
        const QString tag = m.captured(1);
        out += voidElements().contains(tag) ? QLatin1Char('<') + tag + QLatin1String(" />")
                                            : QLatin1Char('<') + tag + QLatin1String("></") + tag + QLatin1Char('>');
        last = m.capturedEnd();
    }
    out += QStringView(data).mid(last);
    out.replace(QLatin1String("&#39;"), QLatin1String("'"));
    out.replace(QLatin1String("&#34;"), QLatin1String("\""));
    return out;
}

class Sanitizer
{
public:
    explicit Sanitizer(const HtmlSanitizer::Options &options)
        : m_options(options)
        , m_compat(options.policy == HtmlSanitizer::Policy::FeedCompatible)
        , m_elements(m_compat ? compatElements() : readerElements())
        , m_dropped(m_compat ? compatDroppedWithContent() : readerDroppedWithContent())
        , m_attributes(m_compat ? compatAttributes() : readerAttributes())
    {
    }

    QString run(QStringView input)
    {
        const QString preprocessed = m_compat ? compatPreprocess(input) : QString();
        const QStringView html = m_compat ? QStringView(preprocessed) : input;
        m_out.reserve(html.size());
        HtmlTokenizer tokenizer(html, m_compat ? HtmlTokenizer::RawText::ScriptAndStyle
                                               : HtmlTokenizer::RawText::Html);
        HtmlToken token;
        while (tokenizer.next(token)) {
            switch (token.type) {
            case HtmlToken::Type::Text: text(token.raw); break;
            case HtmlToken::Type::StartTag: start(token); break;
            case HtmlToken::Type::EndTag: end(token.name); break;
            case HtmlToken::Type::Comment:
                // feedparser keeps comments (complete ones); the reader pane has no use for them.
                if (m_compat && m_skipUntil.isEmpty() && token.raw.startsWith(QLatin1String("<!--"))
                    && token.raw.endsWith(QLatin1String("-->")) && token.raw.size() >= 7)
                    m_out += token.raw;
                break;
            case HtmlToken::Type::Doctype: break;
            }
        }
        if (!m_compat)
            while (!m_open.isEmpty())
                closeTop();
        if (m_options.plainText)
            *m_options.plainText = m_text.finish();
        return m_out;
    }

private:
    void text(QStringView raw)
    {
        if (!m_skipUntil.isEmpty())
            return;
        if (m_options.plainText)
            m_text.addText(raw.contains(QLatin1Char('&')) ? QStringView(decodeHtmlEntities(raw)) : raw);
        qsizetype i = 0;
        const qsizetype n = raw.size();
        while (i < n) {
            // Copy the run of ordinary characters in one go; stop at the few that need care.
            const qsizetype j = indexOfAny(raw.utf16(), i, n, u'&', u'<', u'\0');
            m_out += raw.mid(i, j - i);
            if (j >= n)
                break;
            const char16_t u = raw[j].unicode();
            if (u == '&') {
                i = reference(raw, j);
                continue;
            }
            if (u == '<')
                m_out += QLatin1String("&lt;");
            i = j + 1;
        }
    }

    // Writes the reference starting at raw[i] ("&amp;", "&#160;", a bare "&") and returns the index
    // after it. Well-formed references stay as written, like feedparser; numeric ones are written in
    // lower case, with the Windows-1252 mistakes (&#146;) mapped to the characters meant.
    qsizetype reference(QStringView raw, qsizetype i)
    {
        const qsizetype n = raw.size();
        qsizetype j = i + 1;
        if (j < n && raw[j] == QLatin1Char('#')) {
            ++j;
            const bool hex = j < n && (raw[j] == QLatin1Char('x') || raw[j] == QLatin1Char('X'));
            if (hex)
                ++j;
            const qsizetype digits = j;
            while (j < n && j - digits < 8
                   && (raw[j].isDigit() || (hex && QStringLiteral("abcdefABCDEF").contains(raw[j]))))
                ++j;
            if (j > digits && j < n && raw[j] == QLatin1Char(';')) {
                bool ok = false;
                uint value = raw.mid(digits, j - digits).toUInt(&ok, hex ? 16 : 10);
                static const char16_t cp1252[32] = {
                    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
                if (ok && value >= 0x80 && value <= 0x9F && cp1252[value - 0x80])
                    m_out += QStringLiteral("&#x%1;").arg(uint(cp1252[value - 0x80]), 0, 16);
                else
                    m_out += raw.mid(i, j + 1 - i).toString().toLower();
                return j + 1;
            }
            m_out += QLatin1String("&amp;");
            return i + 1;
        }
        while (j < n && j - i < 40 && raw[j].unicode() < 128 && (raw[j].isLetterOrNumber() || raw[j] == QLatin1Char('.')
                                                                 || raw[j] == QLatin1Char('-')))
            ++j;
        const QStringView name = raw.mid(i + 1, j - i - 1);
        const bool semicolon = j < n && raw[j] == QLatin1Char(';');
        if (!name.isEmpty() && semicolon && (htmlEntityCodePoint(name) || name == QLatin1String("apos"))) {
            m_out += raw.mid(i, j + 1 - i);
            return j + 1;
        }
        m_out += QLatin1String("&amp;");
        return i + 1;
    }

    void start(const HtmlToken &token)
    {
        if (!m_skipUntil.isEmpty()) {
            if (token.name == m_skipUntil && !token.selfClosing)
                ++m_skipDepth;
            return;
        }
        if (m_dropped.contains(token.name)) {
            if (!token.selfClosing && !voidElements().contains(token.name)) {
                m_skipUntil = token.name;
                m_skipDepth = 1;
            }
            return;
        }
        if (!m_elements.contains(token.name))
            return;
        if (m_options.plainText) {
            if (isBlockElement(token.name))
                m_text.breakLine();
            else if (token.name == QLatin1String("img"))
                m_text.addText(u" ");
        }
        const QString attributes = safeAttributes(token);
        if (!m_compat && token.name == QLatin1String("img") && !attributes.contains(QLatin1String(" src=\"")))
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
        if (voidElements().contains(name) || !m_elements.contains(name))
            return;
        if (m_options.plainText && isBlockElement(name))
            m_text.breakLine();
        if (m_compat) {
            // feedparser writes end tags as they come; nothing is closed for the author.
            m_out += QLatin1String("</") + name + QLatin1Char('>');
            return;
        }
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
        QList<const HtmlAttribute *> attributes;
        if (token.attributes.isEmpty()) // most tags (<p>, <b>, <li>): nothing to look at
            return {};
        for (const HtmlAttribute &a : token.attributes) {
            if (!m_attributes.contains(a.name))
                continue;
            // feedparser reads attributes into a dictionary: the last duplicate wins, and they come
            // out sorted. Browsers keep the first.
            auto existing = std::find_if(attributes.begin(), attributes.end(),
                                         [&](const HtmlAttribute *b) { return b->name == a.name; });
            if (existing == attributes.end())
                attributes.append(&a);
            else if (m_compat)
                *existing = &a;
        }
        if (m_compat)
            std::sort(attributes.begin(), attributes.end(),
                      [](const HtmlAttribute *a, const HtmlAttribute *b) { return a->name < b->name; });

        QString lazySrc;
        if (!m_compat && (token.name == QLatin1String("img") || token.name == QLatin1String("source"))) {
            for (QLatin1String lazy : LazySources)
                if (lazySrc.isEmpty())
                    lazySrc = token.attribute(lazy).trimmed();
            if (lazySrc.isEmpty() && isPlaceholderImage(token.attribute(QLatin1String("src"))))
                lazySrc = bestFromSrcset(token.attribute(QLatin1String("srcset")));
            if (lazySrc.isEmpty() && isPlaceholderImage(token.attribute(QLatin1String("src"))))
                lazySrc = bestFromSrcset(token.attribute(QLatin1String("data-srcset")));
        }

        static const QRegularExpression markup(QStringLiteral("<[A-Za-z/!?]"));
        // The lazy address passes the same checks as any value (a second pass must agree).
        if (!lazySrc.isEmpty() && (mentionsScript(lazySrc) || markup.match(lazySrc).hasMatch()))
            lazySrc.clear();
        QString out;
        bool wroteSrc = false;
        for (const HtmlAttribute *a : std::as_const(attributes)) {
            // Values that name a script, or hold markup a later parser might revive (mXSS).
            if (!m_compat && (mentionsScript(a->value) || markup.match(a->value).hasMatch()))
                continue;
            QString written;
            if (urlAttributes().contains(a->name)) {
                QString value = a->value;
                if (a->name == QLatin1String("src") && !lazySrc.isEmpty() && isPlaceholderImage(value))
                    value = lazySrc;
                value = HtmlSanitizer::safeUrl(value, m_options.base, image && a->name == QLatin1String("src"));
                if (value.isEmpty() && !m_compat)
                    continue; // feedparser keeps the attribute, emptied
                if (m_compat && value == a->value.trimmed() && !a->rawValue.contains(QLatin1Char('&')))
                    written = escapeRawAttribute(a->rawValue.trimmed());
                else
                    written = escapeHtml(value, true);
                if (a->name == QLatin1String("src") && !value.isEmpty())
                    wroteSrc = true;
            } else if (a->name == QLatin1String("style")) {
                if (!m_compat && !m_options.keepStyles)
                    continue;
                const QString value = HtmlSanitizer::safeStyle(a->value, m_options.policy);
                if (value.isEmpty())
                    continue;
                written = escapeHtml(value, true);
            } else {
                QString value = a->value;
                if (a->name == QLatin1String("rel") || a->name == QLatin1String("type"))
                    value = value.toLower();
                written = m_compat && value == a->value ? escapeRawAttribute(a->rawValue) : escapeHtml(value, true);
            }
            out += QLatin1Char(' ') + a->name + QLatin1String("=\"") + written + QLatin1Char('"');
        }
        if (!wroteSrc && !lazySrc.isEmpty()) {
            const QString value = HtmlSanitizer::safeUrl(lazySrc, m_options.base, true);
            if (!value.isEmpty())
                out += QLatin1String(" src=\"") + escapeHtml(value, true) + QLatin1Char('"');
        }
        return out;
    }

    const HtmlSanitizer::Options &m_options;
    const bool m_compat;
    const Names &m_elements;
    const Names &m_dropped;
    const Names &m_attributes;
    QString m_out;
    PlainTextBuilder m_text;
    QStringList m_open;
    QString m_skipUntil;
    int m_skipDepth = 0;
};

QString compatStyle(const QString &input)
{
    static const QRegularExpression url(QStringLiteral("url\\s*\\(\\s*[^\\s)]+?\\s*\\)\\s*"));
    static const QRegularExpression gauntlet(QStringLiteral(
        "^([:,;#%.\\sa-zA-Z0-9!]|\\w-\\w|'[\\s\\w]+'|\"[\\s\\w]+\"|\\([\\d,\\s]+\\))*$"));
    static const QRegularExpression declaration(QStringLiteral("\\s*[-\\w]+\\s*:\\s*[^:;]*;?"));
    static const QRegularExpression pair(QStringLiteral("([-\\w]+)\\s*:\\s*([^:;]*)"));
    static const QRegularExpression validValue(QStringLiteral(
        "^(#[0-9a-f]+|rgb\\(\\d+%?,\\d*%?,?\\d*%?\\)?|\\d{0,2}\\.?\\d{0,2}(cm|em|ex|in|mm|pc|pt|px|%|,|\\))?)$"));
    QString style = input;
    style.replace(url, QStringLiteral(" "));
    if (!gauntlet.match(style).hasMatch())
        return {};
    if (!QString(style).remove(declaration).trimmed().isEmpty())
        return {};
    QStringList clean;
    for (auto it = pair.globalMatch(style); it.hasNext();) {
        const auto m = it.next();
        const QString property = m.captured(1);
        const QString value = m.captured(2);
        if (value.isEmpty())
            continue;
        if (compatCssProperties().contains(property.toLower())) {
            clean.append(property + QLatin1String(": ") + value + QLatin1Char(';'));
            continue;
        }
        static const QStringList boxes = {QStringLiteral("background"), QStringLiteral("border"),
                                          QStringLiteral("margin"), QStringLiteral("padding")};
        if (boxes.contains(property.section(QLatin1Char('-'), 0, 0).toLower())) {
            bool ok = true;
            for (const QString &keyword : value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                ok = ok && (compatCssKeywords().contains(keyword) || validValue.match(keyword).hasMatch());
            if (ok)
                clean.append(property + QLatin1String(": ") + value + QLatin1Char(';'));
        }
    }
    return clean.join(QLatin1Char(' '));
}

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
    // Pretty form: an address with Cyrillic in it stays readable, as the feed wrote it — unless it
    // would begin or end with a space (a decoded %20), which the next reader of the attribute trims:
    // then the encoded form, so that sanitising the output again changes nothing.
    const QString pretty = resolved.toString();
    if (!pretty.isEmpty() && (pretty.front().isSpace() || pretty.back().isSpace()))
        return QString::fromLatin1(resolved.toEncoded());
    return pretty;
}

QString HtmlSanitizer::safeStyle(const QString &style, Policy policy)
{
    if (policy == Policy::FeedCompatible)
        return compatStyle(style);
    // Anything that can fetch or run code disqualifies the whole attribute.
    static const QRegularExpression dangerous(
        QStringLiteral(R"(url\s*\(|expression|javascript|vbscript|@import|behavior|binding|\\|/\*|&#|<)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression valueShape(
        QStringLiteral(R"(^\s*(#[0-9a-fA-F]+|-?[0-9.]+(?:px|em|ex|pt|%)?|[a-zA-Z-]+)\s*$)"));
    if (dangerous.match(style).hasMatch())
        return {};
    QStringList kept;
    for (const QString &declaration : style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed();
        if (!readerCssProperties().contains(property) || value.isEmpty())
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
