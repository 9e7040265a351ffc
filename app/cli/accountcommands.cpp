// oqy-cli account add|list|remove, oqy-cli sync: accounts on a Tiny Tiny RSS server.
#include "clicommand.h"

#include "secrets/secretstore.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/accountsync.h"
#include "sync/ttrssclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace oqy::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int addAccount(Invocation &inv, const QStringList &args)
{
    if (args.size() != 1)
        return inv.fail(Text::tr("account add needs the server's address"), UsageError);
    const QString user = inv.parser().value(QStringLiteral("user"));
    if (user.isEmpty())
        return inv.fail(
            Text::tr("say --user NAME (the password is read from standard input)"), UsageError);
    QUrl server = QUrl::fromUserInput(args.first().trimmed());
    if (!server.isValid()
        || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https")))
        return inv.fail(Text::tr("\"%1\" is not an http(s) address").arg(args.first()), UsageError);
    const QString password = QString::fromUtf8(inv.readSecretLine().value_or(QByteArray()));
    if (password.isEmpty())
        return inv.fail(Text::tr("no password on standard input"), UsageError);

    // The password is tried before anything is kept: a typo is told now, not at the first sync.
    QNetworkAccessManager network;
    TtrssClient client(&network, server);
    const QString loginError = client.login(user, password);
    if (!loginError.isEmpty())
        return inv.fail(loginError);

    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        AccountStore accounts(*db);
        const QString url = TtrssClient::serverAddress(server);
        QString secretId;
        for (const Account &a : accounts.all())
            if (a.url == url && a.user == user)
                secretId = a.secretId;
        if (secretId.isEmpty())
            secretId = SecretStore::newId();
        Credentials credentials;
        credentials.user = user;
        credentials.password = password;
        const QString error = SecretStore().writeBlocking(secretId, credentials);
        if (!error.isEmpty())
            return inv.fail(error); // nothing written anywhere else
        inv.out() << accounts.add(url, user, secretId) << Qt::endl;
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int listAccounts(Invocation &inv)
{
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        const QList<Account> all = AccountStore(*db).all();
        if (inv.json()) {
            QJsonArray array;
            for (const Account &a : all)
                array.append(QJsonObject { { QStringLiteral("id"), a.id },
                    { QStringLiteral("kind"), QStringLiteral("ttrss") },
                    { QStringLiteral("url"), a.url }, { QStringLiteral("user"), a.user },
                    { QStringLiteral("last_sync"), isoOrNull(a.lastSync) },
                    { QStringLiteral("last_error"), a.lastError } });
            inv.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const Account &a : all) {
            inv.out() << a.id << '\t' << a.user << '@' << a.url << '\t'
                      << (a.lastSync.isValid() ? a.lastSync.toLocalTime().toString(Qt::ISODate)
                                               : Text::tr("never synced"));
            if (!a.lastError.isEmpty())
                inv.out() << '\t' << a.lastError;
            inv.out() << Qt::endl;
        }
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int removeAccount(Invocation &inv, const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (args.size() != 1 || !ok)
        return inv.fail(Text::tr("account remove needs one account id"), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        AccountStore accounts(*db);
        const auto account = accounts.byId(id);
        if (!account)
            return inv.fail(Text::tr("there is no account %1").arg(id));
        if (!account->secretId.isEmpty()) {
            const QString error = SecretStore().removeBlocking(account->secretId);
            if (!error.isEmpty())
                inv.err() << "oqy-cli: " << error << Qt::endl; // the account goes all the same
        }
        accounts.remove(id);
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int account(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("user"),
        Text::tr("add: the user name; the password is read from standard input."),
        QStringLiteral("NAME") });
    inv.parser().addOption({ QStringLiteral("json"), Text::tr("list: print JSON.") });
    int exit = 0;
    if (!inv.parse(
            Text::tr("Sync accounts on a Tiny Tiny RSS server: add SERVER --user NAME, list, "
                     "remove ID."),
            { QStringLiteral("action add, list or remove"),
                QStringLiteral("[argument] the server or id") },
            &exit))
        return exit;
    QStringList args = inv.positional();
    const QString action = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    if (action == QLatin1String("add"))
        return addAccount(inv, args);
    if (action == QLatin1String("list"))
        return listAccounts(inv);
    if (action == QLatin1String("remove"))
        return removeAccount(inv, args);
    return inv.fail(Text::tr("unknown action \"%1\": add, list or remove").arg(action), UsageError);
}

int sync(Invocation &inv)
{
    inv.parser().addOption(
        { QStringLiteral("account"), Text::tr("Sync only account ID."), QStringLiteral("ID") });
    int exit = 0;
    if (!inv.parse(
            Text::tr("Sync subscriptions, read marks and bookmarks with the accounts' servers "
                     "(oqy-cli refresh then fetches the new articles' pages and photos)."),
            {}, &exit))
        return exit;
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    QList<Account> accounts;
    try {
        accounts = AccountStore(*db).all();
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
    if (inv.parser().isSet(QStringLiteral("account"))) {
        const qint64 only = inv.parser().value(QStringLiteral("account")).toLongLong();
        accounts.removeIf([only](const Account &a) { return a.id != only; });
        if (accounts.isEmpty())
            return inv.fail(Text::tr("there is no account %1")
                                .arg(inv.parser().value(QStringLiteral("account"))));
    }
    if (accounts.isEmpty())
        return inv.fail(
            Text::tr("no sync account: add one with oqy-cli account add SERVER --user NAME"));
    QNetworkAccessManager network;
    SecretStore secrets;
    int failed = 0;
    for (const Account &account : std::as_const(accounts)) {
        Credentials credentials;
        const QString secretError = secrets.readBlocking(account.secretId, &credentials);
        SyncReport report;
        if (!secretError.isEmpty()) {
            report.error = secretError;
            AccountStore(*db).recordSync(account.id, report.error);
        } else {
            report = AccountSync(*db, &network).run(account, credentials);
        }
        if (!report.error.isEmpty()) {
            ++failed;
            inv.err() << "oqy-cli: " << account.user << '@' << account.url << ": " << report.error
                      << Qt::endl;
            continue;
        }
        inv.out() << Text::tr("%1@%2: %3 new articles, %4 marks sent, %5 taken; feeds %6 added, %7 "
                              "removed; %8 subscriptions and %9 unsubscriptions sent")
                         .arg(account.user, account.url)
                         .arg(report.newArticles)
                         .arg(report.changesSent)
                         .arg(report.stateChanges)
                         .arg(report.feedsAdded)
                         .arg(report.feedsRemoved)
                         .arg(report.subscriptionsSent)
                         .arg(report.unsubscriptionsSent)
                  << Qt::endl;
    }
    return failed > 0 ? Failure : Success;
}

} // namespace

QList<Command> accountCommands()
{
    return { { QStringLiteral("account"), Text::tr("sync accounts on a Tiny Tiny RSS server"),
                 account },
        { QStringLiteral("sync"),
            Text::tr("sync subscriptions, read marks and bookmarks with the accounts"), sync } };
}

} // namespace oqy::cli
