#ifndef CINFLATE_H
#define CINFLATE_H

#include <stddef.h>
#include <stdint.h>

/// What `inflate_raw` found.
enum {
  /// The whole stream was inflated into the output buffer.
  INFLATE_COMPLETE = 1,
  /// The stream is corrupt, or its bytes end before the stream does.
  INFLATE_DAMAGED = 0,
  /// The output buffer filled before the stream ended.
  INFLATE_NEEDS_MORE_ROOM = -1,
};

/// Inflates the raw deflate stream in `data` (a ZIP entry's `size` compressed
/// bytes) into `output`, which holds `capacity` bytes, and sets `*written` to
/// the bytes written. Reads nothing past `data + size` and writes nothing past
/// `output + capacity`. Plain C types only, so Swift imports it without
/// zlib's headers.
int inflate_raw(const uint8_t *data, size_t size, uint8_t *output, size_t capacity,
                size_t *written);

#endif
