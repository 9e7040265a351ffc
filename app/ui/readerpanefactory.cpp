#include "readerpanefactory.h"

#include "cacheschemehandler.h"
#include "readerview.h"

oqy::ReaderPane *oqy_make_reader_pane(
    const QString &databasePath, const QString &imagesPath, QWidget *parent)
{
    static const bool registered = [] {
        oqy::CacheSchemeHandler::registerScheme();
        return true;
    }();
    Q_UNUSED(registered);
    return new oqy::ReaderView(databasePath, imagesPath, parent);
}
