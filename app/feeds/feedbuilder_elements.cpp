// Element handlers of FeedBuilder: what each RSS/Atom/RDF/CDF element and known extension means.
#include "feedbuilder.h"

#include "dateparser.h"
#include "extract/htmlsanitizer.h"

#include <QRegularExpression>

namespace oqy::feeds {

namespace {

enum class Tag {
    Rss, Channel, Feed, Image, TextInput, Author, Contributor, DcContributor, Name, Width, Height,
    Url, Email, Subtitle, Rights, Item, Language, Webmaster, ItunesOwner, Published, Updated,
    Created, Expired, Category, MediaCategory, ItunesCategory, ItunesKeywords, MediaKeywords, Tags,
    Cloud, Link, Guid, Title, MediaTitle, Description, Abstract, Info, Generator, GeneratorAgent,
    Summary, Enclosure, Source, Content, Body, ContentEncoded, NewLocation, ItunesImage,
    MediaContent, MediaThumbnail, MediaDescription, MediaCredit, MediaGroup, YandexFullText,
    CcLicense, CreativeCommonsLicense
};

const QHash<QString, Tag> &tags()
{
    static const QHash<QString, Tag> map = {
        {QStringLiteral("rss"), Tag::Rss},
        {QStringLiteral("channel"), Tag::Channel},
        {QStringLiteral("feed"), Tag::Feed},
        {QStringLiteral("image"), Tag::Image},
        {QStringLiteral("textinput"), Tag::TextInput},
        {QStringLiteral("author"), Tag::Author},
        {QStringLiteral("managingeditor"), Tag::Author},
        {QStringLiteral("dc:author"), Tag::Author},
        {QStringLiteral("dc:creator"), Tag::Author},
        {QStringLiteral("itunes:author"), Tag::Author},
        {QStringLiteral("contributor"), Tag::Contributor},
        {QStringLiteral("dc:contributor"), Tag::DcContributor},
        {QStringLiteral("name"), Tag::Name},
        {QStringLiteral("itunes:name"), Tag::Name},
        {QStringLiteral("width"), Tag::Width},
        {QStringLiteral("height"), Tag::Height},
        {QStringLiteral("url"), Tag::Url},
        {QStringLiteral("homepage"), Tag::Url},
        {QStringLiteral("uri"), Tag::Url},
        {QStringLiteral("email"), Tag::Email},
        {QStringLiteral("itunes:email"), Tag::Email},
        {QStringLiteral("subtitle"), Tag::Subtitle},
        {QStringLiteral("tagline"), Tag::Subtitle},
        {QStringLiteral("itunes:subtitle"), Tag::Subtitle},
        {QStringLiteral("rights"), Tag::Rights},
        {QStringLiteral("copyright"), Tag::Rights},
        {QStringLiteral("dc:rights"), Tag::Rights},
        {QStringLiteral("item"), Tag::Item},
        {QStringLiteral("entry"), Tag::Item},
        {QStringLiteral("language"), Tag::Language},
        {QStringLiteral("dc:language"), Tag::Language},
        {QStringLiteral("webmaster"), Tag::Webmaster},
        {QStringLiteral("dc:publisher"), Tag::Webmaster},
        {QStringLiteral("itunes:owner"), Tag::ItunesOwner},
        {QStringLiteral("published"), Tag::Published},
        {QStringLiteral("issued"), Tag::Published},
        {QStringLiteral("pubdate"), Tag::Published},
        {QStringLiteral("dcterms:issued"), Tag::Published},
        {QStringLiteral("updated"), Tag::Updated},
        {QStringLiteral("modified"), Tag::Updated},
        {QStringLiteral("lastbuilddate"), Tag::Updated},
        {QStringLiteral("dc:date"), Tag::Updated},
        {QStringLiteral("dcterms:modified"), Tag::Updated},
        {QStringLiteral("created"), Tag::Created},
        {QStringLiteral("dcterms:created"), Tag::Created},
        {QStringLiteral("expirationdate"), Tag::Expired},
        {QStringLiteral("category"), Tag::Category},
        {QStringLiteral("keywords"), Tag::Category},
        {QStringLiteral("dc:subject"), Tag::Category},
        {QStringLiteral("media:category"), Tag::MediaCategory},
        {QStringLiteral("itunes:category"), Tag::ItunesCategory},
        {QStringLiteral("itunes:keywords"), Tag::ItunesKeywords},
        {QStringLiteral("media:keywords"), Tag::MediaKeywords},
        {QStringLiteral("tags"), Tag::Tags},
        {QStringLiteral("cloud"), Tag::Cloud},
        {QStringLiteral("link"), Tag::Link},
        {QStringLiteral("guid"), Tag::Guid},
        {QStringLiteral("id"), Tag::Guid},
        {QStringLiteral("title"), Tag::Title},
        {QStringLiteral("dc:title"), Tag::Title},
        {QStringLiteral("media:title"), Tag::MediaTitle},
        {QStringLiteral("description"), Tag::Description},
        {QStringLiteral("dc:description"), Tag::Description},
        {QStringLiteral("abstract"), Tag::Abstract},
        {QStringLiteral("info"), Tag::Info},
        {QStringLiteral("feedburner:browserfriendly"), Tag::Info},
        {QStringLiteral("generator"), Tag::Generator},
        {QStringLiteral("admin:generatoragent"), Tag::GeneratorAgent},
        {QStringLiteral("summary"), Tag::Summary},
        {QStringLiteral("itunes:summary"), Tag::Summary},
        {QStringLiteral("enclosure"), Tag::Enclosure},
        {QStringLiteral("source"), Tag::Source},
        {QStringLiteral("content"), Tag::Content},
        {QStringLiteral("body"), Tag::Body},
        {QStringLiteral("xhtml:body"), Tag::Body},
        {QStringLiteral("content:encoded"), Tag::ContentEncoded},
        {QStringLiteral("fullitem"), Tag::ContentEncoded},
        {QStringLiteral("newlocation"), Tag::NewLocation},
        {QStringLiteral("itunes:image"), Tag::ItunesImage},
        {QStringLiteral("itunes:link"), Tag::ItunesImage},
        {QStringLiteral("media:content"), Tag::MediaContent},
        {QStringLiteral("media:thumbnail"), Tag::MediaThumbnail},
        {QStringLiteral("media:description"), Tag::MediaDescription},
        {QStringLiteral("media:credit"), Tag::MediaCredit},
        {QStringLiteral("media:group"), Tag::MediaGroup},
        {QStringLiteral("yandex:full-text"), Tag::YandexFullText},
        {QStringLiteral("turbo:content"), Tag::YandexFullText},
        {QStringLiteral("cc:license"), Tag::CcLicense},
        {QStringLiteral("creativecommons:license"), Tag::CreativeCommonsLicense},
    };
    return map;
}

void setText(TextDetail &detail, const QString &value)
{
    detail.value = value;
    detail.present = true;
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// Query strings in links come out of some feeds as "?a=1&b;=2" (an HTML escaper treating "&b" as a
// reference): undo that.
QString fixLinkAmpersands(QString link)
{
    if (!link.contains(QLatin1Char('&'))) // most links: no regular expression run
        return link;
    static const QRegularExpression broken(QStringLiteral("&([A-Za-z0-9_]+);"));
    return link.replace(broken, QStringLiteral("&\\1"));
}

} // namespace

template<class Visitor>
void FeedBuilder::withContext(Visitor &&visitor)
{
    if (m_inSource)
        visitor(m_sourceData);
    else if (m_inImage && m_doc.feed.hasImage)
        visitor(m_doc.feed.image);
    else if (m_inTextInput)
        visitor(m_textInput);
    else if (m_inEntry && !m_doc.entries.isEmpty())
        visitor(m_doc.entries.last());
    else
        visitor(m_doc.feed);
}

namespace {

// Plain values by feedparser key, for whichever context is current.
template<class Ctx>
void assignValue(Ctx &c, const QString &key, const QString &value)
{
    if (key == QLatin1String("title")) {
        if constexpr (requires { c.title.present; })
            setText(c.title, value);
        else if constexpr (requires { c.title; })
            c.title = value;
    } else if (key == QLatin1String("subtitle")) {
        if constexpr (requires { c.subtitle; })
            setText(c.subtitle, value);
        else if constexpr (requires { c.description; })
            c.description = value;
    } else if (key == QLatin1String("summary")) {
        if constexpr (requires { c.summary.present; })
            setText(c.summary, value);
    } else if (key == QLatin1String("rights")) {
        if constexpr (requires { c.rights; })
            setText(c.rights, value);
    } else if (key == QLatin1String("link")) {
        if constexpr (requires { c.link; })
            c.link = nonNull(value);
    } else if (key == QLatin1String("id")) {
        if constexpr (requires { c.id; })
            c.id = nonNull(value);
    } else if (key == QLatin1String("language")) {
        if constexpr (requires { c.language; })
            c.language = nonNull(value);
    } else if (key == QLatin1String("author")) {
        if constexpr (requires { c.author; })
            c.author = nonNull(value);
    } else if (key == QLatin1String("publisher")) {
        if constexpr (requires { c.publisher; })
            c.publisher = nonNull(value);
    } else if (key == QLatin1String("generator")) {
        if constexpr (requires { c.generator; })
            c.generator = nonNull(value);
    } else if (key == QLatin1String("docs")) {
        if constexpr (requires { c.docs; })
            c.docs = nonNull(value);
    } else if (key == QLatin1String("ttl")) {
        if constexpr (requires { c.ttl; })
            c.ttl = nonNull(value);
    } else if (key == QLatin1String("icon")) {
        if constexpr (requires { c.icon; })
            c.icon = nonNull(value);
    } else if (key == QLatin1String("logo")) {
        if constexpr (requires { c.logo; })
            c.logo = nonNull(value);
    } else if (key == QLatin1String("comments")) {
        if constexpr (requires { c.comments; })
            c.comments = nonNull(value);
    } else if (key == QLatin1String("href")) {
        if constexpr (requires { c.href; })
            c.href = nonNull(value);
    } else if (key == QLatin1String("name")) {
        if constexpr (requires { c.name; })
            c.name = nonNull(value);
    }
}

template<class Ctx>
bool hasValue(Ctx &c, const QString &key)
{
    if (key == QLatin1String("link")) {
        if constexpr (requires { c.link; })
            return !c.link.isNull();
    } else if (key == QLatin1String("summary")) {
        if constexpr (requires { c.summary.present; })
            return c.summary.present;
    }
    return false;
}

template<class Ctx>
void assignDetail(Ctx &c, const QString &key, const TextDetail &detail)
{
    auto set = [&](TextDetail &target) {
        target.type = detail.type;
        target.language = detail.language;
        target.base = detail.base;
        target.detailValue = detail.value;
        target.plainText = detail.plainText;
        target.unsanitized = detail.unsanitized;
        target.hasDetail = true;
    };
    if (key == QLatin1String("title")) {
        if constexpr (requires { c.title.hasDetail; })
            set(c.title);
    } else if (key == QLatin1String("subtitle")) {
        if constexpr (requires { c.subtitle.hasDetail; })
            set(c.subtitle);
    } else if (key == QLatin1String("summary")) {
        if constexpr (requires { c.summary.hasDetail; })
            set(c.summary);
    } else if (key == QLatin1String("rights")) {
        if constexpr (requires { c.rights.hasDetail; })
            set(c.rights);
    }
}

} // namespace

void FeedBuilder::store(QString element, const QString &output)
{
    TextDetail detail;
    detail.type = m_contentParams.type;
    detail.language = m_contentParams.language;
    detail.base = m_contentParams.base;
    detail.value = output;
    detail.plainText = m_lastNeedsRepair ? repairMisdecodedText(m_lastPlainText) : m_lastPlainText;
    detail.unsanitized = m_lastUnsanitized;

    if (m_inEntry && !m_inSource && !m_doc.entries.isEmpty()) {
        Entry &entry = m_doc.entries.last();
        if (element == QLatin1String("content")) {
            detail.present = detail.hasDetail = true;
            detail.detailValue = detail.value;
            entry.content.append(detail);
            return;
        }
        if (element == QLatin1String("link")) {
            if (!m_inImage) {
                QString link = output.contains(QLatin1Char('&'))
                                   ? fixLinkAmpersands(QString(output).replace(QLatin1String("&amp;"), QLatin1String("&")))
                                   : output;
                // An enclosure or other link given as text must not replace the article's own link.
                const bool alternate = entry.links.isEmpty() || entry.links.last().rel == QLatin1String("alternate");
                if (alternate || entry.link.isEmpty())
                    entry.link = nonNull(link);
                if (!link.isEmpty() && !entry.links.isEmpty())
                    entry.links.last().href = link;
            }
            return;
        }
        if (element == QLatin1String("description"))
            element = QStringLiteral("summary");
        auto &depths = m_propertyDepth[&entry];
        const auto old = depths.constFind(element);
        if (old == depths.constEnd() || m_depth <= *old) {
            depths.insert(element, m_depth);
            assignValue(entry, element, output);
        }
        if (m_inContent)
            assignDetail(entry, element, detail);
        return;
    }
    if (!(m_inFeed || m_inSource))
        return;
    withContext([&](auto &c) {
        if (element == QLatin1String("description"))
            element = QStringLiteral("subtitle");
        if (element == QLatin1String("link")) {
            const QString link = fixLinkAmpersands(output);
            assignValue(c, element, link);
            if constexpr (requires { c.links; }) {
                if (!c.links.isEmpty())
                    c.links.last().href = link;
            }
            return;
        }
        assignValue(c, element, output);
        if (m_inContent)
            assignDetail(c, element, detail);
    });
}

void FeedBuilder::saveIfAbsent(const QString &key, const QString &value)
{
    withContext([&](auto &c) {
        if (!hasValue(c, key))
            assignValue(c, key, value);
    });
}

void FeedBuilder::saveDate(const QString &key, const QString &value)
{
    const QDateTime parsed = parseDate(value);
    withContext([&](auto &c) {
        if (key == QLatin1String("published")) {
            if constexpr (requires { c.published; })
                c.published = parsed;
        } else if (key == QLatin1String("updated")) {
            if constexpr (requires { c.updated; })
                c.updated = parsed;
        } else if (key == QLatin1String("created")) {
            if constexpr (requires { c.created; })
                c.created = parsed;
        } else if (key == QLatin1String("expired")) {
            if constexpr (requires { c.expired; })
                c.expired = parsed;
        }
    });
}

void FeedBuilder::addLink(Attributes attrs, bool fromEnclosure)
{
    // feedparser's _enforce_href: url= and uri= mean href=.
    const QString href = attrs.value(QStringLiteral("url"),
                                     attrs.value(QStringLiteral("uri"), attrs.value(QStringLiteral("href"))));
    if (!href.isEmpty()) {
        attrs.remove(QStringLiteral("url"));
        attrs.remove(QStringLiteral("uri"));
        attrs.insert(QStringLiteral("href"), href);
    }
    auto optional = [&](const char *key) {
        const QString k = QString::fromLatin1(key);
        return attrs.contains(k) ? nonNull(attrs.value(k)) : QString();
    };
    Link link;
    link.href = optional("href");
    link.title = optional("title");
    link.length = optional("length");
    link.hreflang = optional("hreflang");
    if (fromEnclosure) {
        link.rel = QStringLiteral("enclosure");
        link.type = optional("type");
        withContext([&](auto &c) {
            if constexpr (requires { c.links; })
                c.links.append(link);
        });
        return;
    }
    link.rel = attrs.value(QStringLiteral("rel"), QStringLiteral("alternate"));
    link.type = attrs.value(QStringLiteral("type"),
                            link.rel == QLatin1String("self") ? QStringLiteral("application/atom+xml")
                                                              : QStringLiteral("text/html"));
    const bool hasHref = attrs.contains(QStringLiteral("href"));
    if (hasHref)
        link.href = nonNull(resolveUri(link.href));
    const bool expectingText = m_inFeed || m_inEntry || m_inSource;
    withContext([&](auto &c) {
        if constexpr (requires { c.links; }) {
            if (!(m_inEntry && m_inImage))
                c.links.append(link);
        }
        if (hasHref && link.rel == QLatin1String("alternate") && isHtmlType(mapContentType(link.type))) {
            if constexpr (requires { c.link; })
                c.link = link.href;
        }
    });
    if (!hasHref)
        push(QStringLiteral("link"), expectingText);
}

void FeedBuilder::addCategory(const QString &term, const QString &scheme, const QString &label)
{
    if (term.isEmpty() && scheme.isEmpty() && label.isEmpty())
        return;
    withContext([&](auto &c) {
        if constexpr (requires { c.categories; }) {
            for (const Category &existing : std::as_const(c.categories))
                if (existing.term == term && existing.scheme == scheme && existing.label == label)
                    return;
            c.categories.append({term, scheme, label});
        }
    });
}

void FeedBuilder::saveAuthor(const QString &key, const QString &value, const QString &prefix)
{
    withContext([&](auto &c) {
        if constexpr (requires { c.authorDetail; c.publisherDetail; c.authors; }) {
            Person &detail = prefix == QLatin1String("publisher") ? c.publisherDetail : c.authorDetail;
            if (key == QLatin1String("name"))
                detail.name = nonNull(value);
            else if (key == QLatin1String("email"))
                detail.email = nonNull(value);
            else if (key == QLatin1String("href"))
                detail.href = nonNull(value);
        }
    });
    syncAuthorDetail();
    withContext([&](auto &c) {
        if constexpr (requires { c.authors; }) {
            if (c.authors.isEmpty())
                c.authors.append(Person());
            Person &last = c.authors.last();
            if (key == QLatin1String("name"))
                last.name = nonNull(value);
            else if (key == QLatin1String("email"))
                last.email = nonNull(value);
            else if (key == QLatin1String("href"))
                last.href = nonNull(value);
        }
    });
}

void FeedBuilder::saveContributor(const QString &key, const QString &value)
{
    withContext([&](auto &c) {
        if constexpr (requires { c.contributors; }) {
            if (c.contributors.isEmpty())
                c.contributors.append(Person());
            Person &last = c.contributors.last();
            if (key == QLatin1String("name"))
                last.name = nonNull(value);
            else if (key == QLatin1String("email"))
                last.email = nonNull(value);
            else if (key == QLatin1String("href"))
                last.href = nonNull(value);
        }
    });
}

void FeedBuilder::syncAuthorDetail(const QString &key)
{
    static const QRegularExpression emailPattern(QStringLiteral(
        R"((([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?)"));
    const bool publisher = key == QLatin1String("publisher");
    withContext([&](auto &c) {
        if constexpr (requires { c.authorDetail; c.publisherDetail; c.authors; c.author; c.publisher; }) {
            // The last <author> element's parts, when it had any; publishers have no list.
            Person *last = (!publisher && !c.authors.isEmpty()) ? &c.authors.last() : nullptr;
            QString &plain = publisher ? c.publisher : c.author;
            Person &detail = publisher ? c.publisherDetail : c.authorDetail;
            if (last && !last->isEmpty()) {
                if (!last->name.isEmpty() && !last->email.isEmpty())
                    plain = last->name + QLatin1String(" (") + last->email + QLatin1Char(')');
                else if (!last->name.isEmpty())
                    plain = last->name;
                else if (!last->email.isEmpty())
                    plain = last->email;
                return;
            }
            QString author = plain;
            QString email;
            if (author.isEmpty())
                return;
            const auto match = emailPattern.match(author);
            if (match.hasMatch()) {
                email = match.captured(0);
                author.replace(email, QString());
                author.replace(QLatin1String("()"), QString());
                author.replace(QLatin1String("<>"), QString());
                author.replace(QLatin1String("&lt;&gt;"), QString());
                author = author.trimmed();
                if (author.startsWith(QLatin1Char('(')))
                    author.remove(0, 1);
                if (author.endsWith(QLatin1Char(')')))
                    author.chop(1);
                author = author.trimmed();
            }
            // The detail was absent: feedparser makes it the same object as the last author entry.
            const bool detailWasEmpty = detail.isEmpty();
            if (!(author.isEmpty() && email.isEmpty()) && detailWasEmpty) {
                if (!author.isEmpty())
                    detail.name = author;
                if (!email.isEmpty())
                    detail.email = email;
                if (last) {
                    if (!author.isEmpty())
                        last->name = author;
                    if (!email.isEmpty())
                        last->email = email;
                }
            } else if (last) {
                if (!author.isEmpty())
                    last->name = author;
                if (!email.isEmpty())
                    last->email = email;
            }
        }
    });
}

int FeedBuilder::tagOf(const QString &qualified)
{
    const auto it = tags().constFind(qualified);
    return it == tags().constEnd() ? -1 : int(*it);
}

bool FeedBuilder::dispatchStart(int tag, Attributes &attrs)
{
    if (tag < 0)
        return false;
    const Tag current = static_cast<Tag>(tag);
    const Tag *it = &current;
    const bool expecting = m_inFeed || m_inEntry || m_inSource;
    switch (*it) {
    case Tag::Rss: {
        m_doc.recognised = true;
        if (m_doc.version.isEmpty() || !m_doc.version.startsWith(QLatin1String("rss"))) {
            const QString v = attrs.value(QStringLiteral("version"));
            if (v == QLatin1String("0.91"))
                m_doc.version = QStringLiteral("rss091u");
            else if (v == QLatin1String("0.92"))
                m_doc.version = QStringLiteral("rss092");
            else if (v == QLatin1String("0.93"))
                m_doc.version = QStringLiteral("rss093");
            else if (v == QLatin1String("0.94"))
                m_doc.version = QStringLiteral("rss094");
            else if (v.startsWith(QLatin1String("2.")))
                m_doc.version = QStringLiteral("rss20");
            else
                m_doc.version = QStringLiteral("rss");
        }
        return true;
    }
    case Tag::Channel:
        m_inFeed = true;
        m_doc.recognised = true;
        goto cdfCommon;
    case Tag::Feed: {
        m_inFeed = true;
        m_doc.recognised = true;
        if (m_doc.version.isEmpty()) {
            const QString v = attrs.value(QStringLiteral("version"));
            m_doc.version = v == QLatin1String("0.1")   ? QStringLiteral("atom01")
                            : v == QLatin1String("0.2") ? QStringLiteral("atom02")
                            : v == QLatin1String("0.3") ? QStringLiteral("atom03")
                                                        : QStringLiteral("atom");
        }
        return true;
    }
    case Tag::Image:
        if (!m_inEntry)
            withContext([&](auto &c) {
                if constexpr (requires { c.hasImage; })
                    c.hasImage = true;
            });
        m_inImage = true;
        m_titleDepth = -1;
        push(QStringLiteral("image"), false);
        return true;
    case Tag::TextInput:
        m_inTextInput = true;
        m_titleDepth = -1;
        push(QStringLiteral("textinput"), false);
        return true;
    case Tag::Author:
        m_inAuthor = true;
        push(QStringLiteral("author"), true);
        withContext([&](auto &c) {
            if constexpr (requires { c.authors; })
                c.authors.append(Person());
        });
        return true;
    case Tag::Contributor:
    case Tag::DcContributor:
        m_inContributor = true;
        withContext([&](auto &c) {
            if constexpr (requires { c.contributors; })
                c.contributors.append(Person());
        });
        push(*it == Tag::Contributor ? QStringLiteral("contributor") : QStringLiteral("name"), false);
        return true;
    case Tag::Name:
        push(QStringLiteral("name"), false);
        return true;
    case Tag::Width:
        push(QStringLiteral("width"), false);
        return true;
    case Tag::Height:
        push(QStringLiteral("height"), false);
        return true;
    case Tag::Url:
        push(QStringLiteral("href"), true);
        return true;
    case Tag::Email:
        push(QStringLiteral("email"), false);
        return true;
    case Tag::Subtitle:
        pushContent(QStringLiteral("subtitle"), attrs, QStringLiteral("text/plain"), true);
        return true;
    case Tag::Rights:
        pushContent(QStringLiteral("rights"), attrs, QStringLiteral("text/plain"), true);
        return true;
    case Tag::Item: {
        m_doc.entries.append(Entry());
        push(QStringLiteral("item"), false);
        m_inEntry = true;
        m_guidIsLink = false;
        m_titleDepth = -1;
        const QString about = attrs.value(QStringLiteral("rdf:about"));
        if (!about.isEmpty())
            withContext([&](auto &c) { assignValue(c, QStringLiteral("id"), about); });
        goto cdfCommon;
    }
    case Tag::Language:
        push(QStringLiteral("language"), true);
        return true;
    case Tag::Webmaster:
        push(QStringLiteral("publisher"), true);
        return true;
    case Tag::ItunesOwner:
        m_inPublisher = true;
        push(QStringLiteral("publisher"), false);
        return true;
    case Tag::Published:
        push(QStringLiteral("published"), true);
        return true;
    case Tag::Updated:
        push(QStringLiteral("updated"), true);
        return true;
    case Tag::Created:
        push(QStringLiteral("created"), true);
        return true;
    case Tag::Expired:
        push(QStringLiteral("expired"), true);
        return true;
    case Tag::MediaCategory:
        if (!attrs.contains(QStringLiteral("scheme")))
            attrs.insert(QStringLiteral("scheme"), QStringLiteral("http://search.yahoo.com/mrss/category_schema"));
        Q_FALLTHROUGH();
    case Tag::Category:
        addCategory(attrs.value(QStringLiteral("term")),
                    attrs.value(QStringLiteral("scheme"), attrs.value(QStringLiteral("domain"))),
                    attrs.value(QStringLiteral("label")));
        push(QStringLiteral("category"), true);
        return true;
    case Tag::ItunesCategory:
        addCategory(attrs.value(QStringLiteral("text")), QStringLiteral("http://www.itunes.com/"), {});
        push(QStringLiteral("category"), true);
        return true;
    case Tag::ItunesKeywords:
        push(QStringLiteral("itunes:keywords"), true);
        return true;
    case Tag::MediaKeywords:
        push(QStringLiteral("media:keywords"), true);
        return true;
    case Tag::Tags:
        push(QStringLiteral("tags"), true);
        return true;
    case Tag::Cloud:
        return true;
    case Tag::Link:
        addLink(attrs, false);
        return true;
    case Tag::Guid:
        m_guidIsLink = attrs.value(QStringLiteral("ispermalink"), QStringLiteral("true")) == QLatin1String("true");
        push(QStringLiteral("id"), true);
        return true;
    case Tag::Title:
    case Tag::MediaTitle:
        pushContent(QStringLiteral("title"), attrs, QStringLiteral("text/plain"), expecting);
        return true;
    case Tag::Description: {
        bool hasSummary = false;
        withContext([&](auto &c) { hasSummary = hasValue(c, QStringLiteral("summary")); });
        if (hasSummary && !m_hasContent) {
            m_summaryKey = QStringLiteral("content");
            m_hasContent = true;
            pushContent(QStringLiteral("content"), attrs, QStringLiteral("text/plain"), true);
        } else {
            pushContent(QStringLiteral("description"), attrs, QStringLiteral("text/html"), expecting);
        }
        return true;
    }
    case Tag::Abstract:
        pushContent(QStringLiteral("description"), attrs, QStringLiteral("text/plain"), expecting);
        return true;
    case Tag::Info:
        pushContent(QStringLiteral("info"), attrs, QStringLiteral("text/plain"), true);
        return true;
    case Tag::Generator: {
        Generator detail;
        QString href = attrs.value(QStringLiteral("url"), attrs.value(QStringLiteral("uri"), attrs.value(QStringLiteral("href"))));
        if (!href.isEmpty())
            detail.href = resolveUri(href);
        if (attrs.contains(QStringLiteral("version")))
            detail.version = nonNull(attrs.value(QStringLiteral("version")));
        withContext([&](auto &c) {
            if constexpr (requires { c.generatorDetail; }) {
                c.generatorDetail = detail;
                c.hasGeneratorDetail = true;
            }
        });
        push(QStringLiteral("generator"), true);
        return true;
    }
    case Tag::GeneratorAgent: {
        const QString value = attrs.value(QStringLiteral("rdf:resource"));
        push(QStringLiteral("generator"), true);
        if (!value.isEmpty())
            m_pending.last().pieces.append(value.toUtf8());
        pop(QStringLiteral("generator"));
        withContext([&](auto &c) {
            if constexpr (requires { c.generatorDetail; }) {
                c.generatorDetail = Generator{{}, value, {}};
                c.hasGeneratorDetail = true;
            }
        });
        return true;
    }
    case Tag::Summary: {
        bool hasSummary = false;
        withContext([&](auto &c) { hasSummary = hasValue(c, QStringLiteral("summary")); });
        if (hasSummary && !m_hasContent) {
            m_summaryKey = QStringLiteral("content");
            m_hasContent = true;
            pushContent(QStringLiteral("content"), attrs, QStringLiteral("text/plain"), true);
        } else {
            m_summaryKey = QStringLiteral("summary");
            pushContent(QStringLiteral("summary"), attrs, QStringLiteral("text/plain"), true);
        }
        return true;
    }
    case Tag::Enclosure:
        addLink(attrs, true);
        return true;
    case Tag::Source:
        if (attrs.contains(QStringLiteral("url")))
            m_sourceData.href = nonNull(attrs.value(QStringLiteral("url")));
        push(QStringLiteral("source"), true);
        m_inSource = true;
        m_titleDepth = -1;
        return true;
    case Tag::Content:
        m_hasContent = true;
        pushContent(QStringLiteral("content"), attrs, QStringLiteral("text/plain"), true);
        m_contentParams.src = attrs.value(QStringLiteral("src"));
        return true;
    case Tag::Body:
        pushContent(QStringLiteral("content"), attrs, QStringLiteral("application/xhtml+xml"), true);
        return true;
    case Tag::ContentEncoded:
        m_hasContent = true;
        pushContent(QStringLiteral("content"), attrs, QStringLiteral("text/html"), true);
        return true;
    case Tag::NewLocation:
        push(QStringLiteral("newlocation"), true);
        return true;
    case Tag::ItunesImage: {
        push(QStringLiteral("itunes:image"), false);
        QString href = attrs.value(QStringLiteral("href"));
        if (href.isEmpty())
            href = attrs.value(QStringLiteral("url"));
        if (!href.isEmpty())
            withContext([&](auto &c) {
                if constexpr (requires { c.image.href; c.hasImage; }) {
                    c.image = Image();
                    c.image.href = href;
                    c.hasImage = true;
                }
            });
        return true;
    }
    case Tag::MediaContent:
    case Tag::MediaThumbnail: {
        MediaObject media;
        media.url = resolveUri(attrs.value(QStringLiteral("url")));
        media.type = attrs.value(QStringLiteral("type"));
        media.medium = attrs.value(QStringLiteral("medium"));
        media.thumbnail = *it == Tag::MediaThumbnail;
        ++m_mediaDepth;
        if (m_inEntry && !m_inSource && !m_doc.entries.isEmpty())
            m_doc.entries.last().media.append(media);
        if (*it == Tag::MediaThumbnail)
            push(QStringLiteral("url"), true);
        return true;
    }
    case Tag::MediaDescription:
        // Inside media:content or media:group it is the photo's caption; feedparser reads a bare
        // one as the item's description.
        if (m_mediaDepth > 0) {
            push(QStringLiteral("media:caption"), false);
            return true;
        }
        m_summaryKey.clear();
        return dispatchStart(QStringLiteral("description"), attrs);
    case Tag::MediaCredit:
        push(QStringLiteral("media:credit"), false);
        return true;
    case Tag::MediaGroup:
        ++m_mediaDepth;
        return true;
    case Tag::YandexFullText:
        pushContent(QStringLiteral("yandex:full-text"), attrs, QStringLiteral("text/html"), false);
        return true;
    case Tag::CcLicense: {
        const QString value = attrs.value(QStringLiteral("rdf:resource"));
        if (!value.isEmpty())
            withContext([&](auto &c) {
                if constexpr (requires { c.links; })
                    c.links.append(Link{QStringLiteral("license"), {}, value, {}, {}, {}});
            });
        push(QStringLiteral("cc:license"), false);
        return true;
    }
    case Tag::CreativeCommonsLicense:
        push(QStringLiteral("license"), true);
        return true;
    }
    return false;

cdfCommon:
    if (attrs.contains(QStringLiteral("lastmod"))) {
        push(QStringLiteral("updated"), true);
        m_pending.last().pieces = {attrs.value(QStringLiteral("lastmod")).toUtf8()};
        dispatchEnd(QStringLiteral("updated"));
    }
    if (attrs.contains(QStringLiteral("href"))) {
        Attributes none;
        addLink(none, false);
        if (!m_pending.isEmpty() && m_pending.last().element == QLatin1String("link")) {
            m_pending.last().pieces = {attrs.value(QStringLiteral("href")).toUtf8()};
            pop(QStringLiteral("link"));
        }
    }
    return true;
}

bool FeedBuilder::dispatchEnd(int tag)
{
    if (tag < 0)
        return false;
    const Tag current = static_cast<Tag>(tag);
    const Tag *it = &current;
    switch (*it) {
    case Tag::Rss:
        return true;
    case Tag::Channel:
    case Tag::Feed:
        m_inFeed = false;
        return true;
    case Tag::Image:
        pop(QStringLiteral("image"));
        m_inImage = false;
        return true;
    case Tag::TextInput:
        pop(QStringLiteral("textinput"));
        m_inTextInput = false;
        return true;
    case Tag::Author:
        pop(QStringLiteral("author"));
        m_inAuthor = false;
        syncAuthorDetail();
        return true;
    case Tag::Contributor:
        pop(QStringLiteral("contributor"));
        m_inContributor = false;
        return true;
    case Tag::DcContributor:
    case Tag::Name: {
        const QString value = pop(QStringLiteral("name"));
        if (m_inPublisher)
            saveAuthor(QStringLiteral("name"), value, QStringLiteral("publisher"));
        else if (m_inAuthor)
            saveAuthor(QStringLiteral("name"), value);
        else if (m_inContributor)
            saveContributor(QStringLiteral("name"), value);
        else if (m_inTextInput)
            m_textInput.name = value;
        if (*it == Tag::DcContributor)
            m_inContributor = false;
        return true;
    }
    case Tag::Width:
    case Tag::Height: {
        const QString value = pop(*it == Tag::Width ? QStringLiteral("width") : QStringLiteral("height"));
        if (m_inImage && m_doc.feed.hasImage && !m_inSource) {
            bool ok = false;
            const int number = value.toInt(&ok);
            (*it == Tag::Width ? m_doc.feed.image.width : m_doc.feed.image.height) = ok ? number : 0;
        }
        return true;
    }
    case Tag::Url: {
        const QString value = pop(QStringLiteral("href"));
        if (m_inAuthor)
            saveAuthor(QStringLiteral("href"), value);
        else if (m_inContributor)
            saveContributor(QStringLiteral("href"), value);
        return true;
    }
    case Tag::Email: {
        const QString value = pop(QStringLiteral("email"));
        if (m_inPublisher)
            saveAuthor(QStringLiteral("email"), value, QStringLiteral("publisher"));
        else if (m_inAuthor)
            saveAuthor(QStringLiteral("email"), value);
        else if (m_inContributor)
            saveContributor(QStringLiteral("email"), value);
        return true;
    }
    case Tag::Subtitle:
        popContent(QStringLiteral("subtitle"));
        return true;
    case Tag::Rights:
        popContent(QStringLiteral("rights"));
        return true;
    case Tag::Item:
        pop(QStringLiteral("item"));
        m_inEntry = false;
        m_hasContent = false;
        m_mediaDepth = 0;
        return true;
    case Tag::Language:
        m_lang = pop(QStringLiteral("language"));
        return true;
    case Tag::Webmaster:
        pop(QStringLiteral("publisher"));
        syncAuthorDetail(QStringLiteral("publisher"));
        return true;
    case Tag::ItunesOwner:
        pop(QStringLiteral("publisher"));
        m_inPublisher = false;
        syncAuthorDetail(QStringLiteral("publisher"));
        return true;
    case Tag::Published:
        saveDate(QStringLiteral("published"), pop(QStringLiteral("published")));
        return true;
    case Tag::Updated:
        saveDate(QStringLiteral("updated"), pop(QStringLiteral("updated")));
        return true;
    case Tag::Created:
        saveDate(QStringLiteral("created"), pop(QStringLiteral("created")));
        return true;
    case Tag::Expired:
        saveDate(QStringLiteral("expired"), pop(QStringLiteral("expired")));
        return true;
    case Tag::Category:
    case Tag::MediaCategory:
    case Tag::ItunesCategory: {
        const QString value = pop(QStringLiteral("category"));
        if (value.isEmpty())
            return true;
        bool filled = false;
        withContext([&](auto &c) {
            if constexpr (requires { c.categories; }) {
                if (!c.categories.isEmpty() && c.categories.last().term.isEmpty()) {
                    c.categories.last().term = value;
                    filled = true;
                }
            }
        });
        if (!filled)
            addCategory(value, {}, {});
        return true;
    }
    case Tag::ItunesKeywords:
    case Tag::MediaKeywords:
    case Tag::Tags: {
        const QString element = *it == Tag::ItunesKeywords ? QStringLiteral("itunes:keywords")
                                : *it == Tag::MediaKeywords ? QStringLiteral("media:keywords")
                                                            : QStringLiteral("tags");
        const QString scheme = *it == Tag::ItunesKeywords ? QStringLiteral("http://www.itunes.com/") : QString();
        for (const QString &term : pop(element).split(QLatin1Char(','))) {
            if (*it == Tag::Tags || !term.trimmed().isEmpty())
                addCategory(term.trimmed(), scheme, {});
        }
        return true;
    }
    case Tag::Cloud:
        return true;
    case Tag::Link:
        pop(QStringLiteral("link"));
        return true;
    case Tag::Guid: {
        const QString value = pop(QStringLiteral("id"));
        if (m_guidIsLink)
            saveIfAbsent(QStringLiteral("link"), value);
        return true;
    }
    case Tag::Title:
    case Tag::MediaTitle: {
        const int depth = m_titleDepth;
        const QString value = popContent(QStringLiteral("title"));
        if (!value.isEmpty())
            m_titleDepth = m_depth;
        if (*it == Tag::MediaTitle)
            m_titleDepth = depth;
        return true;
    }
    case Tag::Description:
    case Tag::Abstract:
    case Tag::Summary:
        if (m_summaryKey == QLatin1String("content")) {
            m_summaryKey.clear();
            return dispatchEnd(QStringLiteral("content"));
        }
        popContent(*it == Tag::Summary ? QStringLiteral("summary") : QStringLiteral("description"));
        m_summaryKey.clear();
        return true;
    case Tag::Info:
        popContent(QStringLiteral("info"));
        return true;
    case Tag::Generator: {
        const QString value = pop(QStringLiteral("generator"));
        withContext([&](auto &c) {
            if constexpr (requires { c.generatorDetail; }) {
                if (c.hasGeneratorDetail)
                    c.generatorDetail.name = nonNull(value);
            }
        });
        return true;
    }
    case Tag::GeneratorAgent:
        return true;
    case Tag::Enclosure:
        return true;
    case Tag::Source: {
        m_inSource = false;
        const QString value = pop(QStringLiteral("source"));
        if (!value.isEmpty())
            setText(m_sourceData.title, value);
        withContext([&](auto &c) {
            if constexpr (requires { c.source; })
                c.source = std::make_shared<FeedInfo>(m_sourceData);
        });
        m_sourceData = FeedInfo();
        return true;
    }
    case Tag::Content:
    case Tag::Body:
    case Tag::ContentEncoded: {
        const QString type = mapContentType(m_contentParams.type);
        const bool copyToSummary = type == QLatin1String("text/plain") || isHtmlType(type);
        const QString value = popContent(QStringLiteral("content"));
        if (copyToSummary)
            saveIfAbsent(QStringLiteral("summary"), value);
        return true;
    }
    case Tag::NewLocation:
        pop(QStringLiteral("newlocation"));
        return true;
    case Tag::ItunesImage:
        pop(QStringLiteral("itunes:image"));
        return true;
    case Tag::MediaContent:
        if (m_mediaDepth > 0)
            --m_mediaDepth;
        return true;
    case Tag::MediaThumbnail: {
        const QString url = pop(QStringLiteral("url"));
        if (m_mediaDepth > 0)
            --m_mediaDepth;
        if (!url.trimmed().isEmpty() && m_inEntry && !m_doc.entries.isEmpty()) {
            auto &media = m_doc.entries.last().media;
            if (!media.isEmpty() && media.last().url.isEmpty())
                media.last().url = resolveUri(url.trimmed());
        }
        return true;
    }
    case Tag::MediaDescription:
    case Tag::MediaCredit: {
        const bool caption = *it == Tag::MediaDescription;
        if (caption && (m_pending.isEmpty() || m_pending.last().element != QLatin1String("media:caption")))
            return dispatchEnd(QStringLiteral("description"));
        const QString value = pop(caption ? QStringLiteral("media:caption") : QStringLiteral("media:credit"));
        if (m_inEntry && !m_doc.entries.isEmpty() && !value.isEmpty()) {
            auto &media = m_doc.entries.last().media;
            if (media.isEmpty())
                media.append(MediaObject());
            // A description or credit of the whole group belongs to each of its pictures.
            for (MediaObject &m : media) {
                QString &field = caption ? m.description : m.credit;
                if (field.isEmpty())
                    field = value;
            }
        }
        return true;
    }
    case Tag::MediaGroup:
        if (m_mediaDepth > 0)
            --m_mediaDepth;
        return true;
    case Tag::YandexFullText: {
        HtmlSanitizer::Options options;
        options.base = QUrl(m_baseUri);
        QString text;
        if (!m_context.feedparserCompatible)
            options.plainText = &text;
        const QString value = HtmlSanitizer::sanitize(popContent(QStringLiteral("yandex:full-text")), options);
        if (m_inEntry && !m_doc.entries.isEmpty()) {
            m_doc.entries.last().fullText = value.trimmed();
            m_doc.entries.last().fullPlainText = text;
        }
        return true;
    }
    case Tag::CcLicense:
        pop(QStringLiteral("cc:license"));
        return true;
    case Tag::CreativeCommonsLicense: {
        const QString value = pop(QStringLiteral("license"));
        if (!value.isEmpty())
            withContext([&](auto &c) {
                if constexpr (requires { c.links; })
                    c.links.append(Link{QStringLiteral("license"), {}, value, {}, {}, {}});
            });
        return true;
    }
    }
    return false;
}

} // namespace oqy::feeds
