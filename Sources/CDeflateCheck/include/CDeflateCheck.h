#ifndef CDEFLATECHECK_H
#define CDEFLATECHECK_H

#include <stddef.h>
#include <stdint.h>

/// What `deflate_stream_check` found.
enum {
  /// A complete raw deflate stream, inflating to at most the limit.
  DEFLATE_STREAM_COMPLETE = 1,
  /// The stream is corrupt, or its bytes end before the stream does.
  DEFLATE_STREAM_DAMAGED = 0,
  /// The stream inflates to more than the limit (a zip bomb).
  DEFLATE_STREAM_OVER_LIMIT = -1,
};

/// Inflates the raw deflate stream in `data` (a ZIP entry's compressed bytes)
/// into a scratch buffer, without keeping the output, and reports whether it
/// is complete within its `size` bytes and inflates to at most `limit` bytes.
/// Plain C types only, so Swift imports it without zlib's headers.
int deflate_stream_check(const uint8_t *data, size_t size, size_t limit);

#endif
