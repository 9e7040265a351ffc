// oqy-cli add / feeds / remove: the subscriptions.
#include "clicommand.h"

#include "core/webaddress.h"
#include "engine/session.h"
#include "engine/subscriptions.h"
#include "feeds/subscriptionlist.h"
#include "secrets/secretstore.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/sqlerror.h"
#include "storage/storagewriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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
    inv.parser().addOption({ QStringLiteral("news-list"),
        Text::tr("The address is an outlet's news-list page, not a feed.") });
    inv.parser().addOption({ QStringLiteral("account"),
        Text::tr("Subscribe through sync account ID (sent to its server at the next sync)."),
        QStringLiteral("ID") });
    inv.parser().addOption(
        { QStringLiteral("folder"), Text::tr("Put it in this folder."), QStringLiteral("NAME") });
    inv.parser().addOption({ QStringLiteral("no-check"),
        Text::tr("Store the address as the feed without downloading it first.") });
    int exit = 0;
    if (!inv.parse(Text::tr("Subscribe to a feed, or to the feed of a site or page, and print its "
                            "id. A page without a feed that lists news is read as a news-list "
                            "page. A user name and password in the address go to the system "
                            "keychain."),
            { QStringLiteral("url The feed's or the page's address") }, &exit))
        return exit;
    if (inv.positional().size() != 1)
        return inv.fail(Text::tr("add needs exactly one URL"), UsageError);
    SubscribeRequest request;
    request.address = inv.positional().first();
    request.newsList = inv.parser().isSet(QStringLiteral("news-list"));
    request.folder = inv.parser().value(QStringLiteral("folder"));
    request.discover = !inv.parser().isSet(QStringLiteral("no-check"));
    request.firstOfSeveral = true;
    if (inv.parser().isSet(QStringLiteral("account"))) {
        bool ok = false;
        request.accountId = inv.parser().value(QStringLiteral("account")).toLongLong(&ok);
        if (!ok || request.accountId <= 0)
            return inv.fail(Text::tr("--account needs an account id (see oqy-cli account list)"),
                UsageError);
        if (request.newsList)
            return inv.fail(Text::tr("a sync account takes feeds, not news-list pages"), UsageError);
    }
    // Checked before the data folder is touched: a malformed address changes nothing.
    const WebAddress address = WebAddress::parse(request.address);
    if (!address.ok())
        return inv.fail(address.error, UsageError);
    auto session = inv.openSession();
    if (!session)
        return Failure;
    SubscribeResult result;
    QEventLoop loop;
    session->subscriptions().subscribe(request, [&](const SubscribeResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    session->writer().waitForIdle();
    if (!result.error.isEmpty())
        return inv.fail(result.error, result.badAddress ? UsageError : Failure);
    if (result.newsListFound)
        inv.err() << "oqy-cli: "
                  << Text::tr("%1 announces no feed; it lists %n news item(s), so it is read as a "
                              "news-list page.",
                         nullptr, result.newsItems)
                         .arg(displayAddress(result.url))
                  << Qt::endl;
    else if (result.url != address.url.toString() && !result.newsList)
        inv.err() << "oqy-cli: " << Text::tr("subscribed to the feed %1").arg(displayAddress(result.url))
                  << Qt::endl;
    for (const feeds::DiscoveredFeed &other : std::as_const(result.others))
        inv.err() << "oqy-cli: "
                  << Text::tr("the page also announces %1 (oqy-cli add %2)")
                         .arg(other.title.isEmpty() ? displayAddress(other.url) : other.title,
                             displayAddress(other.url))
                  << Qt::endl;
    if (result.credentialsStored)
        inv.err() << "oqy-cli: "
                  << Text::tr("the user name and password from the address are kept in the "
                              "system keychain")
                  << Qt::endl;
    if (result.needsCredentials)
        inv.err() << "oqy-cli: " << result.note << ' '
                  << Text::tr("Store them with: oqy-cli auth %1 --user NAME (the password is "
                              "read from standard input).")
                         .arg(result.feedId)
                  << Qt::endl;
    else if (!result.note.isEmpty())
        inv.err() << "oqy-cli: " << result.note << Qt::endl;
    inv.out() << result.feedId << Qt::endl;
    return Success;
}

int feeds(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("json"), Text::tr("Print JSON.") });
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
                array.append(QJsonObject { { QStringLiteral("id"), f.id },
                    { QStringLiteral("title"), f.title },
                    { QStringLiteral("url"), displayAddress(f.url) },
                    { QStringLiteral("kind"),
                        f.kind == Feed::Kind::NewsList ? QStringLiteral("newslist")
                                                       : QStringLiteral("feed") },
                    { QStringLiteral("folder"), f.folder },
                    { QStringLiteral("last_error"), f.lastError },
                    { QStringLiteral("last_success"), isoOrNull(f.lastSuccess) },
                    { QStringLiteral("next_attempt"), isoOrNull(f.nextAttempt) },
                    { QStringLiteral("retry_after"), isoOrNull(f.retryAfter) },
                    { QStringLiteral("failures"), f.failureCount },
                    { QStringLiteral("refresh_minutes"), f.refreshMinutes },
                    { QStringLiteral("account"),
                        f.accountId > 0 ? QJsonValue(f.accountId) : QJsonValue() } });
            inv.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        const auto shown = [](const QDateTime &t) {
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                               : QStringLiteral("—");
        };
        for (const Feed &f : all) {
            inv.out() << f.id << '\t' << f.displayTitle() << '\t' << displayAddress(f.url) << '\t'
                      << Text::tr("last success: %1, next try: %2")
                             .arg(shown(f.lastSuccess), shown(f.nextAttempt));
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

int interval(Invocation &inv)
{
    int exit = 0;
    if (!inv.parse(Text::tr("Set how often a feed is refreshed automatically (0: the default)."),
            { QStringLiteral("id The feed's id (see oqy-cli feeds)"),
                QStringLiteral("minutes Minutes between refreshes") },
            &exit))
        return exit;
    bool idOk = false;
    bool minutesOk = false;
    const qint64 id = inv.positional().value(0).toLongLong(&idOk);
    const int minutes = inv.positional().value(1).toInt(&minutesOk);
    if (inv.positional().size() != 2 || !idOk || !minutesOk || minutes < 0)
        return inv.fail(Text::tr("interval needs a feed id and a number of minutes"), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        if (!FeedStore(*db).byId(id))
            return inv.fail(Text::tr("there is no feed %1").arg(id));
        FeedStore(*db).setRefreshMinutes(id, minutes);
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int remove(Invocation &inv)
{
    int exit = 0;
    if (!inv.parse(
            Text::tr("Unsubscribe from a feed; its articles go too, bookmarked ones included."),
            { QStringLiteral("id The feed's id (see oqy-cli feeds)") }, &exit))
        return exit;
    bool ok = false;
    const qint64 id = inv.positional().value(0).toLongLong(&ok);
    if (inv.positional().size() != 1 || !ok)
        return inv.fail(Text::tr("remove needs one feed id"), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        const auto feed = FeedStore(*db).byId(id);
        if (!feed || !FeedStore(*db).remove(id))
            return inv.fail(Text::tr("there is no feed %1").arg(id));
        // Its credentials go with it.
        if (!feed->secretId.isEmpty()) {
            const QString error = SecretStore().removeBlocking(feed->secretId);
            if (!error.isEmpty())
                return inv.fail(Text::tr("the feed is removed, but its password could not be "
                                         "removed from the system keychain: %1")
                                    .arg(error));
        }
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

// oqy-cli auth: a feed's credentials into the system keychain. The secret comes from standard
// input, never from the command line (where `ps` and shell history would show it).
int auth(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("user"),
        Text::tr("The user name; the password is read from standard input."),
        QStringLiteral("NAME") });
    inv.parser().addOption({ QStringLiteral("header"),
        Text::tr("Send this header (e.g. Cookie) with the feed's requests; its value is read from "
                 "standard input."),
        QStringLiteral("NAME") });
    inv.parser().addOption(
        { QStringLiteral("remove"), Text::tr("Forget the feed's credentials.") });
    int exit = 0;
    if (!inv.parse(Text::tr("Keep a feed's user name and password (or token header) in the system "
                            "keychain."),
            { QStringLiteral("id The feed's id (see oqy-cli feeds)") }, &exit))
        return exit;
    bool ok = false;
    const qint64 id = inv.positional().value(0).toLongLong(&ok);
    if (inv.positional().size() != 1 || !ok)
        return inv.fail(Text::tr("auth needs one feed id"), UsageError);
    const bool remove = inv.parser().isSet(QStringLiteral("remove"));
    Credentials credentials;
    credentials.user = inv.parser().value(QStringLiteral("user"));
    credentials.headerName = inv.parser().value(QStringLiteral("header")).toLatin1();
    if (!remove && credentials.user.isEmpty() && credentials.headerName.isEmpty())
        return inv.fail(Text::tr("say --user NAME or --header NAME (or --remove)"), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        FeedStore feeds(*db);
        const auto feed = feeds.byId(id);
        if (!feed)
            return inv.fail(Text::tr("there is no feed %1").arg(id));
        SecretStore secrets;
        if (remove) {
            if (!feed->secretId.isEmpty()) {
                const QString error = secrets.removeBlocking(feed->secretId);
                if (!error.isEmpty())
                    return inv.fail(error);
            }
            feeds.setSecretId(id, {});
            return Success;
        }
        const std::optional<QByteArray> line = inv.readSecretLine();
        if (!line)
            return inv.fail(Text::tr("cannot read standard input"));
        const QByteArray secret = *line;
        if (secret.isEmpty())
            return inv.fail(Text::tr("no secret on standard input"), UsageError);
        if (credentials.headerName.isEmpty())
            credentials.password = QString::fromUtf8(secret);
        else
            credentials.headerValue = secret;
        const QString secretId = feed->secretId.isEmpty() ? SecretStore::newId() : feed->secretId;
        const QString error = secrets.writeBlocking(secretId, credentials);
        if (!error.isEmpty())
            return inv.fail(error); // nothing written anywhere else
        feeds.setSecretId(id, secretId);
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int importSubscriptions(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("dry-run"),
        Text::tr("Only read the file and report; subscribe to nothing.") });
    inv.parser().addOption({ QStringLiteral("json"), Text::tr("Print JSON.") });
    int exit = 0;
    if (!inv.parse(Text::tr("Subscribe to the feeds of an OPML file (any reader's export) or a "
                            "Newsboat urls file."),
            { QStringLiteral("file The OPML or urls file") }, &exit))
        return exit;
    if (inv.positional().size() != 1)
        return inv.fail(Text::tr("import needs one file"), UsageError);
    QFile file(inv.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return inv.fail(Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > 32 * 1024 * 1024)
        return inv.fail(
            Text::tr("%1 is too large for a list of subscriptions").arg(file.fileName()));
    feeds::SubscriptionList list = feeds::readSubscriptions(file.readAll());
    if (!list.error.isEmpty())
        return inv.fail(list.error);
    QJsonArray added;
    ImportResult imported;
    if (!inv.parser().isSet(QStringLiteral("dry-run"))) {
        auto session = inv.openSession();
        if (!session)
            return Failure;
        QEventLoop loop;
        session->subscriptions().import(list, [&](const ImportResult &r) {
            imported = r;
            loop.quit();
        });
        loop.exec();
        if (!imported.error.isEmpty())
            return inv.fail(imported.error);
        for (qint64 id : std::as_const(imported.added)) {
            const std::optional<Feed> f = FeedStore(session->reader()).byId(id);
            if (f)
                added.append(QJsonObject { { QStringLiteral("id"), id },
                    { QStringLiteral("url"), displayAddress(f->url) },
                    { QStringLiteral("title"), f->title }, { QStringLiteral("folder"), f->folder } });
        }
    } else {
        imported.skipped = list.skipped;
        for (const feeds::Subscription &s : list.subscriptions)
            added.append(QJsonObject { { QStringLiteral("url"), displayAddress(s.url) },
                { QStringLiteral("title"), s.title }, { QStringLiteral("folder"), s.folder } });
    }
    const int known = imported.known;
    list.skipped = imported.skipped;
    if (inv.json()) {
        inv.out() << QJsonDocument(
            QJsonObject { { QStringLiteral("added"), added },
                { QStringLiteral("already_subscribed"), known },
                { QStringLiteral("skipped"), QJsonArray::fromStringList(list.skipped) } })
                         .toJson(QJsonDocument::Indented);
    } else {
        inv.out() << Text::tr("%1 subscriptions added, %2 already there, %3 skipped")
                         .arg(added.size())
                         .arg(known)
                         .arg(list.skipped.size())
                  << Qt::endl;
        for (const QString &reason : list.skipped)
            inv.err() << "oqy-cli: " << Text::tr("skipped %1").arg(reason) << Qt::endl;
    }
    return Success;
}

int discover(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("json"), Text::tr("Print JSON.") });
    int exit = 0;
    if (!inv.parse(Text::tr("Find the feeds of a site or page (the address itself, the feeds its "
                            "page announces, "
                            "or the usual places)."),
            { QStringLiteral("url A site, a page or a feed") }, &exit))
        return exit;
    if (inv.positional().size() != 1)
        return inv.fail(Text::tr("discover needs one URL"), UsageError);
    const WebAddress address = WebAddress::parse(inv.positional().first());
    if (!address.ok())
        return inv.fail(address.error, UsageError);
    auto session = inv.openSession();
    if (!session)
        return Failure;
    Discovery discovery;
    QEventLoop loop;
    session->subscriptions().find(inv.positional().first(), [&](const Discovery &d) {
        discovery = d;
        loop.quit();
    });
    loop.exec();
    const QList<feeds::DiscoveredFeed> found = discovery.feeds;
    if (found.isEmpty() && discovery.newsList) {
        inv.out() << Text::tr("%1 announces no feed; it lists %n news item(s): oqy-cli add reads "
                              "it as a news-list page.",
                         nullptr, discovery.newsItems)
                         .arg(displayAddress(address.url))
                  << Qt::endl;
        return Success;
    }
    if (!discovery.error.isEmpty())
        return inv.fail(discovery.error);
    if (inv.json()) {
        QJsonArray array;
        for (const auto &f : found)
            array.append(QJsonObject { { QStringLiteral("url"), f.url.toString() },
                { QStringLiteral("title"), f.title }, { QStringLiteral("type"), f.type } });
        inv.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const auto &f : found)
        inv.out() << f.url.toString() << '\t' << f.title << '\n';
    inv.out().flush();
    return Success;
}

int exportSubscriptions(Invocation &inv)
{
    int exit = 0;
    if (!inv.parse(
            Text::tr("Write the subscriptions as OPML 2.0 (to FILE, or to standard output)."),
            { QStringLiteral("[file] Where to write") }, &exit))
        return exit;
    auto session = inv.openSession();
    if (!session)
        return Failure;
    QByteArray opml;
    try {
        opml = session->subscriptions().exportOpml(Text::tr("Oqy subscriptions"));
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
    if (inv.positional().isEmpty()) {
        inv.out().flush();
        fwrite(opml.constData(), 1, size_t(opml.size()), stdout);
        return Success;
    }
    QFile file(inv.positional().first());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(opml) != opml.size())
        return inv.fail(Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Success;
}

} // namespace

QList<Command> feedCommands()
{
    return {
        { QStringLiteral("add"), Text::tr("subscribe to a feed (prints its id)"), add },
        { QStringLiteral("feeds"), Text::tr("list subscriptions"), feeds },
        { QStringLiteral("remove"), Text::tr("unsubscribe from a feed"), remove },
        { QStringLiteral("auth"), Text::tr("keep a feed's credentials in the system keychain"),
            auth },
        { QStringLiteral("interval"), Text::tr("set a feed's refresh interval"), interval },
        { QStringLiteral("discover"), Text::tr("find the feeds of a site or page"), discover },
        { QStringLiteral("import"), Text::tr("subscribe to an OPML or urls file's feeds"),
            importSubscriptions },
        { QStringLiteral("export"), Text::tr("write the subscriptions as OPML"),
            exportSubscriptions },
    };
}

} // namespace oqy::cli
