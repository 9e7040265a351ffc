#include "subscriptionlist.h"

#include "extract/libxmlinit.h"

#include "extract/htmlentities.h"
#include "xmlsaxreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QUrl>
#include <libxml/parser.h>
#include <libxml/tree.h>

namespace oqy::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionList)
};

constexpr int MaxFolderDepth = 32;
constexpr qsizetype MaxSubscriptions = 100'000;

QString attribute(xmlNodePtr node, const char *name)
{
    // Exporters disagree on case (xmlUrl, xmlurl, XMLURL): compare without it.
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (qstricmp(reinterpret_cast<const char *>(a->name), name) != 0)
            continue;
        xmlChar *value = xmlNodeListGetString(node->doc, a->children, 1);
        const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value)).trimmed();
        xmlFree(value);
        return result;
    }
    return {};
}

// http(s) as they are, feed:// and feed:https:// as the http(s) address they stand for; nothing else.
QString followableUrl(QString url)
{
    url = url.trimmed();
    if (url.startsWith(QLatin1String("feed:"), Qt::CaseInsensitive)) {
        url = url.mid(5);
        if (url.startsWith(QLatin1String("//")))
            url = QLatin1String("http:") + url;
    }
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty() || url.size() > 2048)
        return {};
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    return parsed.toString();
}

class OpmlReader
{
public:
    explicit OpmlReader(SubscriptionList &out)
        : m_out(out)
    {
    }

    void walk(xmlNodePtr node, const QStringList &folders)
    {
        for (xmlNodePtr child = node->children; child; child = child->next) {
            if (child->type != XML_ELEMENT_NODE || qstricmp(reinterpret_cast<const char *>(child->name), "outline") != 0)
                continue;
            const QString xmlUrl = attribute(child, "xmlUrl").isEmpty() ? attribute(child, "url")
                                                                         : attribute(child, "xmlUrl");
            QString title = attribute(child, "title");
            if (title.isEmpty())
                title = attribute(child, "text");
            title = decodeHtmlEntities(title);
            if (!xmlUrl.isEmpty()) {
                add(xmlUrl, title, attribute(child, "htmlUrl"), folders);
            } else {
                // A folder. Beyond the depth limit its contents join the deepest folder allowed.
                QStringList inner = folders;
                if (inner.size() < MaxFolderDepth && !title.isEmpty())
                    inner.append(title);
                walk(child, inner);
            }
        }
    }

private:
    void add(const QString &raw, const QString &title, const QString &site, const QStringList &folders)
    {
        const QString url = followableUrl(raw);
        if (url.isEmpty()) {
            m_out.skipped.append(Text::tr("%1: not a web address Oqy follows").arg(raw.left(200)));
            return;
        }
        if (m_seen.contains(url) || m_out.subscriptions.size() >= MaxSubscriptions)
            return;
        m_seen.insert(url);
        m_out.subscriptions.append({url, title, followableUrl(site), folders.join(QLatin1String(" / "))});
    }

    SubscriptionList &m_out;
    QSet<QString> m_seen;
};

SubscriptionList readOpml(const QByteArray &bytes)
{
    SubscriptionList list;
    // The DOCTYPE (and with it any entity or external DTD) is removed before libxml2 sees the file.
    const QByteArray xml = stripDoctype(bytes, nullptr);
    initLibxml();
    xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), nullptr, nullptr,
                                  XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : nullptr;
    if (!root || qstricmp(reinterpret_cast<const char *>(root->name), "opml") != 0) {
        list.error = Text::tr("This file is not OPML.");
    } else {
        OpmlReader reader(list);
        for (xmlNodePtr child = root->children; child; child = child->next)
            if (child->type == XML_ELEMENT_NODE && qstricmp(reinterpret_cast<const char *>(child->name), "body") == 0)
                reader.walk(child, {});
    }
    if (doc)
        xmlFreeDoc(doc);
    return list;
}

// Newsboat's urls file: "URL tag tag "~Title"" per line, # for comments, query:/exec:/filter: feeds
// that only Newsboat can follow.
SubscriptionList readNewsboatUrls(const QByteArray &bytes)
{
    SubscriptionList list;
    QSet<QString> seen;
    int lineCount = 0;
    for (const QByteArray &rawLine : bytes.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        ++lineCount;
        QStringList words;
        QString current;
        bool quoted = false;
        for (const QChar c : line) {
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (c.isSpace() && !quoted) {
                if (!current.isEmpty())
                    words.append(current);
                current.clear();
            } else {
                current += c;
            }
        }
        if (!current.isEmpty())
            words.append(current);
        if (words.isEmpty())
            continue;
        const QString url = followableUrl(words.takeFirst());
        if (url.isEmpty()) {
            list.skipped.append(Text::tr("%1: not a web address Oqy follows").arg(line.left(200)));
            continue;
        }
        if (seen.contains(url))
            continue;
        seen.insert(url);
        Subscription s{url, {}, {}, {}};
        for (const QString &word : std::as_const(words)) {
            if (word.startsWith(QLatin1Char('~')))
                s.title = word.mid(1);
            else if (s.folder.isEmpty() && !word.startsWith(QLatin1Char('!')))
                s.folder = word;
        }
        list.subscriptions.append(s);
    }
    if (lineCount == 0)
        list.error = Text::tr("The file lists no subscriptions.");
    return list;
}

QByteArray escape(const QString &text)
{
    return escapeHtml(text, true).toUtf8();
}

} // namespace

SubscriptionList readSubscriptions(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(512).trimmed();
    if (head.startsWith("<") || head.startsWith("\xEF\xBB\xBF<"))
        return readOpml(bytes);
    if (head.startsWith("http") || head.startsWith("#") || head.startsWith("feed:") || head.startsWith("\""))
        return readNewsboatUrls(bytes);
    SubscriptionList list;
    list.error = Text::tr("This file is neither OPML nor a list of feed addresses.");
    return list;
}

QByteArray writeOpml(const QList<Subscription> &subscriptions, const QString &title)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>"
                     + escape(title) + "</title>\n    <dateCreated>"
                     + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8()
                     + "</dateCreated>\n  </head>\n  <body>\n";
    QStringList open; // the folders currently open, outermost first
    QList<Subscription> sorted = subscriptions;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Subscription &a, const Subscription &b) { return a.folder < b.folder; });
    for (const Subscription &s : std::as_const(sorted)) {
        const QStringList path = s.folder.isEmpty() ? QStringList() : s.folder.split(QLatin1String(" / "));
        qsizetype common = 0;
        while (common < open.size() && common < path.size() && open[common] == path[common])
            ++common;
        while (open.size() > common) {
            open.removeLast();
            out += QByteArray(4 + 2 * open.size(), ' ') + "</outline>\n";
        }
        while (open.size() < path.size()) {
            const QString folder = path[open.size()];
            out += QByteArray(4 + 2 * open.size(), ' ') + "<outline text=\"" + escape(folder) + "\" title=\""
                   + escape(folder) + "\">\n";
            open.append(folder);
        }
        const QString name = s.title.isEmpty() ? s.url : s.title;
        out += QByteArray(4 + 2 * open.size(), ' ') + "<outline type=\"rss\" text=\"" + escape(name) + "\" title=\""
               + escape(name) + "\" xmlUrl=\"" + escape(s.url) + "\"";
        if (!s.siteUrl.isEmpty())
            out += " htmlUrl=\"" + escape(s.siteUrl) + "\"";
        out += "/>\n";
    }
    while (!open.isEmpty()) {
        open.removeLast();
        out += QByteArray(4 + 2 * open.size(), ' ') + "</outline>\n";
    }
    out += "  </body>\n</opml>\n";
    return out;
}

} // namespace oqy::feeds
