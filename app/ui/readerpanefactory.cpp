#include "readerpanefactory.h"

#include "cacheschemehandler.h"
#include "readerview.h"

#include <QQuickWindow>

oqy::ReaderPane *oqy_make_reader_pane(
    const QString &databasePath, const QString &imagesPath, QWidget *parent)
{
    static const bool registered = [] {
        oqy::CacheSchemeHandler::registerScheme();
        // As the composition hint does (compositionhintfactory.cpp), should it be missing.
        if (QQuickWindow::graphicsApi() != QSGRendererInterface::OpenGL)
            QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
        return true;
    }();
    Q_UNUSED(registered);
    return new oqy::ReaderView(databasePath, imagesPath, parent);
}
