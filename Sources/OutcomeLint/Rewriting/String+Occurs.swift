extension String {
  /// Whether `part` occurs in the string, character by character as
  /// `firstRange(of:)` finds it. In ASCII text a part without line breaks
  /// starts and ends on character boundaries wherever its bytes match, so
  /// such text is searched byte by byte.
  func occurs(_ part: String) -> Bool {
    let plainPart = part.utf8.allSatisfy {
      $0 < 0x80 && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n")
    }
    guard plainPart, utf8.allSatisfy({ $0 < 0x80 }) else { return firstRange(of: part) != nil }
    return Self.bytes(utf8, contain: part.utf8)
  }

  /// Whether `part`'s bytes occur in `text`'s.
  static func bytes(_ text: some Collection<UInt8>, contain part: some Collection<UInt8>) -> Bool {
    guard let first = part.first else { return true }
    var start = text.startIndex
    while let found = text[start...].firstIndex(of: first) {
      if text[found...].starts(with: part) { return true }
      start = text.index(after: found)
    }
    return false
  }
}
