#pragma once

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace oqy::feeds {

// Skips, sixteen bytes a step, the plain text at p: ASCII other than control characters (tab and
// line feed allowed) and, when `markup` is set, other than '<', '&' and ']'; and well-formed
// two-byte UTF-8 sequences (Cyrillic, Latin-1). Returns where the caller's byte-by-byte reading
// must take over: a special byte, a longer or malformed sequence, or the last few bytes.
inline const unsigned char *skipPlainText(const unsigned char *p, const unsigned char *end, bool markup)
{
#ifdef __SSE2__
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // Signed bytes: ASCII is 0..127, a lead C2..DF is -62..-33, a continuation 80..BF is ≤ -65.
        const __m128i ascii = _mm_cmpgt_epi8(v, _mm_set1_epi8(-1));
        __m128i special = _mm_and_si128(ascii, _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
        special = _mm_andnot_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))), special);
        if (markup)
            special = _mm_or_si128(special,
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('<')),
                    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('&')), _mm_cmpeq_epi8(v, _mm_set1_epi8(']')))));
        const __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32)));
        const __m128i continuation = _mm_cmplt_epi8(v, _mm_set1_epi8(-64));
        const __m128i other = _mm_andnot_si128(_mm_or_si128(ascii, _mm_or_si128(lead, continuation)), _mm_set1_epi8(-1));
        const unsigned bad = unsigned(_mm_movemask_epi8(_mm_or_si128(special, other)));
        const unsigned leads = unsigned(_mm_movemask_epi8(lead));
        const unsigned continuations = unsigned(_mm_movemask_epi8(continuation));
        unsigned n = bad == 0 ? 16 : unsigned(__builtin_ctz(bad));
        const unsigned mask = n == 16 ? 0xFFFFu : (1u << n) - 1;
        // Every continuation right after a lead, and no other: else the reader judges it.
        if (((leads << 1) & mask) != (continuations & mask))
            return p;
        if (n > 0 && ((leads >> (n - 1)) & 1u))
            --n; // a letter whose second byte is in the next block (or is the bad byte)
        p += n;
        if (bad != 0 || n == 0)
            return p;
    }
#else
    (void)end;
    (void)markup;
#endif
    return p;
}

} // namespace oqy::feeds
