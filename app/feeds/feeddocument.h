#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace oqy::feeds {

// The normalised content of a feed, close to Python feedparser's result so that Oqy can be scored
// on feedparser's conformance suite (docs/feed-engine.md). Plain values, no behaviour.

// A piece of text with what is known about it: MIME type (text/plain, text/html,
// application/xhtml+xml), language (xml:lang) and base URL (xml:base) in force where it appeared.
struct TextDetail
{
    QString type;
    QString language;
    QString base;
    QString value;          // the plain value ("title")
    bool present = false;   // … was set
    bool hasDetail = false; // type/language/base ("title_detail") are known
    QString detailValue;    // the detail's own value: feedparser keeps the two apart
    QString plainText;      // the value's text, when it is HTML the parser sanitised
    // Only in documents parsed for storage (not feedparserCompatible): an item's summary keeps
    // its raw HTML until articlesFromFeed decides it is needed and sanitises it.
    bool unsanitized = false;
};

struct Person
{
    QString name;
    QString email;
    QString href;
    bool isEmpty() const { return name.isEmpty() && email.isEmpty() && href.isEmpty(); }
    // "name (email)" when both are known, else whichever is.
    QString display() const;
};

struct Link
{
    QString rel;
    QString type;
    QString href;
    QString title;
    QString length;
    QString hreflang;
};

struct Category
{
    QString term;
    QString scheme;
    QString label;
};

struct Enclosure
{
    QString url;
    QString type;
    QString length;
};

struct Generator
{
    QString name;
    QString href;
    QString version;
    bool isEmpty() const { return name.isEmpty() && href.isEmpty() && version.isEmpty(); }
};

struct Image
{
    QString href;
    QString title;
    QString link;
    QString description;
    int width = 0;
    int height = 0;
    bool isEmpty() const { return href.isEmpty() && title.isEmpty() && link.isEmpty(); }
};

// A media:content / media:thumbnail (Media RSS), with the caption and credit that regional outlets
// put beside their lead photo.
struct MediaObject
{
    QString url;
    QString type;
    QString medium;
    QString description;
    QString credit;
    bool thumbnail = false;
};

struct FeedInfo
{
    bool hasImage = false;
    TextDetail title;
    TextDetail subtitle;
    TextDetail summary; // a channel-level summary (itunes:summary) when there is no subtitle
    TextDetail rights;
    QString link;
    QList<Link> links;
    QString id;
    QString language;
    QDateTime updated;
    QDateTime published;
    QString author;
    Person authorDetail;
    QList<Person> authors;
    QList<Person> contributors;
    QString publisher;
    Person publisherDetail;
    QString generator;
    Generator generatorDetail;
    Image image;
    QString icon;
    QString logo;
    QList<Category> categories;
    QString docs;
    QString ttl;
    QString href; // RSS <source url="…">
    bool hasGeneratorDetail = false;
};

struct Entry
{
    QString id;
    TextDetail title;
    QString link;
    QList<Link> links;
    TextDetail summary;
    QList<TextDetail> content;
    QDateTime published;
    QDateTime updated;
    QDateTime created;
    QDateTime expired;
    QString author;
    Person authorDetail;
    QList<Person> authors;
    QList<Person> contributors;
    QString publisher;
    Person publisherDetail;
    TextDetail rights;
    QList<Category> categories;
    QList<Enclosure> enclosures;
    QString comments;
    std::shared_ptr<FeedInfo> source;
    QList<MediaObject> media;
    QString fullText; // yandex:full-text / turbo:content (HTML, sanitised)
    QString fullPlainText;
};

struct FeedDocument
{
    bool bozo = false;
    QString bozoMessage;
    QString encoding;
    QString version; // rss20, atom10, rss10, … ("" when unknown)
    FeedInfo feed;
    QList<Entry> entries;
    bool recognised = false; // a feed's root element (rss, feed, channel, rdf:RDF) was seen
    // Set when the bytes could not be read as a feed at all (not XML, not JSON Feed).
    QString error;

    bool isFeed() const { return error.isEmpty(); }
};

} // namespace oqy::feeds
