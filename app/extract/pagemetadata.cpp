#include "pagemetadata.h"

#include "classhints.h"
#include "domutil.h"
#include "feeds/dateparser.h"
#include "htmltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstring>

namespace oqy {

namespace {

bool isArticleType(const QJsonValue &type)
{
    static const QStringList types = { QStringLiteral("NewsArticle"), QStringLiteral("Article"),
        QStringLiteral("ReportageNewsArticle"), QStringLiteral("BlogPosting"),
        QStringLiteral("AnalysisNewsArticle"), QStringLiteral("OpinionNewsArticle"),
        QStringLiteral("BackgroundNewsArticle"), QStringLiteral("WebPage"),
        QStringLiteral("TechArticle"), QStringLiteral("ScholarlyArticle") };
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            if (isArticleType(t))
                return true;
        return false;
    }
    return types.contains(type.toString());
}

QString nameOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &item : v.toArray())
            if (const QString n = nameOf(item); !n.isEmpty())
                names.append(n);
        return names.join(QLatin1String(", "));
    }
    return {};
}

QString urlOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject()
            .value(QLatin1String("url"))
            .toString(v.toObject().value(QLatin1String("contentUrl")).toString());
    if (v.isArray() && !v.toArray().isEmpty())
        return urlOf(v.toArray().first());
    return {};
}

void readJsonLd(const QJsonValue &value, PageMetadata &meta, bool &found)
{
    if (found)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            readJsonLd(item, meta, found);
        return;
    }
    const QJsonObject o = value.toObject();
    if (o.contains(QLatin1String("@graph")))
        readJsonLd(o.value(QLatin1String("@graph")), meta, found);
    if (found || !isArticleType(o.value(QLatin1String("@type"))))
        return;
    // A WebPage is only used when it names an article-like headline.
    if (o.value(QLatin1String("@type")).toString() == QLatin1String("WebPage")
        && !o.contains(QLatin1String("headline")))
        return;
    found = true;
    meta.title
        = o.value(QLatin1String("headline")).toString(o.value(QLatin1String("name")).toString());
    meta.byline = nameOf(o.value(QLatin1String("author")));
    meta.published = feeds::parseDate(o.value(QLatin1String("datePublished")).toString());
    meta.image = urlOf(o.value(QLatin1String("image")));
    meta.jsonLdBody = o.value(QLatin1String("articleBody")).toString();
    meta.excerpt = o.value(QLatin1String("description")).toString();
    if (const QJsonValue publisher = o.value(QLatin1String("publisher")); publisher.isObject())
        meta.siteName = publisher.toObject().value(QLatin1String("name")).toString();
}

QString itemValue(xmlNode *n)
{
    for (const char *attr : { "content", "datetime", "src", "href" })
        if (dom::hasAttribute(n, attr))
            return dom::attribute(n, attr).trimmed();
    return dom::normalisedText(n);
}

} // namespace

QString cleanTitle(const QString &raw, const QString &siteName)
{
    QString title = collapseWhitespace(raw);
    if (!siteName.isEmpty()) {
        for (const QString &sep :
            { QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "),
                QStringLiteral(" — "), QStringLiteral(" :: "), QStringLiteral(" / ") }) {
            if (title.endsWith(sep + siteName))
                return title.left(title.size() - sep.size() - siteName.size());
            if (title.startsWith(siteName + sep))
                return title.mid(siteName.size() + sep.size());
        }
    }
    // Readability's rule: a separator splits off the site name when what is left still reads like
    // a headline (more than four words).
    static const QRegularExpression separators(QStringLiteral(" [\\|\\-–—\\\\/>»] "));
    if (title.contains(separators)) {
        const QStringList parts = title.split(separators);
        const QString first = parts.first();
        const QString longest = *std::max_element(parts.begin(), parts.end(),
            [](const QString &a, const QString &b) { return a.size() < b.size(); });
        QString candidate
            = first.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 4 ? first : longest;
        if (candidate.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 3)
            return candidate.trimmed();
    }
    return title;
}

PageMetadata readPageMetadata(xmlDoc *doc, const QUrl &url)
{
    PageMetadata meta;
    QString docTitle;
    QHash<QString, QString> metas;
    QString microHeadline, microAuthor, microDate, microImage, timeDate;
    bool jsonFound = false;
    xmlNode *root = xmlDocGetRootElement(doc);
    for (xmlNode *n = root; n; n = dom::next(n)) {
        if (!dom::isElement(n))
            continue;
        const char *tag = dom::name(n);
        if (qstrcmp(tag, "html") == 0) {
            meta.language = dom::attribute(n, "lang").trimmed();
        } else if (qstrcmp(tag, "title") == 0 && docTitle.isEmpty()) {
            docTitle = dom::normalisedText(n);
        } else if (qstrcmp(tag, "meta") == 0) {
            QString key = dom::attribute(n, "property");
            if (key.isEmpty())
                key = dom::attribute(n, "name");
            if (key.isEmpty())
                key = dom::attribute(n, "itemprop");
            const QString content = dom::attribute(n, "content").trimmed();
            // Several space-separated names may share one content ("dc:title og:title").
            for (const QString &k : key.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (!content.isEmpty() && !metas.contains(k))
                    metas.insert(k, content);
        } else if (qstrcmp(tag, "script") == 0) {
            if (!jsonFound
                && dom::attribute(n, "type").trimmed().toLower()
                    == QLatin1String("application/ld+json")) {
                QString json = dom::text(n).trimmed();
                static const QRegularExpression cdata(
                    QStringLiteral("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$"));
                json.remove(cdata);
                const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8());
                readJsonLd(
                    parsed.isArray() ? QJsonValue(parsed.array()) : QJsonValue(parsed.object()),
                    meta, jsonFound);
            }
        } else if (dom::hasAttribute(n, "itemprop")) {
            const QString prop = dom::attribute(n, "itemprop");
            if (prop == QLatin1String("headline") && microHeadline.isEmpty())
                microHeadline = itemValue(n);
            else if (prop == QLatin1String("datePublished") && microDate.isEmpty())
                microDate = itemValue(n);
            else if (prop == QLatin1String("author") && microAuthor.isEmpty())
                microAuthor = dom::normalisedText(n);
            else if (prop == QLatin1String("image") && microImage.isEmpty())
                microImage = itemValue(n);
        } else if (qstrcmp(tag, "time") == 0 && timeDate.isEmpty()) {
            timeDate = dom::attribute(n, "datetime");
        }
        // Class words, case-insensitive, without copying the attribute.
        const char *cls = extract::attributeValue(n, "class");
        auto classHas = [cls](const char *word) { return cls && strcasestr(cls, word); };
        if (meta.bylineElement.isEmpty()) {
            const char *rel = extract::attributeValue(n, "rel");
            if ((rel && qstrcmp(rel, "author") == 0)
                || ((classHas("author") || classHas("byline")) && !classHas("bio")
                    && !classHas("avatar") && !classHas("photo"))) {
                const QString text = dom::normalisedText(n);
                if (text.size() >= 3 && text.size() <= 80)
                    meta.bylineElement = text;
            }
        }
        if (meta.displayedDate.isEmpty() && qstrcmp(tag, "time") != 0) {
            // A date element: class "date", "news-date", "itemDateCreated", "post-time"…
            if ((classHas("date") || classHas("time") || classHas("publish")) && !classHas("update")
                && !classHas("modif")) {
                const QString text = dom::normalisedText(n);
                if (text.size() <= 80 && text.contains(QLatin1Char(':')))
                    meta.displayedDate = text;
            }
        }
    }
    auto first = [&](std::initializer_list<const char *> keys) {
        for (const char *k : keys)
            if (const QString v = metas.value(QLatin1String(k)); !v.isEmpty())
                return v;
        return QString();
    };
    if (meta.siteName.isEmpty())
        meta.siteName = first({ "og:site_name", "application-name" });
    if (meta.title.isEmpty())
        meta.title = first({ "dc:title", "dcterm:title", "og:title", "weibo:article:title",
            "weibo:webpage:title", "title", "twitter:title" });
    if (meta.title.isEmpty())
        meta.title = microHeadline;
    if (meta.title.isEmpty())
        meta.title = cleanTitle(docTitle, meta.siteName);
    if (meta.byline.isEmpty())
        meta.byline = first(
            { "dc:creator", "dcterm:creator", "author", "article:author", "parsely-author" });
    if (meta.byline.isEmpty())
        meta.byline = microAuthor;
    if (meta.byline.startsWith(QLatin1String("http")))
        meta.byline.clear(); // article:author is often a profile URL
    if (meta.excerpt.isEmpty())
        meta.excerpt = first({ "dc:description", "dcterm:description", "og:description",
            "weibo:article:description", "description", "twitter:description" });
    if (!meta.published.isValid()) {
        for (const QString &candidate :
            { first({ "article:published_time", "og:article:published_time", "datepublished",
                  "pubdate", "date", "dc.date", "dc:date", "sailthru.date", "parsely-pub-date" }),
                microDate, timeDate }) {
            meta.published = feeds::parseDate(candidate);
            if (meta.published.isValid())
                break;
        }
    }
    if (meta.image.isEmpty())
        meta.image = first({ "og:image", "og:image:url", "og:image:secure_url", "twitter:image",
            "twitter:image:src" });
    if (meta.image.isEmpty())
        meta.image = microImage;
    if (!meta.image.isEmpty())
        meta.image = url.resolved(QUrl(meta.image.trimmed())).toString();
    meta.title = collapseWhitespace(meta.title);
    return meta;
}

} // namespace oqy
