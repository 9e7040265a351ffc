#pragma once

#include <QByteArrayView>
#include <QString>

namespace oqy {

// The type of an image from its first bytes, never from the server's Content-Type (which is often
// wrong, and would let a page pass HTML or a script off as a photo). Raster formats the reader pane
// shows: JPEG, PNG, GIF, WebP, AVIF, BMP. SVG is refused: it is a document that can carry scripts
// and remote references. Empty when the bytes are none of these.
QString sniffImageType(QByteArrayView bytes);

} // namespace oqy
