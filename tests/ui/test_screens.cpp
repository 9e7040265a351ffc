// Every screen a reader meets, in Russian and Kazakh, light and dark: the main window and each
// dialog are shown, photographed into the build folder (screens/NAME-LANG-THEME.png, to be looked
// at), and every text on them is checked to be translated, Qt's own buttons included (Qt has no
// Kazakh catalogue: Oqy's carries them).
#include "accountdialog.h"
#include "addfeeddialog.h"
#include "credentialsdialog.h"
#include "engine/session.h"
#include "feeds/outletdirectory.h"
#include "helpdialogs.h"
#include "language.h"
#include "mainwindow.h"
#include "outletpickerdialog.h"
#include "settingsdialog.h"
#include "testenv.h"
#include "webenginestartup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace oqy;

namespace {

// Words that stay as they are in every language: names, formats, keys, addresses.
const QRegularExpression &untranslatable()
{
    static const QRegularExpression re(QStringLiteral(
        "https?://\\S+|\\S+@\\S+|(?:^|\\s)/\\S+|[\\w.-]+\\.(?:kz|com|org)\\b|\\b(?:Oqy|English|cookie|OK|RSS|Atom|JSON|OPML|URL|HTTP|HTTPS|Tiny Tiny RSS|"
        "FreshRSS|Miniflux|Google Reader|Qt|QtKeychain|SQLite|libxml2|Snowball|libstemmer|zlib|"
        "LGPL|MIT|BSD|Clause|GNOME Keyring|KWallet|Secret Service|Cookie|Authorization|"
        "Ctrl|Shift|Alt|Esc|Meta|PgUp|PgDown|Del|Home|End|Tab|Return|Enter|Backspace|"
        "[A-Z]\\d*|tengrinews|kz|rss|www|example|oqy|"
        "Kazinform|Khabar)\\b"));
    return re;
}

bool isTranslated(QString text)
{
    text.remove(untranslatable());
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{3,}"));
    return !latinWord.match(text).hasMatch();
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Every text a reader can see on `root`.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts { root->windowTitle() };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << plain(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << QString(button->text()).remove(QLatin1Char('&'));
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        if (auto *view = qobject_cast<QTreeView *>(w)) {
            QAbstractItemModel *model = view->model();
            for (int c = 0; model && c < model->columnCount() && !view->isHeaderHidden(); ++c)
                texts << model->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; model && r < std::min(model->rowCount(), 40); ++r)
                texts << model->index(r, 0).data().toString();
        }
    }
    for (QAction *menu : root->findChildren<QMenuBar *>().value(0) ? root->findChildren<QMenuBar *>().first()->actions() : QList<QAction *>())
        texts << QString(menu->text()).remove(QLatin1Char('&'));
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QSettings> m_settings;
    QList<QTranslator *> m_translators;

    void useLanguage(const QString &language)
    {
        for (QTranslator *t : std::as_const(m_translators)) {
            QApplication::removeTranslator(t);
            delete t;
        }
        m_translators.clear();
        QLocale::setDefault(QLocale(language));
        auto *qt = new QTranslator;
        if (qt->load(QStringLiteral("qt_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            || qt->load(QStringLiteral(":/i18n/qt_") + language))
            QApplication::installTranslator(qt);
        auto *oqy = new QTranslator;
        QVERIFY(oqy->load(QStringLiteral(":/i18n/oqy_") + language));
        QApplication::installTranslator(oqy);
        m_translators = { qt, oqy };
    }

    void check(QWidget *screen, const QString &name)
    {
        screen->resize(screen->size().expandedTo(screen->sizeHint()).expandedTo(QSize(480, 240)));
        screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(screen));
        QTest::qWait(50);
        QFETCH(QString, language);
        QFETCH(QString, theme);
        QDir().mkpath(QStringLiteral("screens"));
        QVERIFY(screen->grab().save(
            QStringLiteral("screens/%1-%2-%3.png").arg(name, language, theme)));
        QStringList english;
        for (const QString &text : visibleTexts(screen))
            if (!isTranslated(text))
                english << text;
        QVERIFY2(english.isEmpty(),
            qPrintable(name + QStringLiteral(": ") + english.join(QStringLiteral(" | "))));
        screen->close();
    }

public:
    static void initMain() { webengine::prepareBeforeApplication(); }

private slots:
    void initTestCase()
    {
        m_session = std::make_unique<Session>(DataDir(m_dir.path()));
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat);
        m_settings->setValue(QStringLiteral("network/refreshMinutes"), 0);
    }
    void cleanupTestCase()
    {
        m_session.reset();
    }

    void everyScreenIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        for (const char *language : { "ru", "kk" })
            for (const char *theme : { "light", "dark" })
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(language), QLatin1String(theme))))
                    << QString::fromLatin1(language) << QString::fromLatin1(theme);
    }
    void everyScreenIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        useLanguage(language);
        m_settings->setValue(QStringLiteral("reader/theme"), theme);
        MainWindow window(*m_session, *m_settings);
        window.setReaderIdleDelay(std::chrono::minutes(30));
        check(&window, QStringLiteral("mainwindow"));
        {
            SettingsDialog dialog(*m_settings, &window);
            check(&dialog, QStringLiteral("settings"));
        }
        {
            AddFeedDialog dialog(m_session->subscriptions(), &window);
            check(&dialog, QStringLiteral("addfeed"));
        }
        {
            OutletPickerDialog dialog(feeds::OutletDirectory::builtIn(), QStringLiteral("—"), &window);
            check(&dialog, QStringLiteral("outlets"));
        }
        {
            CredentialsDialog dialog(QStringLiteral("Вести Сарыарки"), QStringLiteral("—"), &window);
            check(&dialog, QStringLiteral("credentials"));
        }
        {
            AccountDialog dialog(&window);
            check(&dialog, QStringLiteral("account"));
        }
        {
            AboutDialog dialog(m_session->dataDir(), &window);
            check(&dialog, QStringLiteral("about"));
        }
        {
            ShortcutsDialog dialog(window.menuBar()->actions(), &window);
            check(&dialog, QStringLiteral("shortcuts"));
        }
        window.close();
    }
};

QTEST_MAIN(TestScreens)
#include "test_screens.moc"
