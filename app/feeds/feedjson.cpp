#include "feedjson.h"

#include "dateparser.h"

#include <QJsonArray>

namespace oqy::feeds {

namespace {

void putString(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isNull())
        o.insert(QLatin1String(key), value);
}

void putDate(QJsonObject &o, const char *key, const QDateTime &value)
{
    if (value.isValid())
        o.insert(QLatin1String(key), formatIsoDate(value));
}

void putText(QJsonObject &o, const char *key, const TextDetail &t)
{
    if (t.present)
        o.insert(QLatin1String(key), t.value);
    if (t.hasDetail) {
        QJsonObject d;
        d.insert(QLatin1String("type"), t.type.isNull() ? QJsonValue() : QJsonValue(t.type));
        d.insert(QLatin1String("language"), t.language.isEmpty() ? QJsonValue() : QJsonValue(t.language));
        d.insert(QLatin1String("base"), t.base.isNull() ? QJsonValue() : QJsonValue(t.base));
        d.insert(QLatin1String("value"), t.detailValue);
        o.insert(QLatin1String(key) + QLatin1String("_detail"), d);
    }
}

QJsonObject person(const Person &p)
{
    QJsonObject o;
    putString(o, "name", p.name);
    putString(o, "email", p.email);
    putString(o, "href", p.href);
    return o;
}

QJsonArray people(const QList<Person> &list)
{
    QJsonArray array;
    for (const Person &p : list)
        array.append(person(p));
    return array;
}

QJsonArray links(const QList<Link> &list)
{
    QJsonArray array;
    for (const Link &l : list) {
        QJsonObject o;
        putString(o, "rel", l.rel);
        putString(o, "type", l.type);
        putString(o, "href", l.href);
        putString(o, "title", l.title);
        putString(o, "length", l.length);
        putString(o, "hreflang", l.hreflang);
        array.append(o);
    }
    return array;
}

QJsonArray categories(const QList<Category> &list)
{
    QJsonArray array;
    for (const Category &c : list) {
        QJsonObject o;
        o.insert(QLatin1String("term"), c.term.isNull() ? QJsonValue() : QJsonValue(c.term));
        o.insert(QLatin1String("scheme"), c.scheme.isNull() ? QJsonValue() : QJsonValue(c.scheme));
        o.insert(QLatin1String("label"), c.label.isNull() ? QJsonValue() : QJsonValue(c.label));
        array.append(o);
    }
    return array;
}

template<class T>
void putCommon(QJsonObject &o, const T &src)
{
    putText(o, "title", src.title);
    putText(o, "rights", src.rights);
    putString(o, "link", src.link);
    putString(o, "id", src.id);
    putString(o, "author", src.author);
    putString(o, "publisher", src.publisher);
    if (!src.authorDetail.isEmpty())
        o.insert(QLatin1String("author_detail"), person(src.authorDetail));
    if (!src.publisherDetail.isEmpty())
        o.insert(QLatin1String("publisher_detail"), person(src.publisherDetail));
    if (!src.authors.isEmpty())
        o.insert(QLatin1String("authors"), people(src.authors));
    if (!src.contributors.isEmpty())
        o.insert(QLatin1String("contributors"), people(src.contributors));
    if (!src.links.isEmpty())
        o.insert(QLatin1String("links"), links(src.links));
    if (!src.categories.isEmpty())
        o.insert(QLatin1String("categories"), categories(src.categories));
    putDate(o, "updated", src.updated);
    putDate(o, "published", src.published);
}

QJsonObject feedInfo(const FeedInfo &f)
{
    QJsonObject o;
    putCommon(o, f);
    putText(o, "subtitle", f.subtitle.present || f.subtitle.hasDetail ? f.subtitle : f.summary);
    putString(o, "language", f.language);
    putString(o, "generator", f.generator);
    putString(o, "icon", f.icon);
    putString(o, "logo", f.logo);
    putString(o, "docs", f.docs);
    putString(o, "ttl", f.ttl);
    putString(o, "href", f.href);
    if (f.hasGeneratorDetail) {
        QJsonObject g;
        putString(g, "name", f.generatorDetail.name);
        putString(g, "href", f.generatorDetail.href);
        putString(g, "version", f.generatorDetail.version);
        o.insert(QLatin1String("generator_detail"), g);
    }
    if (f.hasImage) {
        QJsonObject image;
        putString(image, "href", f.image.href);
        putString(image, "title", f.image.title);
        putString(image, "link", f.image.link);
        putString(image, "description", f.image.description);
        if (f.image.width)
            image.insert(QLatin1String("width"), f.image.width);
        if (f.image.height)
            image.insert(QLatin1String("height"), f.image.height);
        o.insert(QLatin1String("image"), image);
    }
    return o;
}

QJsonObject entry(const Entry &e)
{
    QJsonObject o;
    putCommon(o, e);
    putText(o, "summary", e.summary);
    putDate(o, "created", e.created);
    putDate(o, "expired", e.expired);
    putString(o, "comments", e.comments);
    if (!e.content.isEmpty()) {
        QJsonArray content;
        for (const TextDetail &c : e.content) {
            QJsonObject d;
            d.insert(QLatin1String("type"), c.type);
            d.insert(QLatin1String("language"), c.language.isEmpty() ? QJsonValue() : QJsonValue(c.language));
            d.insert(QLatin1String("base"), c.base);
            d.insert(QLatin1String("value"), c.value);
            content.append(d);
        }
        o.insert(QLatin1String("content"), content);
    }
    QJsonArray enclosures;
    for (const Link &l : e.links)
        if (l.rel == QLatin1String("enclosure"))
            enclosures.append(QJsonObject{{QLatin1String("url"), l.href.isNull() ? QJsonValue() : QJsonValue(l.href)},
                                          {QLatin1String("type"), l.type.isNull() ? QJsonValue() : QJsonValue(l.type)},
                                          {QLatin1String("length"), l.length.isNull() ? QJsonValue() : QJsonValue(l.length)}});
    for (const Enclosure &en : e.enclosures)
        enclosures.append(QJsonObject{{QLatin1String("url"), en.url},
                                      {QLatin1String("type"), en.type},
                                      {QLatin1String("length"), en.length}});
    if (!enclosures.isEmpty())
        o.insert(QLatin1String("enclosures"), enclosures);
    if (e.source)
        o.insert(QLatin1String("source"), feedInfo(*e.source));
    if (!e.media.isEmpty()) {
        QJsonArray media;
        for (const MediaObject &m : e.media) {
            QJsonObject mo;
            putString(mo, "url", m.url);
            putString(mo, "type", m.type);
            putString(mo, "medium", m.medium);
            putString(mo, "description", m.description);
            putString(mo, "credit", m.credit);
            mo.insert(QLatin1String("thumbnail"), m.thumbnail);
            media.append(mo);
        }
        o.insert(QLatin1String("media"), media);
    }
    putString(o, "full_text", e.fullText);
    return o;
}

} // namespace

QJsonObject feedDocumentToJson(const FeedDocument &doc)
{
    QJsonObject root;
    root.insert(QLatin1String("bozo"), doc.bozo);
    if (!doc.bozoMessage.isEmpty())
        root.insert(QLatin1String("bozo_exception"), doc.bozoMessage);
    root.insert(QLatin1String("encoding"), doc.encoding);
    root.insert(QLatin1String("version"), doc.version);
    root.insert(QLatin1String("feed"), feedInfo(doc.feed));
    QJsonArray entries;
    for (const Entry &e : doc.entries)
        entries.append(entry(e));
    root.insert(QLatin1String("entries"), entries);
    if (!doc.error.isEmpty())
        root.insert(QLatin1String("error"), doc.error);
    return root;
}

} // namespace oqy::feeds
