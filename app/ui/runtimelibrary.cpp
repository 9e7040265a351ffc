#include "runtimelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace oqy {

QFunctionPointer resolveFromRuntimeLibrary(
    const QString &fileName, const char *symbol, QString *error)
{
#ifdef Q_OS_UNIX
    // Linked in already: no second copy.
    if (void *found = dlsym(RTLD_DEFAULT, symbol))
        return reinterpret_cast<QFunctionPointer>(found);
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
        const QString path = QDir(folder).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path); // stays loaded: its code is used until exit
        if (QFunctionPointer found = library.resolve(symbol))
            return found;
        failures << library.errorString();
    }
    if (error)
        *error = failures.isEmpty()
            ? QCoreApplication::translate("ReaderPane", "%1 is in none of: %2")
                  .arg(fileName, folders.join(QStringLiteral(", ")))
            : failures.join(QLatin1Char('\n'));
    return nullptr;
}

} // namespace oqy
