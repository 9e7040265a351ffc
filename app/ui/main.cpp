// oqy: the desktop reader. A thin shell: parse the command line, open the data folder, show the
// window.
#include "core/memorytuning.h"
#include "mainwindow.h"
#include "engine/session.h"
#include "settingkeys.h"
#include "settings.h"
#include "storage/datadir.h"
#include "storage/feedstore.h"
#include "storage/sqlerror.h"
#include "webenginestartup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    // The reader pane's cache scheme and OpenGL set-up, before the application object exists.
    oqy::webengine::prepareBeforeApplication();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("oqy"));
    QApplication::setApplicationName(QStringLiteral("oqy"));
    QApplication::setApplicationDisplayName(QStringLiteral("Oqy"));
    QApplication::setApplicationVersion(QStringLiteral(OQY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("kz.oqy.Oqy"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/oqy.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "News reader for Kazakhstan's regional outlets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep the database, images and settings in DIR."),
        QStringLiteral("DIR") });
    parser.process(app); // may exit (--help, --version, a mistyped option): no thread yet
    oqy::webengine::startGraphicsInBackground(); // while the data is opened and the window built

    const bool custom = parser.isSet(QStringLiteral("data-dir"));
    const oqy::DataDir dataDir(parser.value(QStringLiteral("data-dir")));
    const auto settings = oqy::openSettings(dataDir, custom);

    // The language the reader chose in Settings, else the system's.
    const QString language = settings->value(oqy::settingkeys::Language).toString();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qt"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("oqy"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
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
    return QApplication::exec();
}
