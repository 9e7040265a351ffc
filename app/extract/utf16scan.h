#pragma once

#include <QtGlobal>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace oqy {

// Index of the first of the units a, b or c in text[from, size), or size: the sanitiser's copy
// of ordinary text stops only at these, and looks at eight units a step to find them.
inline qsizetype indexOfAny(
    const char16_t *text, qsizetype from, qsizetype size, char16_t a, char16_t b, char16_t c)
{
    qsizetype i = from;
#ifdef __SSE2__
    const __m128i va = _mm_set1_epi16(short(a));
    const __m128i vb = _mm_set1_epi16(short(b));
    const __m128i vc = _mm_set1_epi16(short(c));
    for (; size - i >= 8; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        const __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi16(v, va), _mm_cmpeq_epi16(v, vb)), _mm_cmpeq_epi16(v, vc));
        const unsigned mask = unsigned(_mm_movemask_epi8(hit));
        if (mask != 0)
            return i + qCountTrailingZeroBits(mask) / 2;
    }
#endif
    for (; i < size; ++i)
        if (text[i] == a || text[i] == b || text[i] == c)
            return i;
    return size;
}

} // namespace oqy
