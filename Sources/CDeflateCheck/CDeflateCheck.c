#include "CDeflateCheck.h"

#include <zlib.h>

int deflate_stream_check(const uint8_t *data, size_t size, size_t limit) {
  z_stream stream = {0};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return DEFLATE_STREAM_DAMAGED;
  unsigned char scratch[16384];
  size_t inflated = 0;
  int verdict = DEFLATE_STREAM_DAMAGED;
  stream.next_in = (Bytef *)data;
  for (;;) {
    // zlib's counts are 32-bit; feed at most 1 GiB at a time.
    if (stream.avail_in == 0 && size > 0) {
      uInt chunk = size > (1u << 30) ? (1u << 30) : (uInt)size;
      stream.avail_in = chunk;
      size -= chunk;
    }
    stream.next_out = scratch;
    stream.avail_out = sizeof scratch;
    int result = inflate(&stream, Z_NO_FLUSH);
    inflated += sizeof scratch - stream.avail_out;
    if (inflated > limit) {
      verdict = DEFLATE_STREAM_OVER_LIMIT;
      break;
    }
    if (result == Z_STREAM_END) {
      verdict = DEFLATE_STREAM_COMPLETE;
      break;
    }
    if (result != Z_OK) break;  // corrupt, or the input ran out (Z_BUF_ERROR)
    if (stream.avail_in == 0 && size == 0 && stream.avail_out != 0) break;  // truncated
  }
  inflateEnd(&stream);
  return verdict;
}
