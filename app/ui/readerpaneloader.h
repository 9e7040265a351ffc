#pragma once

#include <QString>

class QWidget;

namespace oqy {

class ReaderPane;

// Makes the reader pane from liboqyreader.so (readerpane.h says why it is not linked in; where it
// is looked for: runtimelibrary.h). Null with `error` (for the reader: which library failed and
// why) when it does not load. Waits for the shared OpenGL context first
// (webengine::ensureGraphics()).
ReaderPane *makeReaderPane(const QString &databasePath, const QString &imagesPath, QWidget *parent,
    QString *error = nullptr);

} // namespace oqy
