#include "testenv.h"
#include "testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

// oqy-cli end to end against a loopback server: subscribe, refresh, list, show, bookmark — and
// the failures a reader meets (dead server, 404, a web page instead of a feed) give a one-line
// message and a non-zero exit without losing what was stored.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
    };

    TestHttpServer *m_server = nullptr;
    QTemporaryDir *m_dir = nullptr;

    Run cli(QStringList args)
    {
        args << QStringLiteral("--data-dir") << m_dir->path();
        QProcess process;
        process.start(testenv::cliPath(), args);
        // The server lives in this process: keep its event loop running while the CLI talks to it.
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(60000))
            process.kill();
        return { process.exitCode(), process.readAllStandardOutput(),
            process.readAllStandardError() };
    }

    QJsonArray listJson(const QStringList &extra = {})
    {
        const Run run
            = cli(QStringList { QStringLiteral("list"), QStringLiteral("--json") } + extra);
        return QJsonDocument::fromJson(run.out).array();
    }

private slots:
    void init()
    {
        m_server = new TestHttpServer(testenv::dataDir(), this);
        QVERIFY(m_server->start());
        m_dir = new QTemporaryDir;
    }
    void cleanup()
    {
        delete m_server;
        delete m_dir;
    }

    void subscribeRefreshRead()
    {
        const Run add = cli({ QStringLiteral("add"),
            m_server->url(QStringLiteral("/feeds/regional-ru.rss")).toString() });
        QCOMPARE(add.exit, 0);
        QCOMPARE(add.out.trimmed(), QByteArray("1"));
        QCOMPARE(cli({ QStringLiteral("add"),
                         m_server->url(QStringLiteral("/feeds/regional-kk.atom")).toString() })
                     .out.trimmed(),
            QByteArray("2"));
        // Adding the same address again gives the same id.
        QCOMPARE(cli({ QStringLiteral("add"),
                         m_server->url(QStringLiteral("/feeds/regional-ru.rss")).toString() })
                     .out.trimmed(),
            QByteArray("1"));

        const Run refresh = cli({ QStringLiteral("refresh") });
        QVERIFY2(refresh.exit == 0, refresh.err.constData());
        QVERIFY(refresh.out.contains("5 new articles"));

        const QJsonArray rows = listJson();
        QCOMPARE(rows.size(), 5);
        const QJsonObject first = rows.at(0).toObject();
        for (const char *key :
            { "id", "feed", "title", "url", "published", "regions", "read", "bookmarked" })
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("title")).toString(),
            QStringLiteral("В Нуринском районе открыли новую школу на 600 мест"));
        QCOMPARE(first.value(QStringLiteral("published")).toString(),
            QStringLiteral("2026-11-26T04:15:00Z"));
        QCOMPARE(first.value(QStringLiteral("read")).toBool(), false);

        const qint64 id = first.value(QStringLiteral("id")).toInteger();
        const Run show
            = cli({ QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
        QCOMPARE(show.exit, 0);
        const QJsonObject article = QJsonDocument::fromJson(show.out).object();
        QVERIFY(article.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("Строительство заняло полтора года")));
        QVERIFY(
            !article.value(QStringLiteral("html")).toString().contains(QStringLiteral("<script")));
        const QJsonObject lead = article.value(QStringLiteral("lead_image")).toObject();
        QCOMPARE(lead.value(QStringLiteral("credit")).toString(),
            QStringLiteral("Акимат Карагандинской области"));
        QCOMPARE(lead.value(QStringLiteral("cached")).toBool(), false);
        QVERIFY(article.value(QStringLiteral("pull_quotes")).isArray());

        QCOMPARE(cli({ QStringLiteral("bookmark"), QString::number(id) }).exit, 0);
        const QJsonArray bookmarked = listJson({ QStringLiteral("--bookmarked") });
        QCOMPARE(bookmarked.size(), 1);
        QCOMPARE(bookmarked.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);

        // A second refresh costs a 304 per feed and stores nothing twice.
        m_server->clearRequests();
        const Run again = cli({ QStringLiteral("refresh") });
        QCOMPARE(again.exit, 0);
        QVERIFY(again.out.contains("0 new articles"));
        QCOMPARE(listJson().size(), 5);
        for (const auto &request : m_server->requests())
            QVERIFY(request.headers.contains("if-none-match"));
    }

    // Every article is tagged from its own text when it is stored; the list filters by region.
    void regionsAreTaggedAndFilterTheList()
    {
        cli({ QStringLiteral("add"),
            m_server->url(QStringLiteral("/feeds/regional-ru.rss")).toString() });
        cli({ QStringLiteral("add"),
            m_server->url(QStringLiteral("/feeds/regional-kk.atom")).toString() });
        QCOMPARE(cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") }).exit, 0);
        QStringList karaganda;
        for (const QJsonValue &row :
            listJson({ QStringLiteral("--region"), QStringLiteral("karaganda") }))
            karaganda.append(row[QLatin1String("title")].toString());
        karaganda.sort();
        QCOMPARE(karaganda,
            (QStringList { QStringLiteral("В Нуринском районе открыли новую школу на 600 мест"),
                QStringLiteral("Темиртауские металлурги отметили профессиональный праздник") }));
        // Жезказган has been in Ulytau region since 2022; Kazakh text is tagged as well as Russian.
        QCOMPARE(
            listJson({ QStringLiteral("--region"), QStringLiteral("ulytau,aktobe") }).size(), 3);
        QCOMPARE(listJson({ QStringLiteral("--region"), QStringLiteral("shymkent") }).size(), 0);

        qint64 nura = 0;
        for (const QJsonValue &row :
            listJson({ QStringLiteral("--region"), QStringLiteral("karaganda") }))
            if (row[QLatin1String("title")].toString().contains(QStringLiteral("Нуринском")))
                nura = row[QLatin1String("id")].toInteger();
        const QJsonObject article = QJsonDocument::fromJson(
            cli({ QStringLiteral("show"), QString::number(nura), QStringLiteral("--json") }).out)
                                        .object();
        bool evidenceShown = false;
        for (const QJsonValue &tag : article.value(QStringLiteral("region_evidence")).toArray())
            evidenceShown = evidenceShown
                || tag.toObject()
                       .value(QStringLiteral("evidence"))
                       .toArray()
                       .contains(QJsonValue(QStringLiteral("Нуринском районе")));
        QVERIFY2(evidenceShown,
            QJsonDocument(article.value(QStringLiteral("region_evidence")).toArray())
                .toJson()
                .constData());

        // The tagger alone, as the CLI contract has it: first line the title.
        QTemporaryFile text;
        QVERIFY(text.open());
        text.write(
            "Жители Карагандинской области получат газ\nПервыми его получат в Нуринском районе.\n");
        text.close();
        const QJsonObject tagged = QJsonDocument::fromJson(
            cli({ QStringLiteral("regions"), text.fileName(), QStringLiteral("--json") }).out)
                                       .object();
        const QJsonArray regions = tagged.value(QStringLiteral("regions")).toArray();
        QCOMPARE(regions.size(), 1);
        QCOMPARE(regions.at(0)[QLatin1String("slug")].toString(), QStringLiteral("karaganda"));
        QCOMPARE(regions.at(0)[QLatin1String("evidence")].toArray().size(), 2);
    }

    // Bookmarks leave with their text and note and come back the same in another data folder,
    // even with the network gone; the HTML file is one a browser imports.
    void bookmarksExportAndImportLosslessly()
    {
        cli({ QStringLiteral("add"),
            m_server->url(QStringLiteral("/feeds/regional-ru.rss")).toString() });
        QCOMPARE(cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") }).exit, 0);
        const QJsonArray rows = listJson();
        QVERIFY(rows.size() >= 2);
        const qint64 first = rows.at(0)[QLatin1String("id")].toInteger();
        const qint64 second = rows.at(1)[QLatin1String("id")].toInteger();
        QCOMPARE(cli({ QStringLiteral("bookmark"), QString::number(first), QStringLiteral("--note"),
                         QStringLiteral("показать маме") })
                     .exit,
            0);
        QCOMPARE(cli({ QStringLiteral("bookmark"), QString::number(second) }).exit, 0);
        const QString archive = m_dir->filePath(QStringLiteral("bookmarks.json"));
        QCOMPARE(cli({ QStringLiteral("export-bookmarks"), archive }).exit, 0);
        const QString html = m_dir->filePath(QStringLiteral("bookmarks.html"));
        QCOMPARE(
            cli({ QStringLiteral("export-bookmarks"), QStringLiteral("--html"), html }).exit, 0);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE NETSCAPE-Bookmark-file-1>")));
        QVERIFY(page.contains(QStringLiteral("<DD>показать маме")));

        QFile original(archive);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray exported = original.readAll();
        // Another computer: a fresh data folder, no network.
        delete m_server;
        m_server = nullptr;
        QTemporaryDir other;
        const auto run = [&](QStringList args) {
            args << QStringLiteral("--data-dir") << other.path();
            QProcess process;
            process.start(testenv::cliPath(), args);
            process.waitForFinished(60000);
            return QPair<int, QByteArray>(process.exitCode(), process.readAllStandardOutput());
        };
        const auto imported = run({ QStringLiteral("import-bookmarks"), archive });
        QCOMPARE(imported.first, 0);
        QVERIFY2(imported.second.contains("2 bookmarks restored"), imported.second.constData());
        const QString again = other.filePath(QStringLiteral("again.json"));
        QCOMPARE(run({ QStringLiteral("export-bookmarks"), again }).first, 0);
        QFile reexported(again);
        QVERIFY(reexported.open(QIODevice::ReadOnly));
        QCOMPARE(reexported.readAll(), exported);
        // Importing twice adds nothing.
        QVERIFY(run({ QStringLiteral("import-bookmarks"), archive })
                    .second.contains("(0 articles added)"));
    }

    void offlineAfterFetch()
    {
        cli({ QStringLiteral("add"),
            m_server->url(QStringLiteral("/feeds/regional-kk.atom")).toString() });
        QCOMPARE(cli({ QStringLiteral("refresh") }).exit, 0);
        m_server->close(); // the network is gone
        const QJsonArray rows = listJson();
        QCOMPARE(rows.size(), 2);
        const Run show = cli({ QStringLiteral("show"),
            QString::number(rows.at(0).toObject().value(QStringLiteral("id")).toInteger()) });
        QCOMPARE(show.exit, 0);
        QVERIFY(show.out.contains("Ақтөбе қаласында 300 орындық"));
    }

    void failuresAreClearAndLoseNothing()
    {
        cli({ QStringLiteral("add"),
            m_server->url(QStringLiteral("/feeds/regional-ru.rss")).toString() });
        QCOMPARE(cli({ QStringLiteral("refresh") }).exit, 0);

        m_server->route(QStringLiteral("/page.html"),
            TestHttpServer::Response { 200, { { "Content-Type", "text/html" } },
                "<!DOCTYPE html><html><body>Главная</body></html>" });
        // Feeds that worked when they were added and broke since (add would refuse the first two
        // today: addChecksWhatStandsBehindTheAddress).
        const QString noCheck = QStringLiteral("--no-check");
        cli({ QStringLiteral("add"), noCheck, m_server->url(QStringLiteral("/missing.rss")).toString() });
        cli({ QStringLiteral("add"), noCheck, m_server->url(QStringLiteral("/page.html")).toString() });
        cli({ QStringLiteral("add"), noCheck, QStringLiteral("http://127.0.0.1:9/dead.rss") });
        const Run refresh
            = cli({ QStringLiteral("refresh"), QStringLiteral("--timeout"), QStringLiteral("10") });
        QCOMPARE(refresh.exit, 1);
        QVERIFY(refresh.out.contains("3 failed"));
        QVERIFY2(refresh.err.contains("404"), refresh.err.constData());
        QVERIFY(refresh.err.contains("web page, not a feed"));

        const QJsonArray feeds = QJsonDocument::fromJson(
            cli({ QStringLiteral("feeds"), QStringLiteral("--json") }).out)
                                     .array();
        QCOMPARE(feeds.size(), 4);
        int withErrors = 0;
        for (const auto &f : feeds)
            withErrors
                += f.toObject().value(QStringLiteral("last_error")).toString().isEmpty() ? 0 : 1;
        QCOMPARE(withErrors, 3);
        QCOMPARE(listJson().size(), 3); // the good feed's articles are all still there
    }

    // The address is checked, and followed, before anything is stored.
    void addChecksWhatStandsBehindTheAddress()
    {
        const auto feedCount = [this] {
            return QJsonDocument::fromJson(cli({ QStringLiteral("feeds"), QStringLiteral("--json") }).out)
                .array()
                .size();
        };
        // Malformed, not http(s), too long: refused as a usage error, nothing stored.
        for (const QString &bad : { QStringLiteral("http://[::1"), QStringLiteral("ftp://ural.example.kz/rss"),
                 QStringLiteral("javascript:alert(1)"), QStringLiteral("http://"),
                 QStringLiteral("https://ural.example.kz/") + QString(9000, QLatin1Char('a')) }) {
            const Run refused = cli({ QStringLiteral("add"), bad });
            QVERIFY2(refused.exit == 2, qPrintable(bad.left(40)));
            QCOMPARE(refused.err.count('\n'), 1);
            QVERIFY(!refused.err.contains("http//"));
        }
        QCOMPARE(feedCount(), 0);
        // 404: a mistyped address, refused with the server's answer.
        const Run missing = cli({ QStringLiteral("add"), m_server->url(QStringLiteral("/missing.rss")).toString() });
        QCOMPARE(missing.exit, 1);
        QVERIFY2(missing.err.contains("404"), missing.err.constData());
        // A page with no feed and no list of news.
        m_server->route(QStringLiteral("/about.html"),
            TestHttpServer::Response { 200, { { "Content-Type", "text/html" } },
                "<!DOCTYPE html><html><body><p>О редакции</p></body></html>" });
        const Run nothing = cli({ QStringLiteral("add"), m_server->url(QStringLiteral("/about.html")).toString() });
        QCOMPARE(nothing.exit, 1);
        QVERIFY2(nothing.err.contains("No feed found"), nothing.err.constData());
        QCOMPARE(feedCount(), 0);

        // A page announcing its feed: the feed is subscribed.
        m_server->route(QStringLiteral("/site"),
            TestHttpServer::Response { 200, { { "Content-Type", "text/html; charset=utf-8" } },
                "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                "href=\"/feeds/regional-ru.rss\"></head><body></body></html>" });
        const Run site = cli({ QStringLiteral("add"), m_server->url(QStringLiteral("/site")).toString() });
        QCOMPARE(site.exit, 0);
        // An outlet's page without a feed that lists its news: a news-list subscription, said so.
        const Run list = cli({ QStringLiteral("add"),
            m_server->url(QStringLiteral("/newslist/generic-kk-list.html")).toString() });
        QVERIFY2(list.exit == 0, list.err.constData());
        QVERIFY2(list.err.contains("news-list page"), list.err.constData());
        // A server that does not answer now: kept, said so, tried at every refresh.
        const Run dead = cli({ QStringLiteral("add"), QStringLiteral("http://127.0.0.1:9/dead.rss") });
        QCOMPARE(dead.exit, 0);
        QVERIFY2(dead.err.contains("Not checked now"), dead.err.constData());

        const QJsonArray feeds
            = QJsonDocument::fromJson(cli({ QStringLiteral("feeds"), QStringLiteral("--json") }).out).array();
        QCOMPARE(feeds.size(), 3);
        QCOMPARE(feeds[0][QLatin1String("url")].toString(),
            m_server->url(QStringLiteral("/feeds/regional-ru.rss")).toString());
        QCOMPARE(feeds[0][QLatin1String("kind")].toString(), QStringLiteral("feed"));
        QCOMPARE(feeds[1][QLatin1String("kind")].toString(), QStringLiteral("newslist"));
    }

    // Internationalised domain names work and are shown in Unicode.
    void internationalisedAddresses()
    {
        const Run added = cli({ QStringLiteral("add"), QStringLiteral("--no-check"),
            QStringLiteral("http://жаңалықтар.қаз/rss") });
        QCOMPARE(added.exit, 0);
        const Run ace = cli({ QStringLiteral("add"), QStringLiteral("--no-check"),
            QStringLiteral("http://") + QString::fromLatin1(QUrl::toAce(QStringLiteral("жаңалықтар.қаз")))
                + QStringLiteral("/rss") });
        QCOMPARE(ace.out, added.out); // the same subscription
        const QByteArray listed = cli({ QStringLiteral("feeds") }).out;
        QVERIFY2(listed.contains("http://жаңалықтар.қаз/rss"), listed.constData());
        QVERIFY(!listed.contains("xn--"));
    }

    void usageErrors()
    {
        const Run unknown = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exit, 2);
        QVERIFY(unknown.err.startsWith("oqy-cli: "));
        QCOMPARE(cli({ QStringLiteral("add"), QStringLiteral("not a url") }).exit, 2);
        const Run missing = cli({ QStringLiteral("show"), QStringLiteral("12345") });
        QCOMPARE(missing.exit, 1);
        QCOMPARE(missing.err.count('\n'), 1);
        const Run help = cli({ QStringLiteral("list"), QStringLiteral("--help") });
        QCOMPARE(help.exit, 0);
        QVERIFY(help.out.contains("--unread"));
    }

    // Global options may stand before the command, as in git, apt and systemctl.
    void globalOptionsBeforeTheCommand()
    {
        const QString feed = m_server->url(QStringLiteral("/feeds/regional-ru.rss")).toString();
        QProcess process;
        const auto run = [&](const QStringList &args) {
            process.start(testenv::cliPath(), args);
            QSignalSpy finished(&process, &QProcess::finished);
            if (!finished.wait(60000))
                process.kill();
            return Run { process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError() };
        };
        const Run add = run({ QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("add"), feed });
        QVERIFY2(add.exit == 0, add.err.constData());
        QCOMPARE(add.out.trimmed(), QByteArray("1"));
        const Run listed = run({ QStringLiteral("--data-dir=") + m_dir->path(), QStringLiteral("feeds"),
            QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().first()[QLatin1String("url")].toString(), feed);
        // Nothing went to the default data folder: the address is in the one named.
        QCOMPARE(cli({ QStringLiteral("feeds"), QStringLiteral("--json") }).out, listed.out);

        for (const QStringList &args : { QStringList { QStringLiteral("--version") },
                 QStringList { QStringLiteral("add"), QStringLiteral("--version") },
                 QStringList { QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--version") } }) {
            const Run version = run(args);
            QCOMPARE(version.exit, 0);
            QVERIFY2(version.out.startsWith("oqy-cli "), version.out.constData());
        }
        const Run help = run({ QStringLiteral("--help"), QStringLiteral("list") });
        QCOMPARE(help.exit, 0);
        QVERIFY2(help.out.contains("--unread"), help.out.constData()); // the command's own help
    }

    // The standard data folder is ~/.local/share/oqy; one an earlier Oqy kept in
    // ~/.local/share/oqy/oqy moves there once, with everything in it.
    void anEarlierDataFolderMovesUp()
    {
        QTemporaryDir home;
        const QString before = home.filePath(QStringLiteral(".local/share/oqy/oqy"));
        const QString feed = m_server->url(QStringLiteral("/feeds/regional-ru.rss")).toString();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        process.setProcessEnvironment(env);
        const auto run = [&](const QStringList &args) {
            process.start(testenv::cliPath(), args);
            QSignalSpy finished(&process, &QProcess::finished);
            if (!finished.wait(60000))
                process.kill();
            return Run { process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError() };
        };
        QCOMPARE(run({ QStringLiteral("add"), feed, QStringLiteral("--data-dir"), before }).exit, 0);
        QCOMPARE(run({ QStringLiteral("refresh"), QStringLiteral("--feeds-only"),
                         QStringLiteral("--data-dir"), before })
                     .exit,
            0);
        const Run listed = run({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(listed.exit, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 3);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral(".local/share/oqy/oqy.sqlite"))));
        QVERIFY(QDir(home.filePath(QStringLiteral(".local/share/oqy/backups"))).exists());
        QVERIFY(!QDir(before).exists());
    }

    void usageListsEveryCommandReadably()
    {
        // Each command's name, then its summary in one column: long names such as
        // "subscribe-outlet" must not run into their summary.
        const Run usage = cli({ QStringLiteral("--help") });
        QCOMPARE(usage.exit, 0);
        const QList<QByteArray> lines = usage.out.split('\n');
        const qsizetype first = lines.indexOf("Commands:") + 1;
        QVERIFY(first > 0);
        qsizetype column = -1;
        int commands = 0;
        for (qsizetype i = first; i < lines.size() && lines.at(i).startsWith("  "); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype nameEnd = line.indexOf(' ', 2);
            const qsizetype summary = nameEnd + 2;
            QVERIFY2(nameEnd > 2 && line.mid(nameEnd, 2) == "  ", line.constData());
            qsizetype at = nameEnd;
            while (at < line.size() && line.at(at) == ' ')
                ++at;
            QVERIFY2(at >= summary, line.constData());
            if (column < 0)
                column = at;
            QCOMPARE(at, column);
            ++commands;
        }
        QVERIFY(commands >= 20);
        QVERIFY(usage.out.contains("  subscribe-outlet  "));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
