#include "htmldecoder.h"

#include "charsetdetector.h"
#include "textcodec.h"

#include <QRegularExpression>

namespace oqy {

namespace {

QByteArray charsetFromContentType(const QString &contentType)
{
    static const QRegularExpression charset(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = charset.match(contentType);
    return m.hasMatch() ? m.captured(1).toLower().toLatin1() : QByteArray();
}

QByteArray charsetFromMeta(const QByteArray &bytes)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1).toLower().toLatin1() : QByteArray();
}

QByteArray normalised(QByteArray name)
{
    if (name == "utf8")
        return "utf-8";
    if (name == "cp1251" || name == "win-1251" || name == "windows1251")
        return "windows-1251";
    // Browsers read latin-1 and ascii labels as windows-1252 (the WHATWG encoding standard).
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii")
        return "windows-1252";
    return name;
}

} // namespace

Utf8Html decodeHtmlToUtf8(const QByteArray &bytes, const QString &contentType)
{
    auto asUtf8 = [](const QByteArray &b) {
        return Utf8Html{isValidUtf8(b) ? b : QString::fromUtf8(b).toUtf8(), QStringLiteral("utf-8")};
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return asUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE"))
        return {QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2), (bytes.size() - 2) / 2).toUtf8(),
                QStringLiteral("utf-16le")};
    if (bytes.startsWith("\xFE\xFF"))
        if (const auto utf8 = convertToUtf8(bytes.mid(2), "utf-16be"))
            return {*utf8, QStringLiteral("utf-16be")};
    for (const QByteArray &declared : {charsetFromContentType(contentType), charsetFromMeta(bytes)}) {
        if (declared.isEmpty())
            continue;
        const QByteArray name = normalised(declared);
        // A page that declares windows-1251 but is valid UTF-8 (a common CMS mistake) is UTF-8.
        if (name != "utf-8" && isValidUtf8(bytes) && detectCyrillicEncoding(bytes) == "utf-8")
            return {bytes, QStringLiteral("utf-8")};
        if (name == "utf-8")
            return asUtf8(bytes);
        if (const auto utf8 = convertToUtf8(bytes, name))
            return {*utf8, QString::fromLatin1(name)};
    }
    const QByteArray detected = detectCyrillicEncoding(bytes);
    if (!detected.isEmpty() && detected != "utf-8")
        if (const auto utf8 = convertToUtf8(bytes, detected))
            return {*utf8, QString::fromLatin1(detected)};
    return asUtf8(bytes);
}

DecodedHtml decodeHtml(const QByteArray &bytes, const QString &contentType)
{
    Utf8Html utf8 = decodeHtmlToUtf8(bytes, contentType);
    return {utf8ToString(utf8.utf8), utf8.encoding};
}

} // namespace oqy
