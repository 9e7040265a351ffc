#include "imagetype.h"

namespace oqy {

QString sniffImageType(QByteArrayView b)
{
    auto at = [&](qsizetype offset, QByteArrayView magic) {
        return b.size() >= offset + magic.size() && b.sliced(offset, magic.size()) == magic;
    };
    if (at(0, "\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (at(0, "\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (at(0, "GIF87a") || at(0, "GIF89a"))
        return QStringLiteral("image/gif");
    if (at(0, "RIFF") && at(8, "WEBP"))
        return QStringLiteral("image/webp");
    if (at(4, "ftypavif") || at(4, "ftypavis"))
        return QStringLiteral("image/avif");
    if (at(0, "BM") && b.size() > 26)
        return QStringLiteral("image/bmp");
    return {};
}

} // namespace oqy
