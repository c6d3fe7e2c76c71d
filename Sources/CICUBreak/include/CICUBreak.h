#ifndef CICUBREAK_H
#define CICUBREAK_H

/// A tiny C wrapper around ICU's break iterators over UTF-8 text.
///
/// The header exposes only plain C types so that Swift never imports ICU's own
/// headers (they clash with the private copy of ICU inside Foundation on Linux).
/// Every position is a UTF-8 byte offset into the text passed to
/// `cicu_break_set_text`.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An opaque ICU break iterator bound to a reusable UTF-8 text handle.
typedef struct CICUBreakIterator CICUBreakIterator;

/// The kind of boundaries an iterator finds.
typedef enum {
  CICU_BREAK_WORD = 0,
  CICU_BREAK_SENTENCE = 1
} CICUBreakKind;

/// Opens a new iterator for `locale` (e.g. "en_GB").
/// Returns NULL and writes a non-zero ICU error code to `error` on failure.
CICUBreakIterator *cicu_break_open(CICUBreakKind kind, const char *locale, int32_t *error);

/// Makes an independent copy of `prototype` (cheaper than opening a new one).
CICUBreakIterator *cicu_break_clone(const CICUBreakIterator *prototype, int32_t *error);

/// Closes the iterator and releases its text handle.
void cicu_break_close(CICUBreakIterator *iterator);

/// Points the iterator at `length` UTF-8 bytes. The bytes must stay alive and
/// unchanged until the next call. Invalid UTF-8 is read as U+FFFD by ICU.
/// Returns 0 on success, otherwise an ICU error code.
int32_t cicu_break_set_text(CICUBreakIterator *iterator, const uint8_t *bytes, int64_t length);

/// Fills `boundaries` with up to `capacity` boundary byte offsets after the
/// first (offset 0 is implied) and `statuses` with ICU's rule status of the
/// segment ending at each boundary. Returns the number written; call again to
/// continue when it equals `capacity`.
int32_t cicu_break_next_batch(
  CICUBreakIterator *iterator, int32_t *boundaries, int32_t *statuses, int32_t capacity);

/// One segment found by `cicu_break_next_segments`: its start and end byte
/// offsets and ICU's rule status.
typedef struct {
  int32_t start;
  int32_t end;
  int32_t status;
} CICUSegment;

/// Like `cicu_break_next_batch`, but leaves out every segment that is one
/// ASCII space (whose rule status is never in ICU's number, letter, kana or
/// ideograph ranges: no tagged word rule matches a space alone), and so
/// writes each kept segment's start as well as its end (and status) to
/// `segments`. Returns the number kept; call again to
/// continue when it equals `capacity`.
int32_t cicu_break_next_segments(
  CICUBreakIterator *iterator, CICUSegment *segments, int32_t capacity);

/// Reads the code point that starts at byte `offset` of `length` UTF-8 bytes
/// and returns the offset just after it when ICU's Sentence_Break property of
/// that code point can never end a sentence or a paragraph: letters, digits,
/// spaces, marks, closing punctuation, continuation punctuation and others.
/// Returns -1 when it might (ATerm, STerm, Sep, CR, LF, or any value not known
/// here) or when the bytes there are not well-formed UTF-8.
int32_t cicu_skip_non_sentence_ending(const uint8_t *bytes, int32_t length, int32_t offset);

#ifdef __cplusplus
}
#endif

#endif
