#include "compositionhintfactory.h"

#include <QQuickWidget>
#include <QQuickWindow>

QWidget *oqy_make_composition_hint(QWidget *window)
{
    // What Qt WebEngine does when it starts with the application (it is loaded later here): its
    // views draw through Qt Quick, which must use OpenGL whatever QSG_RHI_BACKEND or
    // QT_QUICK_BACKEND say.
    if (QQuickWindow::graphicsApi() != QSGRendererInterface::OpenGL)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    auto *hint = new QQuickWidget(window);
    hint->setObjectName(QStringLiteral("compositionHint"));
    hint->hide();
    return hint;
}
