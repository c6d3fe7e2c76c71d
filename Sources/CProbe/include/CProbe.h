#ifndef CPROBE_H
#define CPROBE_H

/// Two memory probes for the lexicon matcher that Swift cannot express: a
/// prefetch hint, and a search of sixteen 32-bit terms that yields a bit
/// mask from vector compares (SSE2's pack and move-mask, where available).
/// Static and inline, so the Swift code that calls them inlines them.

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Asks the processor to start loading the cache line holding `address`
/// for reading; no effect on the program's results.
static inline void cprobe_prefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

/// The index (0 to 15) of `wanted` among the first `count` (at most 16) of
/// the sixteen terms at `terms`, all of which must be readable, or 16 when
/// it is not among them. The first `count` terms must differ from each other.
static inline int32_t cprobe_find16(const int32_t *terms, int32_t wanted, int32_t count) {
  uint32_t hits;
#if defined(__SSE2__)
  __m128i key = _mm_set1_epi32(wanted);
  __m128i a = _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)terms), key);
  __m128i b = _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(terms + 4)), key);
  __m128i c = _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(terms + 8)), key);
  __m128i d = _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(terms + 12)), key);
  __m128i bytes = _mm_packs_epi16(_mm_packs_epi32(a, b), _mm_packs_epi32(c, d));
  hits = (uint32_t)_mm_movemask_epi8(bytes);
#else
  hits = 0;
  for (int32_t lane = 0; lane < 16; lane++) {
    hits |= (uint32_t)(terms[lane] == wanted) << lane;
  }
#endif
  // Bit 16 stands for "not there"; a shift by `count` (at most 16) keeps
  // the hits among the first `count` terms.
  hits &= (1u << count) - 1u;
  return (int32_t)__builtin_ctz(hits | 0x10000u);
}

#endif
