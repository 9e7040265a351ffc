#include "readerpaneloader.h"

#include "readerpane.h"
#include "readerpanefactory.h"
#include "runtimelibrary.h"
#include "webenginestartup.h"

namespace oqy {

ReaderPane *makeReaderPane(
    const QString &databasePath, const QString &imagesPath, QWidget *parent, QString *error)
{
    using Factory = ReaderPane *(*)(const QString &, const QString &, QWidget *);
    const auto factory = reinterpret_cast<Factory>(
        resolveFromRuntimeLibrary(QStringLiteral("liboqyreader.so"), OQY_READER_FACTORY, error));
    if (!factory)
        return nullptr;
    webengine::ensureGraphics(); // the shared OpenGL context Qt WebEngine draws with
    return factory(databasePath, imagesPath, parent);
}

} // namespace oqy
