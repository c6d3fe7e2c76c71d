extension String {
  /// Calls `body` with the string's UTF-8 bytes: a native string's own
  /// storage, borrowed, or a contiguous copy of any other.
  func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var text = self
    return text.withUTF8(body)
  }
}
