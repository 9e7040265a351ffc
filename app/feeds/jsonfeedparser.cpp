#include "jsonfeedparser.h"

#include "dateparser.h"
#include "extract/htmlsanitizer.h"
#include "urljoin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oqy::feeds {

namespace {

TextDetail text(const QString &value, const QString &type, const QString &language,
                const QString &base)
{
    TextDetail d;
    d.value = value;
    d.detailValue = value;
    d.type = type;
    d.language = language;
    d.base = base;
    d.present = d.hasDetail = true;
    return d;
}

QList<Person> people(const QJsonObject &o)
{
    QList<Person> list;
    QJsonArray array = o.value(QLatin1String("authors")).toArray();
    if (array.isEmpty() && o.value(QLatin1String("author")).isObject())
        array.append(o.value(QLatin1String("author")));
    for (const QJsonValue &v : array) {
        const QJsonObject p = v.toObject();
        Person person{p.value(QLatin1String("name")).toString(), {},
                      p.value(QLatin1String("url")).toString()};
        if (!person.isEmpty())
            list.append(person);
    }
    return list;
}

} // namespace

FeedDocument parseJsonFeed(const QByteArray &bytes, const FeedContext &context)
{
    FeedDocument doc;
    doc.encoding = QStringLiteral("utf-8");
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject root = json.object();
    const QString version = root.value(QLatin1String("version")).toString();
    if (error.error != QJsonParseError::NoError || !version.startsWith(QLatin1String("https://jsonfeed.org/version/"))) {
        doc.bozo = true;
        doc.error = QCoreApplication::translate("FeedParser", "This is JSON, but not a JSON Feed.");
        return doc;
    }
    doc.version = version.endsWith(QLatin1String("1.1")) ? QStringLiteral("json11") : QStringLiteral("json1");
    const QString base = context.url.toString();
    const QString language = root.value(QLatin1String("language")).toString(context.contentLanguage);
    FeedInfo &feed = doc.feed;
    feed.title = text(root.value(QLatin1String("title")).toString(), QStringLiteral("text/plain"), language, base);
    if (root.contains(QLatin1String("description")))
        feed.subtitle = text(root.value(QLatin1String("description")).toString(), QStringLiteral("text/plain"),
                             language, base);
    feed.link = urlJoin(base, root.value(QLatin1String("home_page_url")).toString());
    if (!feed.link.isEmpty())
        feed.links.append({QStringLiteral("alternate"), QStringLiteral("text/html"), feed.link, {}, {}, {}});
    const QString self = root.value(QLatin1String("feed_url")).toString();
    if (!self.isEmpty())
        feed.links.append({QStringLiteral("self"), QStringLiteral("application/feed+json"), urlJoin(base, self), {}, {}, {}});
    feed.language = language;
    feed.icon = root.value(QLatin1String("favicon")).toString();
    feed.logo = root.value(QLatin1String("icon")).toString();
    feed.authors = people(root);
    if (!feed.authors.isEmpty()) {
        feed.authorDetail = feed.authors.first();
        feed.author = feed.authorDetail.display();
    }

    for (const QJsonValue &value : root.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        Entry entry;
        entry.id = item.value(QLatin1String("id")).toVariant().toString();
        const QString url = item.value(QLatin1String("url")).toString();
        entry.link = urlJoin(base, url);
        if (!entry.link.isEmpty())
            entry.links.append({QStringLiteral("alternate"), QStringLiteral("text/html"), entry.link, {}, {}, {}});
        const QString itemLanguage = item.value(QLatin1String("language")).toString(language);
        if (item.contains(QLatin1String("title")))
            entry.title = text(item.value(QLatin1String("title")).toString(), QStringLiteral("text/plain"),
                               itemLanguage, base);
        HtmlSanitizer::Options options;
        options.base = QUrl(entry.link.isEmpty() ? base : entry.link);
        if (item.contains(QLatin1String("content_html")))
            entry.content.append(text(HtmlSanitizer::sanitize(item.value(QLatin1String("content_html")).toString(), options),
                                      QStringLiteral("text/html"), itemLanguage, base));
        if (item.contains(QLatin1String("content_text")))
            entry.content.append(text(item.value(QLatin1String("content_text")).toString(),
                                      QStringLiteral("text/plain"), itemLanguage, base));
        if (item.contains(QLatin1String("summary")))
            entry.summary = text(item.value(QLatin1String("summary")).toString(), QStringLiteral("text/plain"),
                                 itemLanguage, base);
        else if (!entry.content.isEmpty())
            entry.summary = entry.content.first();
        entry.published = parseDate(item.value(QLatin1String("date_published")).toString());
        entry.updated = parseDate(item.value(QLatin1String("date_modified")).toString());
        entry.authors = people(item);
        if (!entry.authors.isEmpty()) {
            entry.authorDetail = entry.authors.first();
            entry.author = entry.authorDetail.display();
        }
        for (const QJsonValue &tag : item.value(QLatin1String("tags")).toArray())
            entry.categories.append({tag.toString(), {}, {}});
        const QString image = item.value(QLatin1String("image")).toString(item.value(QLatin1String("banner_image")).toString());
        if (!image.isEmpty())
            entry.media.append({urlJoin(base, image), {}, QStringLiteral("image"), {}, {}, false});
        for (const QJsonValue &a : item.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject attachment = a.toObject();
            entry.enclosures.append({urlJoin(base, attachment.value(QLatin1String("url")).toString()),
                                     attachment.value(QLatin1String("mime_type")).toString(),
                                     attachment.value(QLatin1String("size_in_bytes")).toVariant().toString()});
        }
        doc.entries.append(entry);
    }
    return doc;
}

} // namespace oqy::feeds
