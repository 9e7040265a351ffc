#pragma once

#include <QString>
#include <QtGlobal>

namespace oqy {

// Finds `symbol` in one of Oqy's own libraries that the executable does not link but loads when it
// needs them (liboqyreader.so: the reader pane; liboqycomposition.so: the composition hint), so
// that their Qt modules cost nothing at start. Looked for, in order: already in the process (a
// test that links the library), in $OQY_READER_DIR, next to the executable (the build tree), in
// ../lib/oqy from it (installed). Null with `error` saying which library failed and why, fit for
// the reader.
QFunctionPointer resolveFromRuntimeLibrary(
    const QString &fileName, const char *symbol, QString *error = nullptr);

} // namespace oqy
