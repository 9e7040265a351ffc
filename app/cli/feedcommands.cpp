// oqy-cli add / feeds / remove: the subscriptions.
#include "clicommand.h"

#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace oqy::cli {

namespace {

// Strings of this file, in the "cli" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int add(Invocation &inv)
{
    inv.parser().addOption({QStringLiteral("news-list"),
                            Text::tr("The address is an outlet's news-list page, not a feed.")});
    int exit = 0;
    if (!inv.parse(Text::tr("Subscribe to a feed and print its id."), {QStringLiteral("url The feed's address")}, &exit))
        return exit;
    if (inv.positional().size() != 1)
        return inv.fail(Text::tr("add needs exactly one URL"), UsageError);
    const QUrl url = QUrl::fromUserInput(inv.positional().first().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return inv.fail(Text::tr("\"%1\" is not an http(s) address").arg(inv.positional().first()), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        const bool newsList = inv.parser().isSet(QStringLiteral("news-list"));
        const qint64 id = FeedStore(*db).add(url.toString(), newsList ? Feed::Kind::NewsList : Feed::Kind::Feed);
        inv.out() << id << Qt::endl;
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int feeds(Invocation &inv)
{
    inv.parser().addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    int exit = 0;
    if (!inv.parse(Text::tr("List the subscriptions with their last error."), {}, &exit))
        return exit;
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        const QList<Feed> all = FeedStore(*db).all();
        if (inv.json()) {
            QJsonArray array;
            for (const Feed &f : all)
                array.append(QJsonObject{{QStringLiteral("id"), f.id},
                                         {QStringLiteral("title"), f.title},
                                         {QStringLiteral("url"), f.url},
                                         {QStringLiteral("kind"), f.kind == Feed::Kind::NewsList
                                                                      ? QStringLiteral("newslist")
                                                                      : QStringLiteral("feed")},
                                         {QStringLiteral("last_error"), f.lastError},
                                         {QStringLiteral("last_success"),
                                          f.lastSuccess.isValid() ? QJsonValue(f.lastSuccess.toString(Qt::ISODate))
                                                                  : QJsonValue()}});
            inv.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const Feed &f : all) {
            inv.out() << f.id << '\t' << f.displayTitle() << '\t' << f.url;
            if (!f.lastError.isEmpty())
                inv.out() << '\t' << Text::tr("error: %1").arg(f.lastError);
            inv.out() << '\n';
        }
        inv.out().flush();
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int remove(Invocation &inv)
{
    int exit = 0;
    if (!inv.parse(Text::tr("Unsubscribe from a feed; its articles go too, bookmarked ones included."),
                   {QStringLiteral("id The feed's id (see oqy-cli feeds)")}, &exit))
        return exit;
    bool ok = false;
    const qint64 id = inv.positional().value(0).toLongLong(&ok);
    if (inv.positional().size() != 1 || !ok)
        return inv.fail(Text::tr("remove needs one feed id"), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        if (!FeedStore(*db).remove(id))
            return inv.fail(Text::tr("there is no feed %1").arg(id));
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

} // namespace

QList<Command> feedCommands()
{
    return {
        {QStringLiteral("add"), Text::tr("subscribe to a feed (prints its id)"), add},
        {QStringLiteral("feeds"), Text::tr("list subscriptions"), feeds},
        {QStringLiteral("remove"), Text::tr("unsubscribe from a feed"), remove},
    };
}

} // namespace oqy::cli
