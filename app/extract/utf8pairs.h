#pragma once

#include <QtEndian>
#include <QtGlobal>
#include <cstring>

namespace oqy {

// Russian and Kazakh letters are two UTF-8 bytes each (lead C2..DF, then a continuation byte).
// Their runs are checked and decoded eight bytes at a time, one 16-bit lane per letter, as a
// little-endian word: the lead byte is the low half of its lane.

inline quint64 loadEightBytes(const unsigned char *p)
{
    quint64 w;
    std::memcpy(&w, p, 8);
    return qFromLittleEndian(w);
}

// True when the eight bytes are exactly four well-formed two-byte sequences (C0 and C1, the
// overlong leads, excluded).
inline bool isFourTwoByteSequences(quint64 w)
{
    const quint64 leadBits = w & 0x001E001E001E001EULL; // zero only for C0/C1
    return (w & 0xC0E0C0E0C0E0C0E0ULL) == 0x80C080C080C080C0ULL
        && ((leadBits + 0x7FFF7FFF7FFF7FFFULL) & 0x8000800080008000ULL) == 0x8000800080008000ULL;
}

// How many of the four lanes, from the first, are well-formed two-byte sequences (0–4): where a
// word ends, without a branch per letter.
inline int twoByteSequencePrefix(quint64 w)
{
    constexpr quint64 high = 0x8000800080008000ULL;
    constexpr quint64 low15 = 0x7FFF7FFF7FFF7FFFULL;
    // A lane's top bit is set when the lane is not zero (no carry crosses lanes: low 15 bits only).
    auto nonZero = [](quint64 x) { return (((x & low15) + low15) | x) & high; };
    const quint64 pattern = (w & 0xC0E0C0E0C0E0C0E0ULL) ^ 0x80C080C080C080C0ULL;
    const quint64 bad = nonZero(pattern) | (~nonZero(w & 0x001E001E001E001EULL) & high);
    return bad == 0 ? 4 : qCountTrailingZeroBits(bad) / 16;
}

// The four UTF-16 units of four two-byte sequences (as isFourTwoByteSequences accepted them).
inline void decodeFourTwoByteSequences(quint64 w, char16_t *dst)
{
    const quint64 units = ((w & 0x001F001F001F001FULL) << 6) | ((w >> 8) & 0x003F003F003F003FULL);
    for (int i = 0; i < 4; ++i)
        dst[i] = char16_t(units >> (16 * i));
}

} // namespace oqy
