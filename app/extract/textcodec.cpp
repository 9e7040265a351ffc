#include "textcodec.h"

#include "utf8pairs.h"

#include <QHash>
#include <cerrno>
#include <cstring>
#include <iconv.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

QString utf8ToString(QByteArrayView utf8)
{
    // Every byte gives at most one UTF-16 unit, so the string sized to the bytes has room for the
    // wide stores below as long as as many bytes remain as units are stored.
    QString out(utf8.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *end = p + utf8.size();
    while (p < end) {
        if (*p < 0x80) {
            *dst++ = char16_t(*p++);
#ifdef __SSE2__
            // Longer ASCII runs (markup, Latin text) are widened sixteen bytes at a time, keeping
            // the units before the first non-ASCII byte; a lone space between words stays scalar.
            if (p < end && *p < 0x80) {
                while (end - p >= 16) {
                    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                    const __m128i zero = _mm_setzero_si128();
                    _mm_storeu_si128(
                        reinterpret_cast<__m128i *>(dst), _mm_unpacklo_epi8(bytes, zero));
                    _mm_storeu_si128(
                        reinterpret_cast<__m128i *>(dst + 8), _mm_unpackhi_epi8(bytes, zero));
                    const unsigned high = unsigned(_mm_movemask_epi8(bytes));
                    const int n = high == 0 ? 16 : qCountTrailingZeroBits(high);
                    dst += n;
                    p += n;
                    if (n < 16)
                        break;
                }
            }
#endif
            continue;
        }
        // Cyrillic is two bytes a letter: four letters at a time; at the end of a word all four
        // lanes are decoded and those that were letters kept (the string has room: a byte in
        // for every unit out).
        const unsigned char *const runStart = p;
        while (end - p >= 8) {
            const quint64 w = loadEightBytes(p);
            const int letters = twoByteSequencePrefix(w);
            decodeFourTwoByteSequences(w, dst);
            dst += letters;
            p += 2 * letters;
            if (letters < 4)
                break;
        }
        while (end - p >= 2 && unsigned(p[0]) - 0xC2 < 0x1E && (p[1] & 0xC0) == 0x80) {
            *dst++ = char16_t(((p[0] & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
        }
        if (p != runStart)
            continue;
        // Three- and four-byte sequences (and anything odd) go through Qt's decoder.
        const unsigned char *start = p++;
        while (p < end && (*p & 0xC0) == 0x80)
            ++p;
        const QString piece = QString::fromUtf8(reinterpret_cast<const char *>(start), p - start);
        for (const QChar q : piece)
            *dst++ = q.unicode();
    }
    out.truncate(dst - reinterpret_cast<char16_t *>(out.data()));
    return out;
}

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

namespace {

// Single-byte encodings (windows-1251, KOI8-R, CP866, ISO-8859-x…) as a 128-entry table of UTF-8
// sequences for the bytes 0x80–0xFF. The table is filled by asking iconv once, so iconv stays the
// authority; conversion is then a table look-up per byte instead of iconv's two-stage pipeline.
struct SingleByteTable
{
    char utf8[128][4]; // the UTF-8 sequence of bytes 0x80–0xFF
    quint8 length[128]; // its length; 0: the byte is not defined in this encoding
};

const SingleByteTable *singleByteTable(const QByteArray &name)
{
    static const QHash<QByteArray, SingleByteTable> tables = [] {
        QHash<QByteArray, SingleByteTable> all;
        for (const char *encoding :
            { "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252", "WINDOWS-1253", "WINDOWS-1254",
                "WINDOWS-1255", "WINDOWS-1256", "WINDOWS-1257", "WINDOWS-1258", "KOI8-R", "KOI8-U",
                "CP866", "ISO-8859-1", "ISO-8859-2", "ISO-8859-5", "ISO-8859-15", "KZ-1048" }) {
            iconv_t cd = iconv_open("UTF-8", encoding);
            if (cd == iconv_t(-1))
                continue;
            SingleByteTable table {};
            for (int b = 0x80; b <= 0xFF; ++b) {
                char in = char(b);
                char *inPtr = &in;
                size_t inLeft = 1;
                char *outPtr = table.utf8[b - 0x80];
                size_t outLeft = 3;
                iconv(cd, nullptr, nullptr, nullptr, nullptr);
                table.length[b - 0x80] = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == size_t(-1)
                    ? 0
                    : quint8(3 - outLeft);
            }
            iconv_close(cd);
            all.insert(QByteArray(encoding).toLower(), table);
        }
        return all;
    }();
    const auto it = tables.constFind(name.toLower());
    return it == tables.constEnd() ? nullptr : &*it;
}

std::optional<QByteArray> convertWithTable(
    QByteArrayView bytes, const SingleByteTable &table, const QByteArray &prefix)
{
    // At most three bytes out per byte in: size once, write through a pointer, trim at the end.
    QByteArray out(prefix.size() + bytes.size() * 3, Qt::Uninitialized);
    std::memcpy(out.data(), prefix.constData(), size_t(prefix.size()));
    char *dst = out.data() + prefix.size();
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80) {
            *dst++ = c;
            continue;
        }
        const quint8 n = table.length[u - 0x80];
        if (n == 0)
            return std::nullopt;
        std::memcpy(dst, table.utf8[u - 0x80], 4); // the table row is 4 bytes; only n count
        dst += n;
    }
    out.truncate(dst - out.constData());
    return out;
}

} // namespace

std::optional<QByteArray> convertToUtf8(const QByteArray &bytes, const QByteArray &encoding)
{
    return convertToUtf8(QByteArrayView(bytes), encoding, QByteArray());
}

std::optional<QByteArray> convertToUtf8(
    QByteArrayView bytes, const QByteArray &encoding, const QByteArray &prefix)
{
    const QByteArray name = iconvName(encoding);
    if (name == "utf-8" || name == "utf8") {
        const QByteArray copy = prefix + bytes.toByteArray();
        if (!isValidUtf8(copy))
            return std::nullopt;
        return copy;
    }
    if (const SingleByteTable *table
        = singleByteTable(name == "cp1251" ? QByteArray("windows-1251") : name))
        return convertWithTable(bytes, *table, prefix);
    iconv_t cd = iconv_open("UTF-8", name.constData());
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out;
    out.resize(prefix.size() + bytes.size() * 2 + 16);
    std::memcpy(out.data(), prefix.constData(), size_t(prefix.size()));
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data() + prefix.size();
    size_t outLeft = size_t(out.size() - prefix.size());
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
