#include "CInflate.h"

#include <zlib.h>

int inflate_raw(const uint8_t *data, size_t size, uint8_t *output, size_t capacity,
                size_t *written) {
  *written = 0;
  if (size > UINT32_MAX || capacity > UINT32_MAX) return INFLATE_DAMAGED;
  z_stream stream = {0};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return INFLATE_DAMAGED;
  stream.next_in = (Bytef *)data;
  stream.avail_in = (uInt)size;
  stream.next_out = output;
  stream.avail_out = (uInt)capacity;
  int result = inflate(&stream, Z_FINISH);
  *written = capacity - stream.avail_out;
  inflateEnd(&stream);
  if (result == Z_STREAM_END) return INFLATE_COMPLETE;
  // Z_BUF_ERROR with a full output may just need more room; with room left,
  // the input ran out before the stream ended.
  if (result == Z_BUF_ERROR && stream.avail_out == 0) return INFLATE_NEEDS_MORE_ROOM;
  return INFLATE_DAMAGED;
}
