#pragma once

#include <QString>
#include <QtGlobal>

class QWidget;

namespace oqy {
class ReaderPane;
}

// The oqyreader library's one entry point, found by name (readerpaneloader.cpp). Registers the
// image cache's URL scheme with Qt WebEngine the first time (before any web profile exists), then
// makes a ReaderView.
extern "C" Q_DECL_EXPORT oqy::ReaderPane *oqy_make_reader_pane(
    const QString &databasePath, const QString &imagesPath, QWidget *parent);

// The name the loader looks for.
#define OQY_READER_FACTORY "oqy_make_reader_pane"
