#pragma once

#include <QString>

class QWidget;

namespace oqy {

class ReaderPane;

// Makes the reader pane from the oqyreader library (readerpane.h says why it is not linked in).
// The library is looked for, in order: already in the process (the tests link it), in
// $OQY_READER_DIR, next to the executable (the build tree), in the folder it is installed to.
// Null with `error` (for the reader: which library failed and why) when none loads. Waits for
// the shared OpenGL context first (webengine::ensureGraphics()).
ReaderPane *makeReaderPane(const QString &databasePath, const QString &imagesPath, QWidget *parent,
    QString *error = nullptr);

} // namespace oqy
