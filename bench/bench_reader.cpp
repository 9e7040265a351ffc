// Click on an article → its page painted in the reader pane, warm, in the real window: the time
// from selecting a row of the article list to (a) the reader showing it (ReaderView::shown: a
// page loaded, or the article swapped into the page in place) and (b) the first frame the web
// view's compositor renders after that. First, once: the first article after start, which makes
// the reader pane (MainWindow makes it on first use) — loading liboqyreader.so as the app does
// (bench/reader.sh points OQY_READER_DIR at the build's copy), so the pane is known here only by
// its widget and its shown() signal.
//
//   bench_reader [ARTICLES] [CLICKS]      (run under Xvfb: bench/reader.sh)
//
// The data folder is made fresh in a temporary directory: ARTICLES articles (default 2,000) in
// Russian and Kazakh with bodies of 12 paragraphs and a pull-quote, as regional outlets write them.
#include "articlelistmodel.h"
#include "mainwindow.h"
#include "readerpane.h"
#include "engine/session.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/feedstore.h"
#include "webenginestartup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace oqy;

namespace {

// Runs a function each time the reader pane has shown what it was asked (ReaderView::shown),
// connected by name: this program does not link the pane's library.
class ShownRelay : public QObject
{
    Q_OBJECT
public:
    ShownRelay(QObject *pane, std::function<void()> onShown)
        : m_onShown(std::move(onShown))
    {
        connect(pane, SIGNAL(shown()), this, SLOT(fire()));
    }

private slots:
    void fire() { m_onShown(); }

private:
    std::function<void()> m_onShown;
};

QString body(int n)
{
    static const QStringList words = { QStringLiteral("Қарағанды"), QStringLiteral("облысында"),
        QStringLiteral("жаңа"), QStringLiteral("мектеп"), QStringLiteral("ашылды"),
        QStringLiteral("В"), QStringLiteral("Актобе"), QStringLiteral("отремонтировали"),
        QStringLiteral("мост"), QStringLiteral("через"), QStringLiteral("реку"),
        QStringLiteral("аким"), QStringLiteral("района"), QStringLiteral("сообщил"),
        QStringLiteral("что"), QStringLiteral("работы"), QStringLiteral("завершатся"),
        QStringLiteral("до"), QStringLiteral("конца"), QStringLiteral("года") };
    QString html;
    for (int p = 0; p < 12; ++p) {
        html += QStringLiteral("<p>");
        for (int w = 0; w < 60; ++w)
            html += words[(n * 7 + p * 13 + w * 3) % words.size()] + QLatin1Char(' ');
        html += QStringLiteral("</p>");
        if (p == 4)
            html += QStringLiteral("<blockquote><p>«Мы ждали этот мост десять лет», — говорит "
                                   "житель села.</p></blockquote>");
    }
    return html;
}

void fill(const DataDir &dir, int count)
{
    Database db = openDatabase(dir);
    const qint64 feed = FeedStore(db).add(QStringLiteral("https://news.example.kz/rss"));
    QList<Article> items;
    for (int i = 0; i < count; ++i) {
        Article a;
        a.guid = QStringLiteral("bench-%1").arg(i);
        a.url = QStringLiteral("https://news.example.kz/news/%1").arg(i);
        a.title = QStringLiteral("Новость %1: в Караганде открыли новую школу").arg(i);
        a.published = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
        a.html = body(i);
        a.text = a.html;
        items.append(a);
    }
    db.transaction([&] { ArticleStore(db).saveFromFeed(feed, items); });
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char *argv[])
{
    webengine::prepareBeforeApplication();
    QApplication app(argc, argv);
    const int articles = argc > 1 ? std::atoi(argv[1]) : 2000;
    const int clicks = argc > 2 ? std::atoi(argv[2]) : 60;
    QTemporaryDir dir;
    fill(DataDir(dir.path()), articles);
    Session session { DataDir(dir.path()) };
    QSettings settings(dir.filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("network/refreshMinutes"), 0);
    settings.setValue(
        QStringLiteral("reader/markReadOnSelect"), qEnvironmentVariableIsEmpty("KEEP_UNREAD"));
    MainWindow window(session, settings);
    window.resize(1400, 900);
    window.show();
    QApplication::setActiveWindow(&window);

    auto wait = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    wait(500); // the window settles: counts, the list's first page

    // The first article, opened half a second after start: the reader pane (Chromium) is made
    // only now (left alone, the window makes it after two seconds without input).
    QTreeView *list = window.articleView();
    double firstHandledMs = 0;
    double firstShownMs = -1;
    {
        QElapsedTimer timer;
        timer.start();
        list->setCurrentIndex(window.articleModel()->index(1, 0));
        firstHandledMs = double(timer.nsecsElapsed()) / 1e6;
        QEventLoop loop;
        ReaderPane *pane = window.readerView();
        if (!pane) {
            std::fprintf(stderr, "bench_reader: the reader pane's library did not load\n");
            return 1;
        }
        ShownRelay relay(pane->widget(), [&] {
            firstShownMs = double(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QWidget *reader = window.readerView()->widget();
    wait(1000);
    QQuickWindow *compositor = nullptr;
    if (auto *delegate = qobject_cast<QQuickWidget *>(reader->focusProxy()))
        compositor = delegate->quickWindow();

    QList<double> loaded;
    QList<double> painted;
    QList<double> handled; // the window's own part: load from the database, render, hand over
    for (int i = 0; i < clicks + 5; ++i) {
        QElapsedTimer timer;
        double loadMs = -1;
        double paintMs = -1;
        QEventLoop loop;
        std::optional<ShownRelay> onLoad;
        onLoad.emplace(reader, [&] {
            loadMs = double(timer.nsecsElapsed()) / 1e6;
            if (!compositor)
                loop.quit();
        });
        QMetaObject::Connection onFrame;
        if (compositor)
            onFrame = QObject::connect(
                compositor, &QQuickWindow::afterRendering, &loop,
                [&] {
                    if (loadMs >= 0 && paintMs < 0) {
                        paintMs = double(timer.nsecsElapsed()) / 1e6;
                        loop.quit();
                    }
                },
                Qt::DirectConnection);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        timer.start();
        list->setCurrentIndex(window.articleModel()->index(i % articles, 0)); // a click's selection
        const double syncMs = double(timer.nsecsElapsed()) / 1e6;
        loop.exec();
        if (i >= 5)
            handled.append(syncMs);
        onLoad.reset();
        QObject::disconnect(onFrame);
        if (i >= 5) { // warm: the first few pay for the renderer's caches
            loaded.append(loadMs);
            painted.append(paintMs);
        }
        wait(50);
    }
    std::printf(
        "oqy reader: first article 0.5 s after start (makes the pane): handled in the window "
        "%.0f ms, shown %.0f ms\n",
        firstHandledMs, firstShownMs);
    std::printf("oqy reader: %d clicks on %d articles: handled in the window p50 %.1f ms; click -> "
                "shown p50 %.1f ms, p95 %.1f ms; "
                "click -> painted p50 %.1f ms, p95 %.1f ms, max %.1f ms%s\n",
        clicks, articles, percentile(handled, 0.5), percentile(loaded, 0.5),
        percentile(loaded, 0.95), percentile(painted, 0.5), percentile(painted, 0.95),
        percentile(painted, 1.0),
        compositor ? "" : " (no compositor frame signal: painted = loaded)");
    return 0;
}

#include "bench_reader.moc"
