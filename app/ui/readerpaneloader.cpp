#include "readerpaneloader.h"

#include "readerpane.h"
#include "readerpanefactory.h"
#include "webenginestartup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace oqy {

namespace {

using Factory = ReaderPane *(*)(const QString &, const QString &, QWidget *);

Factory findFactory(QString *error)
{
#ifdef Q_OS_UNIX
    // Linked in already (the tests, which use ReaderView itself): no second copy.
    if (auto f = reinterpret_cast<Factory>(dlsym(RTLD_DEFAULT, OQY_READER_FACTORY)))
        return f;
#endif
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("OQY_READER_DIR");
    if (!fromEnvironment.isEmpty())
        folders << fromEnvironment;
    const QDir executable(QCoreApplication::applicationDirPath());
    folders << executable.path()
            << QDir::cleanPath(executable.filePath(QStringLiteral(OQY_READER_FROM_BINDIR)));
    QStringList failures;
    for (const QString &folder : std::as_const(folders)) {
        const QString path = QDir(folder).filePath(QStringLiteral("liboqyreader.so"));
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path); // stays loaded: the pane's code lives there until exit
        if (auto f = reinterpret_cast<Factory>(library.resolve(OQY_READER_FACTORY)))
            return f;
        failures << library.errorString();
    }
    if (error)
        *error = failures.isEmpty()
            ? QCoreApplication::translate("ReaderPane", "liboqyreader.so is in none of: %1")
                  .arg(folders.join(QStringLiteral(", ")))
            : failures.join(QLatin1Char('\n'));
    return nullptr;
}

} // namespace

ReaderPane *makeReaderPane(
    const QString &databasePath, const QString &imagesPath, QWidget *parent, QString *error)
{
    const Factory factory = findFactory(error);
    if (!factory)
        return nullptr;
    webengine::ensureGraphics(); // the shared OpenGL context Qt WebEngine draws with
    return factory(databasePath, imagesPath, parent);
}

} // namespace oqy
