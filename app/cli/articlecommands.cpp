// oqy-cli list / show / bookmark / mark-read: reading what is stored, fully offline.
#include "articlejson.h"
#include "clicommand.h"

#include "storage/articlelistquery.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/searchtext.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace oqy::cli {

namespace {

// Strings of this file, in the "cli" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

std::optional<qint64> articleId(Invocation &inv, const char *command)
{
    bool ok = false;
    const qint64 id = inv.positional().value(0).toLongLong(&ok);
    if (inv.positional().size() != 1 || !ok || id <= 0) {
        inv.fail(Text::tr("%1 needs one article id").arg(QLatin1String(command)), UsageError);
        return std::nullopt;
    }
    return id;
}

int list(Invocation &inv)
{
    QCommandLineParser &p = inv.parser();
    p.addOption({ QStringLiteral("json"), Text::tr("Print JSON.") });
    p.addOption({ QStringLiteral("unread"), Text::tr("Only unread articles.") });
    p.addOption({ QStringLiteral("bookmarked"), Text::tr("Only bookmarked articles.") });
    p.addOption(
        { QStringLiteral("feed"), Text::tr("Only articles of feed ID."), QStringLiteral("ID") });
    p.addOption({ QStringLiteral("region"),
        Text::tr("Only articles about these regions (comma-separated slugs)."),
        QStringLiteral("SLUGS") });
    p.addOption({ QStringLiteral("limit"), Text::tr("At most N articles (default 100)."),
        QStringLiteral("N"), QStringLiteral("100") });
    int exit = 0;
    if (!inv.parse(Text::tr("List stored articles, newest first."), {}, &exit))
        return exit;
    ArticleFilter filter;
    filter.unreadOnly = p.isSet(QStringLiteral("unread"));
    filter.bookmarkedOnly = p.isSet(QStringLiteral("bookmarked"));
    filter.feedId = p.value(QStringLiteral("feed")).toLongLong();
    if (p.isSet(QStringLiteral("region")))
        filter.regions
            = p.value(QStringLiteral("region")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return inv.fail(Text::tr("--limit needs a positive number"), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        const QList<ArticleRow> rows = ArticleListQuery(*db).page(filter, std::nullopt, limit);
        if (inv.json()) {
            QJsonArray array;
            for (const ArticleRow &row : rows)
                array.append(articleRowToJson(row));
            inv.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const ArticleRow &row : rows) {
            inv.out() << row.id << '\t' << (row.read ? ' ' : '*') << (row.bookmarked ? 'B' : ' ')
                      << '\t'
                      << QLocale().toString(row.published.toLocalTime(), QLocale::ShortFormat)
                      << '\t' << row.feedTitle << '\t' << row.title << '\n';
        }
        inv.out().flush();
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int search(Invocation &inv)
{
    QCommandLineParser &p = inv.parser();
    p.addOption({ QStringLiteral("json"), Text::tr("Print JSON.") });
    p.addOption({ QStringLiteral("region"),
        Text::tr("Only articles about these regions (comma-separated slugs)."),
        QStringLiteral("SLUGS") });
    p.addOption({ QStringLiteral("unread"), Text::tr("Only unread articles.") });
    p.addOption({ QStringLiteral("bookmarked"), Text::tr("Only bookmarked articles.") });
    p.addOption({ QStringLiteral("limit"), Text::tr("At most N articles (default 50)."),
        QStringLiteral("N"), QStringLiteral("50") });
    int exit = 0;
    if (!inv.parse(Text::tr("Search the stored articles, best first: words in any form (Russian or "
                            "Kazakh, Cyrillic or Latin), \"phrases\", prefix*, -exclusion."),
            { QStringLiteral("query What to look for") }, &exit))
        return exit;
    ArticleFilter filter;
    filter.search = inv.positional().join(QLatin1Char(' ')).trimmed();
    if (filter.search.isEmpty())
        return inv.fail(Text::tr("search needs a query"), UsageError);
    filter.unreadOnly = p.isSet(QStringLiteral("unread"));
    filter.bookmarkedOnly = p.isSet(QStringLiteral("bookmarked"));
    if (p.isSet(QStringLiteral("region")))
        filter.regions
            = p.value(QStringLiteral("region")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return inv.fail(Text::tr("--limit needs a positive number"), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        SearchText text;
        if (text.matchExpression(filter.search).isEmpty()
            && text.exclusionExpression(filter.search).isEmpty())
            return inv.fail(Text::tr("the query has nothing to look for"), UsageError);
        ArticleListQuery query(*db);
        const QList<ArticleRow> rows = query.bestMatches(filter, limit);
        const QStringList snippets = query.snippets(rows, filter.search);
        QJsonArray array;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const ArticleRow &row = rows[i];
            const QString &snippet = snippets[i];
            if (inv.json()) {
                QJsonObject object = articleRowToJson(row);
                object.insert(QStringLiteral("snippet"), snippet);
                array.append(object);
            } else {
                inv.out() << row.id << '\t' << row.feedTitle << '\t' << row.title << "\n    "
                          << snippet << '\n';
            }
        }
        if (inv.json())
            inv.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        inv.out().flush();
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int show(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("json"), Text::tr("Print JSON.") });
    int exit = 0;
    if (!inv.parse(
            Text::tr("Show one stored article."), { QStringLiteral("id The article's id") }, &exit))
        return exit;
    const auto id = articleId(inv, "show");
    if (!id)
        return UsageError;
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        const auto stored = ArticleStore(*db).load(*id);
        if (!stored)
            return inv.fail(Text::tr("there is no article %1").arg(*id));
        if (inv.json()) {
            inv.out()
                << QJsonDocument(storedArticleToJson(*stored)).toJson(QJsonDocument::Indented);
            return Success;
        }
        const Article &a = stored->article;
        inv.out() << a.title << '\n'
                  << stored->feedTitle << " · "
                  << QLocale().toString(a.published.toLocalTime(), QLocale::LongFormat) << '\n'
                  << a.url << "\n\n";
        if (!a.leadImage.isEmpty()) {
            inv.out() << "[" << Text::tr("Photo") << ": " << a.leadImage.url;
            if (!a.leadImage.caption.isEmpty())
                inv.out() << " — " << a.leadImage.caption;
            if (!a.leadImage.credit.isEmpty())
                inv.out() << " (" << Text::tr("credit: %1").arg(a.leadImage.credit) << ")";
            inv.out() << "]\n\n";
        }
        inv.out() << a.text << '\n';
        for (const PullQuote &q : a.pullQuotes)
            inv.out() << "\n  «" << q.text << "» — " << q.attribution << '\n';
        inv.out().flush();
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int bookmark(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("remove"), Text::tr("Remove the bookmark instead.") });
    inv.parser().addOption({ QStringLiteral("note"), Text::tr("Keep a note with the bookmark."),
        QStringLiteral("TEXT") });
    int exit = 0;
    if (!inv.parse(Text::tr("Bookmark an article: it is kept whatever the retention settings say."),
            { QStringLiteral("id The article's id") }, &exit))
        return exit;
    const auto id = articleId(inv, "bookmark");
    if (!id)
        return UsageError;
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        ArticleStore store(*db);
        if (!store.exists(*id))
            return inv.fail(Text::tr("there is no article %1").arg(*id));
        db->transaction([&] {
            store.setBookmarked(*id, !inv.parser().isSet(QStringLiteral("remove")),
                inv.parser().value(QStringLiteral("note")));
        });
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int markRead(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("unread"), Text::tr("Mark unread instead.") });
    int exit = 0;
    if (!inv.parse(Text::tr("Mark an article read (or unread)."),
            { QStringLiteral("id The article's id") }, &exit))
        return exit;
    const auto id = articleId(inv, "mark-read");
    if (!id)
        return UsageError;
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        ArticleStore store(*db);
        if (!store.exists(*id))
            return inv.fail(Text::tr("there is no article %1").arg(*id));
        db->transaction(
            [&] { store.setRead({ *id }, !inv.parser().isSet(QStringLiteral("unread"))); });
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

} // namespace

QList<Command> articleCommands()
{
    return {
        { QStringLiteral("search"), Text::tr("search the stored articles"), search },
        { QStringLiteral("list"), Text::tr("list stored articles"), list },
        { QStringLiteral("show"), Text::tr("show one article"), show },
        { QStringLiteral("bookmark"), Text::tr("bookmark an article (or --remove)"), bookmark },
        { QStringLiteral("mark-read"), Text::tr("mark an article read (or --unread)"), markRead },
    };
}

} // namespace oqy::cli
