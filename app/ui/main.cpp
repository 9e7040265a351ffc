// oqy: the desktop reader. A thin shell: parse the command line, open the data folder, show the
// window.
#include "core/memorytuning.h"
#include "engine/session.h"
#include "storage/storagewriter.h"
#include "extract/libxmlinit.h"
#include "instancelock.h"
#include "language.h"
#include "mainwindow.h"
#include "settingkeys.h"
#include "settings.h"
#include "storage/datadir.h"
#include "storage/feedstore.h"
#include "storage/sqlerror.h"
#include "webenginestartup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>
#include <QWindow>

#include <cstdlib>
#include <cstring>

namespace {

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("oqy"));
    QCoreApplication::setApplicationName(QStringLiteral("oqy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OQY_VERSION));
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "News reader for Kazakhstan's regional outlets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the database, images and settings in DIR."),
        QStringLiteral("DIR") });
}

// The interface language for this data folder: Settings, else the system's.
QString languageFor(const QCommandLineParser &parser)
{
    const bool custom = parser.isSet(QStringLiteral("data-dir"));
    const oqy::DataDir dataDir(parser.value(QStringLiteral("data-dir")));
    return oqy::language::forInterface(
        oqy::openSettings(dataDir, custom)->value(oqy::settingkeys::Language).toString());
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : { "-h", "--help", "--help-all", "-?", "-v", "--version" })
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

// --help and --version need no display: they are answered before the window's application exists
// (which aborts without one), in the reader's language.
int answerHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setNames();
    QCommandLineParser first;
    describe(first);
    first.parse(QCoreApplication::arguments());
    oqy::language::install(app, languageFor(first));
    QCommandLineParser parser;
    describe(parser); // again, now translated
    parser.process(app); // prints and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv))
        return answerHelpOrVersion(argc, argv);
    oqy::initLibxml(); // on the main thread, before any worker parses (libxmlinit.h)
    // The reader pane's cache scheme and OpenGL set-up, before the application object exists.
    oqy::webengine::prepareBeforeApplication();
    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Oqy"));
    QApplication::setDesktopFileName(QStringLiteral("kz.oqy.Oqy"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/oqy.svg")));

    QCommandLineParser parser;
    describe(parser);
    parser.process(app); // a mistyped option: said and exited, no thread yet

    const bool custom = parser.isSet(QStringLiteral("data-dir"));
    const oqy::DataDir dataDir(parser.value(QStringLiteral("data-dir")));
    const auto settings = oqy::openSettings(dataDir, custom);
    oqy::language::install(
        app, oqy::language::forInterface(settings->value(oqy::settingkeys::Language).toString()));

    // One window per data folder: a second start brings the first forward.
    oqy::InstanceLock instance(dataDir);
    switch (instance.acquire()) {
    case oqy::InstanceLock::Outcome::First:
        break;
    case oqy::InstanceLock::Outcome::Raised:
        return 0;
    case oqy::InstanceLock::Outcome::Busy:
        QMessageBox::warning(nullptr, QApplication::translate("main", "Oqy is already open"),
            QApplication::translate("main",
                "Another Oqy (process %1) is using the data folder %2 and does not answer. Close "
                "it, or start Oqy with another folder (--data-dir).")
                .arg(instance.ownerPid())
                .arg(dataDir.root()));
        return 1;
    }
    oqy::webengine::startGraphicsInBackground(); // while the data is opened and the window built

    std::unique_ptr<oqy::Session> session;
    oqy::OpenReport report;
    try {
        session = std::make_unique<oqy::Session>(dataDir, &report);
    } catch (const oqy::SqlError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Oqy cannot start"),
            QApplication::translate("main", "The database in %1 cannot be opened:\n%2")
                .arg(dataDir.root(), e.message()));
        return 1;
    }
    oqy::keepFreedMemory(); // refreshes allocate and free in waves
    oqy::MainWindow window(*session, *settings);
    window.show();
    instance.listen();
    QObject::connect(&instance, &oqy::InstanceLock::raiseRequested, &window, [&window] {
        qInfo("oqy: another start on this data folder brought this window forward");
        if (window.isMinimized())
            window.showNormal();
        window.raise();
        window.activateWindow();
        if (window.windowHandle())
            window.windowHandle()->requestActivate();
    });
    if (report.recovered())
        QTimer::singleShot(0, &window, [&window, &report] {
            QMessageBox::warning(&window,
                QApplication::translate("main", "The database was repaired"), report.message());
        });
    // Not during start-up: the weekly full check reads the whole file (a second for 500 MB), the
    // check of the read and bookmark state at other starts 30 ms per 100,000 articles; both wait
    // until the reader has settled in.
    QTimer::singleShot(std::chrono::minutes(2), &window, &oqy::MainWindow::checkDatabaseInBackground);
    // First run, nothing subscribed yet: offer the outlets of the reader's regions, once.
    if (!settings->value(QStringLiteral("firstRun/outletsOffered"), false).toBool()
        && oqy::FeedStore(session->reader()).all().isEmpty()) {
        settings->setValue(QStringLiteral("firstRun/outletsOffered"), true);
        QTimer::singleShot(0, &window, [&window] { window.addOutlets(true); });
    }
    const int code = QApplication::exec();
    // Everything the reader did is written before Oqy goes; a parse or an extraction that never
    // ends (a library's bug, a pathological page) must not keep the closed window's process alive.
    session->writer().waitForIdle();
    if (!QThreadPool::globalInstance()->waitForDone(10'000)) {
        settings->sync();
        std::_Exit(code);
    }
    return code;
}
