#include "textcodec.h"

#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace oqy {

namespace {

// Names Python and feeds use that glibc's iconv spells differently.
QByteArray iconvName(QByteArray name)
{
    name = name.trimmed().toLower();
    if (name == "utf-16" || name == "utf16")
        return "UTF-16LE"; // a BOM was already consumed; little-endian is what writers mean
    if (name == "utf-32" || name == "utf32")
        return "UTF-32LE";
    if (name == "mac-cyrillic" || name == "x-mac-cyrillic" || name == "maccyrillic")
        return "MAC-CYRILLIC";
    if (name == "mac-roman" || name == "macintosh" || name == "macroman")
        return "MACINTOSH";
    if (name == "latin-1" || name == "latin1" || name == "l1")
        return "ISO-8859-1";
    if (name == "x-sjis" || name == "shift-jis" || name == "sjis")
        return "SHIFT_JIS";
    if (name == "cp037" || name == "ibm037")
        return "IBM037";
    if (name == "kz-1048" || name == "strk1048-2002" || name == "rk1048")
        return "KZ-1048";
    return name;
}

} // namespace

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Fast path over ASCII, eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        char32_t cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

std::optional<QByteArray> convertToUtf8(const QByteArray &bytes, const QByteArray &encoding)
{
    const QByteArray name = iconvName(encoding);
    if (name == "utf-8" || name == "utf8") {
        if (!isValidUtf8(bytes))
            return std::nullopt;
        return bytes;
    }
    iconv_t cd = iconv_open("UTF-8", name.constData());
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out;
    out.resize(bytes.size() * 2 + 16);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    bool ok = true;
    while (inLeft > 0) {
        const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        if (rc != size_t(-1))
            continue;
        if (errno == E2BIG) {
            const qsizetype used = outPtr - out.data();
            out.resize(out.size() * 2);
            outPtr = out.data() + used;
            outLeft = size_t(out.size() - used);
            continue;
        }
        ok = false; // EILSEQ or EINVAL: not this encoding
        break;
    }
    iconv_close(cd);
    if (!ok)
        return std::nullopt;
    out.resize(outPtr - out.data());
    // glibc reads Mac Roman 0xC6 as Greek capital delta; Apple's table (and Python's) say
    // U+2206 INCREMENT.
    if (name == "MACINTOSH")
        out.replace("\xce\x94", "\xe2\x88\x86");
    return out;
}

} // namespace oqy
