#include "newslist.h"

#include "dateparser.h"
#include "extract/classhints.h"
#include "extract/domutil.h"
#include "extract/htmldocument.h"
#include "extract/htmltext.h"
#include "extract/scoringdom.h"
#include "extract/xpathquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cstring>

namespace oqy::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NewsList)
};

constexpr int KazakhstanOffset = 5 * 3600;

bool isElement(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE;
}

const char *nameOf(const xmlNode *n)
{
    return reinterpret_cast<const char *>(n->name);
}

bool isNamed(const xmlNode *n, const char *name)
{
    return isElement(n) && std::strcmp(nameOf(n), name) == 0;
}

QString siteOf(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(QLatin1String("www.")))
        h = h.mid(4);
    return h;
}

bool sameSite(const QUrl &a, const QUrl &b)
{
    const QString x = siteOf(a.host());
    const QString y = siteOf(b.host());
    return x == y || x.endsWith(QLatin1Char('.') + y) || y.endsWith(QLatin1Char('.') + x);
}

// Links inside navigation, headers, footers and sidebars are not news items.
bool inChrome(const xmlNode *link, extract::ClassHintCache &hints)
{
    for (const xmlNode *p = link->parent; isElement(p); p = p->parent) {
        for (const char *tag : { "nav", "header", "footer", "aside", "form" })
            if (isNamed(p, tag))
                return true;
        const unsigned h = hints.hints(p).any();
        if ((h & extract::Unlikely) && !(h & extract::MaybeCandidate))
            return true;
    }
    return false;
}

// "div.news-item > a.newscard_link": the structure a link repeats with its siblings.
QString signatureOf(const xmlNode *link)
{
    QString signature;
    const xmlNode *n = link;
    for (int depth = 0; depth < 4 && isElement(n); ++depth, n = n->parent) {
        QString part = QString::fromUtf8(nameOf(n));
        if (const char *cls = extract::attributeValue(n, "class")) {
            // The first class word, without digits that CSS modules and ids add.
            QString first = QString::fromUtf8(cls).simplified().section(QLatin1Char(' '), 0, 0);
            static const QRegularExpression digits(QStringLiteral("[_-]?[0-9a-f]*[0-9][0-9a-f]*$"));
            first.remove(digits);
            part += QLatin1Char('.') + first;
        }
        signature.prepend(part + QLatin1Char('>'));
    }
    return signature;
}

// The element that holds one item: the link's ancestor just below the one shared with the next
// item of the same group.
xmlNode *containerOf(xmlNode *link, const QSet<const xmlNode *> &groupLinks)
{
    xmlNode *container = link;
    for (xmlNode *p = link->parent; isElement(p) && !isNamed(p, "body"); p = p->parent) {
        int links = 0;
        for (xmlNode *n = p->children; n;) {
            if (isElement(n) && groupLinks.contains(n))
                ++links;
            if (links > 1)
                break;
            if (isElement(n) && n->children) {
                n = n->children;
                continue;
            }
            while (n && n != p && !n->next)
                n = n->parent;
            n = n && n != p ? n->next : nullptr;
        }
        if (links > 1)
            break;
        container = p;
    }
    return container;
}

QString dateTextIn(xmlNode *container)
{
    for (xmlNode *n = container; n; n = extract::nextElementWithin(n, container)) {
        if (isNamed(n, "time")) {
            const QString datetime = oqy::dom::attribute(n, "datetime");
            return datetime.isEmpty() ? oqy::dom::normalisedText(n) : datetime;
        }
        const char *cls = extract::attributeValue(n, "class");
        if (cls && (strcasestr(cls, "date") || strcasestr(cls, "time"))
            && !strcasestr(cls, "update")) {
            const QString text = oqy::dom::normalisedText(n);
            if (!text.isEmpty() && text.size() < 60)
                return text;
        }
    }
    return {};
}

struct Candidate
{
    xmlNode *link;
    QUrl url;
    QString title;
};

QString pageTitle(xmlDoc *doc)
{
    QString title, site;
    for (xmlNode *n = xmlDocGetRootElement(doc); n; n = extract::nextElement(n)) {
        if (isNamed(n, "title") && title.isEmpty())
            title = oqy::dom::normalisedText(n);
        if (isNamed(n, "meta")
            && oqy::dom::attribute(n, "property") == QLatin1String("og:site_name"))
            site = oqy::dom::attribute(n, "content").simplified();
        if (isNamed(n, "body"))
            break;
    }
    return site.isEmpty() ? title : site;
}

} // namespace

QDateTime parseListDate(const QString &raw, const QDateTime &nowUtc)
{
    const QString text = raw.simplified();
    if (text.isEmpty())
        return {};
    // Bare clock times on a Kazakh page are local time: that reading goes first.
    if (QDateTime d = parseDisplayedDate(text, KazakhstanOffset / 60); d.isValid())
        return d;
    const QDateTime localNow = nowUtc.toUTC().addSecs(KazakhstanOffset);
    const QString lower = text.toLower();
    static const QRegularExpression clock(QStringLiteral("(\\d{1,2}):(\\d{2})"));
    const auto time = clock.match(lower);
    auto at = [&](int daysBack) {
        const QDate day = localNow.date().addDays(-daysBack);
        const QTime t = time.hasMatch() ? QTime(time.captured(1).toInt(), time.captured(2).toInt())
                                        : QTime(0, 0);
        if (!t.isValid())
            return QDateTime();
        return QDateTime(day, t, Qt::UTC).addSecs(-KazakhstanOffset);
    };
    if (lower.contains(QStringLiteral("сегодня")) || lower.contains(QStringLiteral("бүгін"))
        || lower.contains(QLatin1String("today")))
        return at(0);
    if (lower.contains(QStringLiteral("вчера")) || lower.contains(QStringLiteral("кеше"))
        || lower.contains(QLatin1String("yesterday")))
        return at(1);
    static const QRegularExpression ago(
        QStringLiteral(
            "(\\d+)\\s*(мин|минут|минуты|минуту|час|часа|часов|сағат|минут бұрын|min|hour)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = ago.match(lower); m.hasMatch()
        && (lower.contains(QStringLiteral("назад")) || lower.contains(QStringLiteral("бұрын"))
            || lower.contains(QLatin1String("ago")))) {
        const int amount = m.captured(1).toInt();
        const bool hours = m.captured(2).startsWith(QStringLiteral("час"))
            || m.captured(2).startsWith(QStringLiteral("сағат"))
            || m.captured(2).startsWith(QLatin1String("hour"));
        return nowUtc.toUTC().addSecs(-qint64(amount) * (hours ? 3600 : 60));
    }
    // A date alone, «09.08.2026» or «2026-11-14»: noon local time keeps it on its day in UTC.
    static const QRegularExpression numeric(
        QStringLiteral("\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\b"));
    if (const auto m = numeric.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return QDateTime(d, QTime(12, 0), Qt::UTC).addSecs(-KazakhstanOffset);
    }
    // Machine forms with a zone (<time datetime="…+05:00">, RFC 822).
    return parseDate(text);
}

FeedItems parseNewsList(
    const QByteArray &page, const QUrl &url, const NewsListOptions &options, QString *error)
{
    FeedItems items;
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    extract::XmlDocPtr doc(
        extract::parseUtf8Html(extract::prepareHtmlBytes(page, options.contentType), url));
    xmlNode *body = nullptr;
    for (xmlNode *n = doc ? xmlDocGetRootElement(doc.get()) : nullptr; n && !body;
         n = extract::nextElement(n))
        if (isNamed(n, "body"))
            body = n;
    if (!body) {
        if (error)
            *error = Text::tr("This page has no body to read news from.");
        return items;
    }
    items.title = pageTitle(doc.get());
    items.siteUrl = url.resolved(QUrl(QStringLiteral("/"))).toString();

    struct Found
    {
        QUrl url;
        QString title;
        QString date;
    };
    QList<Found> found;
    const extract::SiteRule *rule = options.rules ? options.rules->forHost(url.host()) : nullptr;
    if (rule && !rule->listItem.isEmpty()) {
        for (xmlNode *item : extract::selectNodes(doc.get(), rule->listItem)) {
            const auto links = extract::selectNodes(
                item, rule->listLink.isEmpty() ? QStringLiteral(".//a[@href]") : rule->listLink);
            if (links.empty())
                continue;
            const auto titles
                = rule->listTitle.isEmpty() ? links : extract::selectNodes(item, rule->listTitle);
            const auto dates = extract::selectNodes(item, rule->listDate);
            Found f;
            f.url = url.resolved(QUrl(oqy::dom::attribute(links.front(), "href").trimmed()));
            f.title = titles.empty() ? QString() : oqy::dom::normalisedText(titles.front());
            f.date = dates.empty() ? dateTextIn(item) : oqy::dom::normalisedText(dates.front());
            found.append(f);
        }
    }

    if (found.isEmpty()) {
        // Links that read like headlines of this site's articles, grouped by the structure around
        // them.
        extract::ClassHintCache hints;
        QHash<QString, QList<Candidate>> groups;
        for (xmlNode *n = body; n; n = extract::nextElement(n)) {
            if (!isNamed(n, "a"))
                continue;
            const QString href = oqy::dom::attribute(n, "href").trimmed();
            if (href.isEmpty() || href.startsWith(QLatin1Char('#')))
                continue;
            const QUrl target = url.resolved(QUrl(href)).adjusted(QUrl::RemoveFragment);
            if ((target.scheme() != QLatin1String("http")
                    && target.scheme() != QLatin1String("https"))
                || !sameSite(target, url) || target.path().size() < 2
                || target == url.adjusted(QUrl::RemoveFragment))
                continue;
            QString title = oqy::dom::normalisedText(n);
            if (title.size() < 20) {
                const QString attrTitle = oqy::dom::attribute(n, "title").simplified();
                if (attrTitle.size() >= 20)
                    title = attrTitle;
            }
            if (title.size() < 20 || title.size() > 300 || inChrome(n, hints))
                continue;
            groups[signatureOf(n)].append({ n, target, title });
        }
        // The largest group of at least three distinct links wins; longer headlines break ties.
        QString best;
        double bestScore = 0;
        for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
            QSet<QString> distinct;
            qsizetype length = 0;
            for (const Candidate &c : it.value()) {
                distinct.insert(c.url.toString());
                length += c.title.size();
            }
            if (distinct.size() < 3)
                continue;
            const double score = double(distinct.size())
                * (1.0 + double(length) / double(it.value().size()) / 100.0);
            if (score > bestScore) {
                bestScore = score;
                best = it.key();
            }
        }
        if (!best.isEmpty()) {
            QSet<const xmlNode *> groupLinks;
            for (const Candidate &c : groups.value(best))
                groupLinks.insert(c.link);
            for (const Candidate &c : groups.value(best))
                found.append({ c.url, c.title, dateTextIn(containerOf(c.link, groupLinks)) });
        }
    }

    QSet<QString> seen;
    for (const Found &f : std::as_const(found)) {
        const QString link = f.url.toString();
        if (f.title.isEmpty() || !f.url.isValid() || seen.contains(link))
            continue;
        seen.insert(link);
        Article a;
        a.guid = link;
        a.url = link;
        a.title = f.title;
        a.published = parseListDate(f.date, now);
        items.articles.append(a);
    }
    if (items.articles.isEmpty() && error)
        *error = Text::tr("No list of news links was found on this page.");
    return items;
}

} // namespace oqy::feeds
