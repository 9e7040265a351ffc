#include "articleextractor.h"

#include "classhints.h"
#include "contentfinder.h"
#include "credits.h"
#include "domutil.h"
#include "feeds/dateparser.h"
#include "htmldecoder.h"
#include "htmldocument.h"
#include "htmlsanitizer.h"
#include "htmltext.h"
#include "leadimage.h"
#include "pagecleanup.h"
#include "pagemetadata.h"
#include "pullquotes.h"
#include "scoringdom.h"
#include "textcodec.h"
#include "xpathquery.h"

#include <QElapsedTimer>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>

namespace oqy {

using namespace extract;

namespace {

// Kazakhstan's single time zone since March 2024: what a page's bare clock times mean.
constexpr int KazakhstanOffsetMinutes = 5 * 60;

QByteArray serializeChildren(xmlNode *parent)
{
    xmlOutputBuffer *out = xmlAllocOutputBuffer(nullptr);
    for (xmlNode *c = parent->children; c; c = c->next)
        htmlNodeDumpFormatOutput(out, parent->doc, c, "UTF-8", 0);
    xmlOutputBufferFlush(out);
    const QByteArray html(reinterpret_cast<const char *>(xmlOutputBufferGetContent(out)),
        int(xmlOutputBufferGetSize(out)));
    xmlOutputBufferClose(out);
    return html;
}

QString primaryLanguage(QString tag)
{
    tag = tag.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    return tag.section(QLatin1Char('-'), 0, 0);
}

// Kazakh has letters Russian does not; Cyrillic text without them is Russian.
QString guessLanguage(const QString &text)
{
    int cyrillic = 0, kazakh = 0, latin = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0400 && u <= 0x04FF) {
            ++cyrillic;
            switch (u) {
            case u'ә':
            case u'ғ':
            case u'қ':
            case u'ң':
            case u'ө':
            case u'ұ':
            case u'ү':
            case u'һ':
            case u'і':
            case u'Ә':
            case u'Ғ':
            case u'Қ':
            case u'Ң':
            case u'Ө':
            case u'Ұ':
            case u'Ү':
            case u'Һ':
            case u'І':
                ++kazakh;
                break;
            default:
                break;
            }
        } else if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')) {
            ++latin;
        }
    }
    if (cyrillic > latin)
        return kazakh * 100 > cyrillic ? QStringLiteral("kk") : QStringLiteral("ru");
    return latin > 0 ? QStringLiteral("en") : QString();
}

bool isHttpUrl(const QString &url)
{
    return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"));
}

} // namespace

struct ArticleExtractor::Private
{
    SiteRules rules;
    ClassHintCache hints;
};

ArticleExtractor::ArticleExtractor(SiteRules rules)
    : d(std::make_unique<Private>())
{
    d->rules = std::move(rules);
}

ArticleExtractor::~ArticleExtractor() = default;

ExtractedArticle ArticleExtractor::extract(
    const QByteArray &page, const QUrl &url, const QString &contentType)
{
    QElapsedTimer timer;
    timer.start();
    ExtractedArticle result;
    if (page.size() > MaxPageBytes) {
        result.error
            = QStringLiteral("the page is larger than %1 MB").arg(MaxPageBytes / (1024 * 1024));
        return result;
    }
    const QByteArray utf8 = prepareHtmlBytes(page, contentType, &result.encoding);
    const SiteRule *rule = d->rules.forHost(url.host());

    PageMetadata meta;
    int pageTextLength = 0;
    QString ruleTitle, ruleByline, rulePublished;
    // Builds the tree for one attempt: content scoring may need the page again, unchanged.
    auto build = [&](bool first) -> std::unique_ptr<ScoringDom> {
        QElapsedTimer parseTimer;
        parseTimer.start();
        xmlDoc *doc = parseUtf8Html(utf8, url);
        if (first)
            result.parseMs = parseTimer.nsecsElapsed() / 1e6;
        if (!doc)
            return nullptr;
        auto dom = std::make_unique<ScoringDom>(doc);
        if (first) {
            meta = readPageMetadata(doc, url);
            if (rule) {
                if (!rule->title.isEmpty())
                    ruleTitle = selectString(doc, rule->title);
                if (!rule->byline.isEmpty())
                    ruleByline = selectString(doc, rule->byline);
                if (!rule->published.isEmpty())
                    rulePublished = selectString(doc, rule->published);
            }
        }
        if (rule)
            for (const QString &strip : rule->strip)
                for (xmlNode *n : selectNodes(doc, strip))
                    dom->remove(n);
        prepareDocument(*dom);
        xmlNode *body = dom->body();
        if (!body)
            return dom;
        removeBoilerplate(*dom, body);
        LeadImageFinder images(*dom, d->hints, url);
        LeadImage lead;
        if (rule && !rule->leadImage.isEmpty()) {
            const auto nodes = selectNodes(doc, rule->leadImage);
            if (!nodes.empty())
                lead = images.takeImage(nodes.front());
        }
        if (lead.isEmpty())
            lead = images.takeNamedImage(body, meta.image);
        if (first) {
            result.leadImage = lead;
            pageTextLength = dom->textLength(body);
        }
        return dom;
    };

    std::unique_ptr<ScoringDom> dom = build(true);
    if (!dom) {
        result.error = QStringLiteral("the page could not be parsed as HTML");
        result.elapsedMs = timer.nsecsElapsed() / 1e6;
        return result;
    }
    result.title = !ruleTitle.isEmpty() ? ruleTitle : meta.title;
    result.byline = !ruleByline.isEmpty() ? ruleByline : meta.byline;
    result.siteName = meta.siteName;
    result.excerpt = meta.excerpt;
    result.published = meta.published;
    if (!rulePublished.isEmpty()) {
        QDateTime when = feeds::parseDate(rulePublished);
        if (!when.isValid())
            when = feeds::parseDisplayedDate(rulePublished, KazakhstanOffsetMinutes);
        if (when.isValid())
            result.published = when;
    }
    if (!result.published.isValid() && !meta.displayedDate.isEmpty())
        result.published = feeds::parseDisplayedDate(meta.displayedDate, KazakhstanOffsetMinutes);

    ContentFinder finder(d->hints);
    xmlNode *content = nullptr;
    if (rule && !rule->body.isEmpty()) {
        std::vector<xmlNode *> nodes = selectNodes(dom->doc(), rule->body);
        // Nested matches: the outer one carries the inner.
        std::erase_if(nodes, [&](xmlNode *n) {
            for (xmlNode *p = n->parent; p; p = p->parent)
                if (std::find(nodes.begin(), nodes.end(), p) != nodes.end())
                    return true;
            return false;
        });
        std::erase_if(nodes, [](xmlNode *n) { return !n->parent; }); // stripped meanwhile
        if (!nodes.empty()) {
            content = dom->createElement("div");
            for (xmlNode *n : nodes)
                dom->appendChild(content, n);
            finder.prepareArticle(*dom, content, false);
            if (dom->textLength(content) > 0)
                result.siteRule = rule->name.isEmpty() ? rule->hosts.value(0) : rule->name;
            else
                content = nullptr;
        }
    }
    if (!content) {
        ContentFinder::Options options;
        options.title = result.title;
        options.haveByline = !result.byline.isEmpty();
        ContentFinder::Result found = finder.find(
            std::move(dom), [&] { return build(false); }, options);
        dom = std::move(found.dom);
        content = found.content;
        if (result.byline.isEmpty())
            result.byline = found.byline;
    }
    if (result.byline.isEmpty())
        result.byline = meta.bylineElement;
    result.byline = cleanByline(result.byline);

    double contentLinkDensity = 0;
    if (dom && content) {
        removeBoilerplate(*dom, content);
        if (rule) {
            for (const QString &needle : rule->stripText)
                for (xmlNode *n = firstElementChild(content); n;) {
                    const Tag t = dom->tag(n);
                    const bool block = t == Tag::P || t == Tag::Div || t == Tag::Li || isHeading(t);
                    if (block && dom->textLength(n) < 300
                        && dom::normalisedText(n).contains(needle, Qt::CaseInsensitive)) {
                        xmlNode *next = nextElementWithin(n, content, true);
                        dom->remove(n);
                        n = next;
                    } else {
                        n = nextElementWithin(n, content);
                    }
                }
        }
        LeadImageFinder images(*dom, d->hints, url);
        if (result.leadImage.isEmpty())
            result.leadImage = images.takeFirstImage(content);
        images.attachInlineCredits(content);
        result.pullQuotes = collectPullQuotes(*dom, content);

        contentLinkDensity = dom->linkDensity(content);
        const QString html = utf8ToString(serializeChildren(content));
        HtmlSanitizer::Options options;
        options.base = url;
        options.plainText = &result.text;
        result.html = HtmlSanitizer::sanitize(html, options);
        for (xmlNode *img : descendantsWithTag(*dom, content, Tag::Img)) {
            const QString source = imageSource(img);
            if (source.isEmpty())
                continue;
            const QString src = url.resolved(QUrl(source)).toString();
            if (isHttpUrl(src) && !result.images.contains(src))
                result.images.append(src);
        }
    }
    if (result.leadImage.isEmpty() && isHttpUrl(meta.image))
        result.leadImage.url = meta.image;
    if (!result.leadImage.isEmpty() && !isHttpUrl(result.leadImage.url))
        result.leadImage = {};
    if (!result.leadImage.isEmpty()) {
        result.images.removeAll(result.leadImage.url);
        result.images.prepend(result.leadImage.url);
    }

    result.language = primaryLanguage(meta.language);
    if (result.language.isEmpty())
        result.language = guessLanguage(result.text.left(4000) + result.title);
    const qsizetype textLength = result.text.size();
    // Mostly links is a list of headlines, not an article (what the scorer falls back to when the
    // page has no text of its own: a paywall, a page built by scripts).
    result.complete = contentLinkDensity < 0.5
        && (textLength >= 400 || (textLength >= 100 && !result.siteRule.isEmpty())
            || (textLength > 0 && textLength * 2 >= pageTextLength));
    dom.reset(); // the tree's memory goes before the clock stops: freeing it is part of the work
    result.elapsedMs = timer.nsecsElapsed() / 1e6;
    return result;
}

} // namespace oqy
