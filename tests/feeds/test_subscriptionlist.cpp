#include "feeds/subscriptionlist.h"
#include "testenv.h"

#include <QFile>
#include <QTest>

using namespace oqy::feeds;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(testenv::fixture(QStringLiteral("opml/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

const Subscription *find(const SubscriptionList &list, const QString &url)
{
    for (const Subscription &s : list.subscriptions)
        if (s.url == url)
            return &s;
    return nullptr;
}
} // namespace

// A reader moving to Oqy brings the subscriptions of the reader they had: each exporter's OPML
// dialect, folders included, and Newsboat's urls file.
class TestSubscriptionList : public QObject
{
    Q_OBJECT
private slots:
    void rssGuard()
    {
        const SubscriptionList list = readSubscriptions(fixture(QStringLiteral("rssguard.opml")));
        QVERIFY(list.error.isEmpty());
        QCOMPARE(list.subscriptions.size(), 3);
        const Subscription *saryarka = find(list, QStringLiteral("https://saryarka.example.kz/rss"));
        QVERIFY(saryarka);
        QCOMPARE(saryarka->title, QStringLiteral("Вести Сарыарки"));
        QCOMPARE(saryarka->folder, QStringLiteral("Регионы / Караганда"));
        QCOMPARE(saryarka->siteUrl, QStringLiteral("https://saryarka.example.kz/"));
        QCOMPARE(find(list, QStringLiteral("https://tengri.example.kz/news.rss"))->folder, QString());
    }

    void quiteRss()
    {
        const SubscriptionList list = readSubscriptions(fixture(QStringLiteral("quiterss.opml")));
        QCOMPARE(list.subscriptions.size(), 3);
        // feed:// is the http address it stands for.
        QVERIFY(find(list, QStringLiteral("http://diapazon.example.kz/rss")));
        QCOMPARE(find(list, QStringLiteral("https://aktobe.example.kz/feed.atom"))->folder, QStringLiteral("Новости"));
    }

    void liferea()
    {
        const SubscriptionList list = readSubscriptions(fixture(QStringLiteral("liferea.opml")));
        QCOMPARE(list.subscriptions.size(), 2);
        const Subscription *pavlodar = find(list, QStringLiteral("https://pavlodar.example.kz/rss?lang=ru&type=all"));
        QVERIFY(pavlodar);
        QCOMPARE(pavlodar->title, QStringLiteral("Новости & события"));
        QCOMPARE(pavlodar->folder, QStringLiteral("Казахстан"));
        // A local file is not something Oqy follows: skipped, and said so.
        QCOMPARE(list.skipped.size(), 1);
        QVERIFY(list.skipped.first().startsWith(QStringLiteral("file:///home/user/local.rss")));
    }

    void akregator()
    {
        const SubscriptionList list = readSubscriptions(fixture(QStringLiteral("akregator.opml")));
        QCOMPARE(list.subscriptions.size(), 2);
        QCOMPARE(find(list, QStringLiteral("https://otyrar.example.kz/feed/"))->folder, QStringLiteral("Шымкент"));
    }

    void newsboat()
    {
        const SubscriptionList list = readSubscriptions(fixture(QStringLiteral("newsboat-urls")));
        QCOMPARE(list.subscriptions.size(), 3);
        QCOMPARE(find(list, QStringLiteral("https://tengri.example.kz/news.rss"))->title, QStringLiteral("Tengrinews"));
        QCOMPARE(find(list, QStringLiteral("https://tengri.example.kz/news.rss"))->folder, QStringLiteral("national"));
        QCOMPARE(find(list, QStringLiteral("https://inform.example.kz/rss"))->title, QStringLiteral("Казинформ"));
        QCOMPARE(list.skipped.size(), 2); // the query: and exec: feeds only Newsboat can follow
    }

    void roundTrip()
    {
        const SubscriptionList original = readSubscriptions(fixture(QStringLiteral("rssguard.opml")));
        const QByteArray opml = writeOpml(original.subscriptions, QStringLiteral("Oqy"));
        const SubscriptionList again = readSubscriptions(opml);
        QCOMPARE(again.subscriptions.size(), original.subscriptions.size());
        for (const Subscription &s : original.subscriptions) {
            const Subscription *copy = find(again, s.url);
            QVERIFY(copy);
            QCOMPARE(copy->title, s.title);
            QCOMPARE(copy->folder, s.folder);
            QCOMPARE(copy->siteUrl, s.siteUrl);
        }
    }

    void refusesWhatIsNotAList()
    {
        QVERIFY(!readSubscriptions("<html><body>hello</body></html>").error.isEmpty());
        QVERIFY(!readSubscriptions("\x89PNG\r\n").error.isEmpty());
        // Entities from a DTD are never expanded.
        const SubscriptionList xxe = readSubscriptions(
            "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            "<opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example.kz/rss\"/></body></opml>");
        QCOMPARE(xxe.subscriptions.size(), 1);
        QVERIFY(!xxe.subscriptions.first().title.contains(QStringLiteral("root:")));
    }
};

QTEST_APPLESS_MAIN(TestSubscriptionList)
#include "test_subscriptionlist.moc"
