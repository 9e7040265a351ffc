#include "feedarticles.h"

#include "extract/htmlentities.h"
#include "extract/htmlsanitizer.h"
#include "extract/htmltext.h"
#include "extract/htmltokenizer.h"

#include <QCryptographicHash>

namespace oqy::feeds {

namespace {

bool isHtml(const TextDetail &t)
{
    return t.type == QLatin1String("text/html") || t.type == QLatin1String("application/xhtml+xml");
}

// The value as HTML; `text`, when given, receives its plain text (computed in the same pass when
// the value still needs sanitising).
QString asHtml(const TextDetail &t, const QUrl &base = {}, QString *text = nullptr)
{
    if (t.value.isEmpty())
        return {};
    if (t.unsanitized) {
        oqy::HtmlSanitizer::Options options;
        options.base = t.base.isEmpty() ? base : QUrl(t.base);
        options.plainText = text;
        return oqy::HtmlSanitizer::sanitize(t.value, options).trimmed();
    }
    if (isHtml(t) || t.type.isEmpty())
        return t.value;
    // Plain text: paragraphs from blank lines, nothing interpreted.
    QStringList paragraphs;
    for (const QString &p : t.value.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        paragraphs.append(QLatin1String("<p>") + oqy::escapeHtml(p.trimmed()) + QLatin1String("</p>"));
    return paragraphs.join(QString());
}

QString asPlain(const TextDetail &t)
{
    if (isHtml(t))
        return t.plainText.isEmpty() || t.unsanitized ? oqy::htmlToPlainText(t.value) : t.plainText;
    return oqy::collapseWhitespace(t.value);
}

// Whether `link` is an absolute http(s) address that QUrl would write back unchanged: a lower-case
// host without port or user, and only characters that need no encoding, no dot segments, no
// fragment. Most feeds' links are; parsing and printing them through QUrl costs more than the rest
// of an item's normalisation.
bool isCanonicalWebAddress(QStringView link)
{
    qsizetype i = link.startsWith(u"https://") ? 8 : link.startsWith(u"http://") ? 7 : 0;
    if (i == 0)
        return false;
    const qsizetype hostStart = i;
    for (; i < link.size() && link[i] != u'/'; ++i) {
        const char16_t c = link[i].unicode();
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            return false;
    }
    if (i == hostStart || link[hostStart] == u'.')
        return false;
    for (; i < link.size(); ++i) {
        const char16_t c = link[i].unicode();
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '~' || c == '/' || c == '?'
            || c == '=' || c == '&';
        if (c == '.') {
            // "/." and "/.." segments are what QUrl would resolve away.
            if (link[i - 1] == u'/')
                return false;
        } else if (!plain) {
            return false;
        }
    }
    return true;
}

LeadImage leadImageOf(const Entry &e, const QString &html)
{
    auto isImage = [](const MediaObject &m) {
        return m.medium == QLatin1String("image") || m.type.startsWith(QLatin1String("image/"))
            || (m.medium.isEmpty() && m.type.isEmpty());
    };
    for (bool thumbnails : { false, true })
        for (const MediaObject &m : e.media)
            if (m.thumbnail == thumbnails && !m.url.isEmpty() && isImage(m))
                return { m.url, m.description, m.credit, {} };
    for (const Link &l : e.links)
        if (l.rel == QLatin1String("enclosure") && l.type.startsWith(QLatin1String("image/"))
            && !l.href.isEmpty())
            return { l.href, {}, {}, {} };
    for (const Enclosure &en : e.enclosures)
        if (en.type.startsWith(QLatin1String("image/")))
            return { en.url, {}, {}, {} };
    // A caption or credit given without a picture still belongs to the first image of the body.
    QString caption;
    QString credit;
    for (const MediaObject &m : e.media) {
        caption = caption.isEmpty() ? m.description : caption;
        credit = credit.isEmpty() ? m.credit : credit;
    }
    const QString inBody = firstImage(html);
    return inBody.isEmpty() ? LeadImage {} : LeadImage { inBody, caption, credit, {} };
}

} // namespace

QString webAddress(const QUrl &base, const QString &link)
{
    if (isCanonicalWebAddress(link))
        return link;
    if (link.trimmed().isEmpty())
        return {};
    const QUrl url = base.resolved(QUrl(link.trimmed()));
    const QString scheme = url.scheme();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return {};
    return url.toString();
}

// The first <img src> of an HTML body (already sanitised, so src is absolute and safe).
QString firstImage(const QString &html)
{
    // Most bodies have no picture: a plain search spares them a second tokenizer pass. Sanitised
    // HTML writes a text "<" as "&lt;", so "<img" can only start a tag (or sit in a comment).
    // (QString::contains with a Latin-1 needle is a slow generic search in Qt 6.4; '<' is found by
    // the vectorised single-character search.)
    const QStringView view(html);
    qsizetype at = view.indexOf(u'<');
    while (at >= 0 && view.mid(at + 1, 3) != u"img")
        at = view.indexOf(u'<', at + 1);
    if (at < 0)
        return {};
    oqy::HtmlTokenizer tokenizer(html);
    oqy::HtmlToken token;
    while (tokenizer.next(token))
        if (token.type == oqy::HtmlToken::Type::StartTag && token.name == QLatin1String("img")) {
            const QString src = token.attribute(QLatin1String("src"));
            if (!src.isEmpty() && !src.startsWith(QLatin1String("data:")))
                return src;
        }
    return {};
}

FeedItems articlesFromFeed(const FeedDocument &doc, const QUrl &feedUrl)
{
    FeedItems items;
    items.title = asPlain(doc.feed.title);
    items.siteUrl = doc.feed.link;
    items.language = doc.feed.language;
    items.articles.reserve(doc.entries.size());
    for (const Entry &e : doc.entries) {
        Article a;
        a.url = webAddress(feedUrl, e.link);
        a.title = asPlain(e.title);
        a.author = e.author.isEmpty() && !e.authors.isEmpty() ? e.authors.first().display() : e.author;
        a.published = e.published.isValid() ? e.published : e.updated;
        a.updated = e.updated;
        const bool hasBody = !e.fullText.isEmpty() || !e.content.isEmpty();
        QString summaryText;
        if (!hasBody)
            a.summary = asHtml(e.summary, feedUrl, &summaryText);

        // The fullest body wins: Yandex full text, then HTML content, then any content. The parser
        // already has the plain text of what it sanitised; only other bodies are converted here.
        QString text;
        if (!e.fullText.isEmpty()) {
            a.html = e.fullText;
            text = e.fullPlainText;
        } else {
            for (const TextDetail &c : e.content)
                if (isHtml(c) && a.html.isEmpty()) {
                    a.html = c.value;
                    text = c.plainText;
                }
            if (a.html.isEmpty() && !e.content.isEmpty()) {
                a.html = asHtml(e.content.first());
                text = asPlain(e.content.first());
            }
        }
        if (a.html == a.summary)
            a.summary.clear();
        if (a.html.isEmpty())
            text = !summaryText.isEmpty() ? summaryText : htmlToPlainText(a.summary);
        a.text = !text.isEmpty() || a.html.isEmpty() ? text : htmlToPlainText(a.html);
        a.leadImage = leadImageOf(e, a.html.isEmpty() ? a.summary : a.html);
        a.leadImage.url = webAddress(feedUrl, a.leadImage.url);
        if (a.leadImage.url.isEmpty())
            a.leadImage = {};
        for (const Category &c : e.categories)
            if (!c.term.isEmpty())
                a.categories.append(c.term);
        a.language = e.title.language.isEmpty() ? doc.feed.language : e.title.language;

        a.guid = !e.id.isEmpty() ? e.id : a.url;
        if (a.guid.isEmpty()) {
            // No id and no link: the title and date are all that identify the item.
            const QByteArray key = (a.title + QLatin1Char('\n') + a.published.toString(Qt::ISODate)
                                    + QLatin1Char('\n') + a.text.left(200)).toUtf8();
            a.guid = QStringLiteral("sha1:")
                     + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
        }
        if (a.title.isEmpty())
            a.title = a.text.left(120);
        items.articles.append(std::move(a));
    }
    return items;
}

} // namespace oqy::feeds
