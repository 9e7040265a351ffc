// Credentials live only in the system keychain. Runs against a real Secret Service (tools/dev.sh
// test starts gnome-keyring in a private D-Bus session, unlocked with a test password): store,
// read, update, delete; a loopback feed behind HTTP Basic auth (and one behind a cookie) refreshes
// with the stored secret and fails clearly without it or with a wrong one; afterwards the database,
// its WAL, the backups, the settings and every line oqy-cli printed are searched byte by byte for
// the secret. Without a Secret Service the error is clear and nothing is written anywhere.
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "storage/feedstore.h"
#include "testcli.h"
#include "testenv.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oqy;

namespace {
const QString User = QStringLiteral("oqu-reader");
const QByteArray Password = "Кілт-pass-7391";
const QByteArray Cookie = "session=ab12-секрет-cd34";
const QByteArray DigestUser = "taraz-reader";
const QByteArray DigestPassword = "digest-pass-5150";
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    QTemporaryDir m_dir;
    QByteArray m_printed; // everything oqy-cli wrote, to search for the secret

    using Cli = testcli::Result;
    Cli cli(const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        const Cli result = testcli::run(args, m_dir.path(), input, env);
        m_printed += result.out + result.err;
        return result;
    }

    static QByteArray feed(const QByteArray &town)
    {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>"
               "Жазылымшыларға: "
            + town + "</title><item><title>" + town + ": подписчикам — полный текст</title><guid>"
            + town
            + "-1</guid><description>Только для подписчиков.</description></item></channel></rss>";
    }

    QString secretIdOf(qint64 feed)
    {
        Database db(DataDir(m_dir.path()).databasePath(), Database::Access::ReadOnly);
        return FeedStore(db).byId(feed)->secretId;
    }

    // Every file of the data folder (database, WAL, backups, settings) and everything printed.
    void verifySecretNowhere(const QByteArray &secret)
    {
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
        QVERIFY2(!m_printed.contains(secret), m_printed.constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.route(QStringLiteral("/members.xml"), [](const TestHttpServer::Request &request) {
            const QByteArray expected = "Basic " + (User.toUtf8() + ':' + Password).toBase64();
            if (request.headers.value("authorization") != expected)
                return TestHttpServer::Response { 401,
                    { { "WWW-Authenticate", "Basic realm=\"Oral members\", charset=\"UTF-8\"" } },
                    "who are you?" };
            return TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } },
                feed("Орал") };
        });
        m_server.route(
            QStringLiteral("/subscribers.xml"), [](const TestHttpServer::Request &request) {
                if (request.headers.value("cookie") != Cookie)
                    return TestHttpServer::Response { 403, {}, "subscribers only" };
                return TestHttpServer::Response { 200,
                    { { "Content-Type", "application/rss+xml" } }, feed("Атырау") };
            });
        // The keychain must be there (tools/dev.sh test provides one); say so plainly otherwise.
        // HTTP Digest (RFC 2617, qop=auth, MD5): the answer is checked the way a server does.
        m_server.route(QStringLiteral("/digest.xml"), [](const TestHttpServer::Request &request) {
            const QByteArray header = request.headers.value("authorization");
            QHash<QByteArray, QByteArray> field;
            if (header.startsWith("Digest "))
                for (QByteArray part : header.mid(7).split(',')) {
                    part = part.trimmed();
                    const qsizetype eq = part.indexOf('=');
                    QByteArray value = part.mid(eq + 1).trimmed();
                    if (value.startsWith('"'))
                        value = value.mid(1, value.size() - 2);
                    field.insert(part.left(eq).trimmed(), value);
                }
            const auto md5 = [](const QByteArray &b) {
                return QCryptographicHash::hash(b, QCryptographicHash::Md5).toHex();
            };
            const QByteArray ha1 = md5(DigestUser + ":oqy-digest:" + DigestPassword);
            const QByteArray ha2 = md5("GET:" + field.value("uri"));
            const QByteArray expected = md5(ha1 + ':' + "n0nce-2026" + ':' + field.value("nc") + ':'
                + field.value("cnonce") + ":auth:" + ha2);
            if (field.value("username") != DigestUser || field.value("response") != expected)
                return TestHttpServer::Response { 401,
                    { { "WWW-Authenticate",
                        "Digest realm=\"oqy-digest\", nonce=\"n0nce-2026\", qop=\"auth\", "
                        "algorithm=MD5" } },
                    {} };
            return TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } },
                feed("Тараз") };
        });
        SecretStore probe;
        probe.setTimeout(5000);
        const QString error = probe.writeBlocking(
            QStringLiteral("oqy-test-probe"), { User, QStringLiteral("x"), {}, {} });
        if (!error.isEmpty())
            QSKIP(qPrintable(
                QStringLiteral("no Secret Service in this session (%1); run the tests with "
                               "tools/dev.sh test, which starts one")
                    .arg(error)));
        QCOMPARE(probe.removeBlocking(QStringLiteral("oqy-test-probe")), QString());
    }

    void storeReadUpdateDelete()
    {
        SecretStore store;
        const QString id = SecretStore::newId();
        QCOMPARE(store.writeBlocking(id, { User, QString::fromUtf8(Password), {}, {} }), QString());
        Credentials read;
        QCOMPARE(store.readBlocking(id, &read), QString());
        QCOMPARE(read.user, User);
        QCOMPARE(read.password, QString::fromUtf8(Password));
        QCOMPARE(store.writeBlocking(id, { User, QStringLiteral("new-one"), {}, {} }), QString());
        QCOMPARE(store.readBlocking(id, &read), QString());
        QCOMPARE(read.password, QStringLiteral("new-one"));
        QCOMPARE(store.removeBlocking(id), QString());
        const QString gone = store.readBlocking(id, &read);
        QVERIFY(gone.contains(QStringLiteral("No password is stored")));
        QVERIFY(read.isEmpty());
    }

    void basicAuthFeed()
    {
        const Cli added = cli(
            { QStringLiteral("add"), m_server.url(QStringLiteral("/members.xml")).toString() });
        QCOMPARE(added.exit, 0);
        const QString id = QString::fromLatin1(added.out.trimmed());

        // Without credentials: a clear error that says what to do.
        Cli refresh = cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") });
        QCOMPARE(refresh.exit, 1);
        QVERIFY2(
            refresh.err.contains("401") && refresh.err.contains("oqy-cli auth " + id.toLatin1()),
            refresh.err.constData());

        // Stored (password from standard input): the refresh gets in.
        QCOMPARE(
            cli({ QStringLiteral("auth"), id, QStringLiteral("--user"), User }, Password + '\n')
                .exit,
            0);
        QVERIFY(!secretIdOf(id.toLongLong()).isEmpty());
        refresh = cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") });
        QVERIFY2(refresh.exit == 0, refresh.err.constData());
        QVERIFY(cli({ QStringLiteral("list") }).out.contains("Орал: подписчикам"));

        // A wrong password: a clear error, once — no loop of retries.
        m_server.clearRequests();
        QCOMPARE(
            cli({ QStringLiteral("auth"), id, QStringLiteral("--user"), User }, "wrong\n").exit, 0);
        refresh = cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") });
        QCOMPARE(refresh.exit, 1);
        QVERIFY2(refresh.err.contains("refused the stored user name and password"),
            refresh.err.constData());
        QVERIFY2(m_server.requestCount(QStringLiteral("/members.xml")) <= 2,
            qPrintable(QString::number(m_server.requestCount(QStringLiteral("/members.xml")))));

        // Removing the feed removes its secret from the keychain.
        QCOMPARE(
            cli({ QStringLiteral("auth"), id, QStringLiteral("--user"), User }, Password + '\n')
                .exit,
            0);
        const QString secretId = secretIdOf(id.toLongLong());
        QCOMPARE(cli({ QStringLiteral("remove"), id }).exit, 0);
        Credentials read;
        QVERIFY(!SecretStore().readBlocking(secretId, &read).isEmpty());
        verifySecretNowhere(Password);
    }

    void digestAuthFeed()
    {
        const Cli added = cli(
            { QStringLiteral("add"), m_server.url(QStringLiteral("/digest.xml")).toString() });
        const QString id = QString::fromLatin1(added.out.trimmed());
        QCOMPARE(cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") }).exit, 1);
        QCOMPARE(cli({ QStringLiteral("auth"), id, QStringLiteral("--user"),
                         QString::fromLatin1(DigestUser) },
                     DigestPassword + '\n')
                     .exit,
            0);
        const Cli refresh = cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") });
        QVERIFY2(refresh.exit == 0, refresh.err.constData());
        QVERIFY(cli({ QStringLiteral("list") }).out.contains("Тараз: подписчикам"));
        verifySecretNowhere(DigestPassword);
    }

    void cookieFeed()
    {
        const Cli added = cli(
            { QStringLiteral("add"), m_server.url(QStringLiteral("/subscribers.xml")).toString() });
        const QString id = QString::fromLatin1(added.out.trimmed());
        QCOMPARE(cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") }).exit, 1);
        QCOMPARE(cli({ QStringLiteral("auth"), id, QStringLiteral("--header"),
                         QStringLiteral("Cookie") },
                     Cookie + '\n')
                     .exit,
            0);
        const Cli refresh = cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") });
        QVERIFY2(refresh.exit == 0, refresh.err.constData());
        QVERIFY(cli({ QStringLiteral("list") }).out.contains("Атырау: подписчикам"));
        // Exports carry no secret either.
        cli({ QStringLiteral("export") });
        cli({ QStringLiteral("feeds"), QStringLiteral("--json") });
        verifySecretNowhere(Cookie);
        verifySecretNowhere(Password);
    }

    // user:password@ in a pasted address: the keychain keeps them; the database, the backups,
    // exports and everything printed keep the address without them.
    void credentialsInTheAddressGoToTheKeychain()
    {
        QUrl url = m_server.url(QStringLiteral("/members.xml"));
        url.setQuery(QStringLiteral("reader=3"));
        url.setUserName(User);
        url.setPassword(QString::fromUtf8(Password));
        const QByteArray pasted = url.toEncoded();
        const QByteArray encodedPassword = QUrl::toPercentEncoding(QString::fromUtf8(Password));
        QVERIFY(pasted.contains(encodedPassword));
        const Cli added = cli({ QStringLiteral("add"), QString::fromLatin1(pasted) });
        QVERIFY2(added.exit == 0, added.err.constData());
        const qint64 id = added.out.trimmed().toLongLong();
        QVERIFY(!secretIdOf(id).isEmpty());
        // It gets in with them.
        const Cli refresh = cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only"),
            QStringLiteral("--feed"), QString::number(id) });
        QVERIFY2(refresh.exit == 0, refresh.err.constData());
        const Cli feeds = cli({ QStringLiteral("feeds"), QStringLiteral("--json") });
        QVERIFY(feeds.out.contains("/members.xml?reader=3"));
        QVERIFY(!feeds.out.contains(User.toUtf8() + '@'));
        cli({ QStringLiteral("feeds") });
        cli({ QStringLiteral("export") });
        cli({ QStringLiteral("list"), QStringLiteral("--json") });
        verifySecretNowhere(Password);
        verifySecretNowhere(encodedPassword);

        // No keychain: a clear error, and nothing stored anywhere.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=/nonexistent/oqy-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        url.setQuery(QStringLiteral("reader=4"));
        url.setPassword(QStringLiteral("never-stored-9051"));
        const Cli refused = cli({ QStringLiteral("add"), QString::fromLatin1(url.toEncoded()) }, {}, env);
        QCOMPARE(refused.exit, 1);
        QVERIFY2(refused.err.contains("keychain"), refused.err.constData());
        QVERIFY(!cli({ QStringLiteral("feeds") }).out.contains("reader=4"));
        verifySecretNowhere("never-stored-9051");
    }

    void noKeychainIsAClearError()
    {
        const Cli added = cli({ QStringLiteral("add"),
            m_server.url(QStringLiteral("/members.xml?reader=2")).toString() });
        const QString id = QString::fromLatin1(added.out.trimmed());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=/nonexistent/oqy-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        const QByteArray other = "never-stored-4417";
        const Cli failed = cli(
            { QStringLiteral("auth"), id, QStringLiteral("--user"), User }, other + '\n', env);
        QCOMPARE(failed.exit, 1);
        QVERIFY2(failed.err.contains("No system keychain is available"), failed.err.constData());
        QVERIFY(secretIdOf(id.toLongLong()).isEmpty()); // the feed still "needs credentials"
        verifySecretNowhere(other);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "test_credentials.moc"
