#include "CICUBreak.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/utext.h>

struct CICUBreakIterator {
  UBreakIterator *iterator;
  UText text;
  /// The text last set, and the boundary the next segment starts at.
  const uint8_t *bytes;
  int32_t segmentStart;
};

static CICUBreakIterator *cicu_wrap(UBreakIterator *iterator) {
  CICUBreakIterator *wrapper = calloc(1, sizeof(CICUBreakIterator));
  if (wrapper == NULL) {
    ubrk_close(iterator);
    return NULL;
  }
  UText empty = UTEXT_INITIALIZER;
  wrapper->iterator = iterator;
  wrapper->text = empty;
  return wrapper;
}

CICUBreakIterator *cicu_break_open(CICUBreakKind kind, const char *locale, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
  UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
  *error = (int32_t)status;
  if (U_FAILURE(status)) {
    return NULL;
  }
  return cicu_wrap(iterator);
}

CICUBreakIterator *cicu_break_clone(const CICUBreakIterator *prototype, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_clone(prototype->iterator, &status);
  *error = (int32_t)status;
  if (U_FAILURE(status)) {
    return NULL;
  }
  return cicu_wrap(iterator);
}

void cicu_break_close(CICUBreakIterator *wrapper) {
  if (wrapper == NULL) {
    return;
  }
  ubrk_close(wrapper->iterator);
  utext_close(&wrapper->text);
  free(wrapper);
}

int32_t cicu_break_set_text(CICUBreakIterator *wrapper, const uint8_t *bytes, int64_t length) {
  static const char empty[1] = {0};
  UErrorCode status = U_ZERO_ERROR;
  const char *start = length > 0 ? (const char *)bytes : empty;
  wrapper->bytes = (const uint8_t *)start;
  wrapper->segmentStart = 0;
  utext_openUTF8(&wrapper->text, start, length, &status);
  if (U_FAILURE(status)) {
    return (int32_t)status;
  }
  ubrk_setUText(wrapper->iterator, &wrapper->text, &status);
  return (int32_t)status;
}

int32_t cicu_break_next_batch(
  CICUBreakIterator *wrapper, int32_t *boundaries, int32_t *statuses, int32_t capacity) {
  int32_t count = 0;
  while (count < capacity) {
    int32_t boundary = ubrk_next(wrapper->iterator);
    if (boundary == UBRK_DONE) {
      break;
    }
    boundaries[count] = boundary;
    statuses[count] = ubrk_getRuleStatus(wrapper->iterator);
    count += 1;
  }
  return count;
}

int32_t cicu_break_next_segments(
  CICUBreakIterator *wrapper, CICUSegment *segments, int32_t capacity) {
  UBreakIterator *iterator = wrapper->iterator;
  const uint8_t *bytes = wrapper->bytes;
  int32_t count = 0;
  int32_t start = wrapper->segmentStart;
  while (count < capacity) {
    int32_t end = ubrk_next(iterator);
    if (end == UBRK_DONE) {
      break;
    }
    // A lone space matches none of ICU's tagged word rules (numbers,
    // letters, kana, ideographs), so its status is not asked for.
    if (!(end - start == 1 && bytes[start] == ' ')) {
      segments[count].start = start;
      segments[count].end = end;
      segments[count].status = ubrk_getRuleStatus(iterator);
      count += 1;
    }
    start = end;
  }
  wrapper->segmentStart = start;
  return count;
}

int32_t cicu_skip_non_sentence_ending(const uint8_t *bytes, int32_t length, int32_t offset) {
  UChar32 codePoint;
  U8_NEXT(bytes, offset, length, codePoint);
  if (codePoint < 0) {
    return -1;
  }
  switch (u_getIntPropertyValue(codePoint, UCHAR_SENTENCE_BREAK)) {
  case U_SB_OTHER:
  case U_SB_CLOSE:
  case U_SB_FORMAT:
  case U_SB_LOWER:
  case U_SB_NUMERIC:
  case U_SB_OLETTER:
  case U_SB_SP:
  case U_SB_UPPER:
  case U_SB_EXTEND:
  case U_SB_SCONTINUE:
    return offset;
  default:
    return -1;
  }
}
