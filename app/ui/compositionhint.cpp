#include "compositionhint.h"

#include "compositionhintfactory.h"
#include "runtimelibrary.h"

#include <QWidget>
#include <QtDebug>

namespace oqy {

QWidget *makeCompositionHint(QWidget *window)
{
    QString error;
    const auto factory = reinterpret_cast<QWidget *(*)(QWidget *)>(resolveFromRuntimeLibrary(
        QStringLiteral("liboqycomposition.so"), OQY_COMPOSITION_FACTORY, &error));
    if (!factory) {
        qWarning("oqy: no composition hint (%s): the window will be re-created with the reader "
                 "pane",
            qPrintable(error));
        return nullptr;
    }
    return factory(window);
}

} // namespace oqy
