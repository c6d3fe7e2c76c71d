extension String {
  /// Whether `part` occurs in the string, character by character as
  /// `firstRange(of:)` finds it; ASCII text without line breaks is searched
  /// byte by byte, which finds the same.
  func occurs(_ part: String) -> Bool {
    let plain = { (text: String) in
      text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }
    }
    guard plain(self), plain(part) else { return firstRange(of: part) != nil }
    let haystack = Array(utf8)
    let needle = Array(part.utf8)
    guard needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in
      needle.indices.allSatisfy { haystack[start + $0] == needle[$0] }
    }
  }
}
