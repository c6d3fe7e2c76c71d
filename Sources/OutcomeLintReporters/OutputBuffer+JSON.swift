import OutcomeLint

extension OutputBuffer {
  /// Appends `text` as a quoted JSON string.
  public mutating func writeJSONString(_ text: String) {
    text.withUTF8Bytes { writeJSONString(utf8: $0) }
  }

  /// Appends `text` as a quoted JSON string, or `null` when it is nil.
  public mutating func writeJSONString(orNull text: String?) {
    if let text { writeJSONString(text) } else { write(literal: "null") }
  }

  /// Appends `strings` as a JSON array of strings.
  public mutating func writeJSONStrings(_ strings: [String]) {
    write(byte: UInt8(ascii: "["))
    for index in strings.indices {
      if index > 0 { write(byte: UInt8(ascii: ",")) }
      writeJSONString(strings[index])
    }
    write(byte: UInt8(ascii: "]"))
  }

  /// Appends UTF-8 bytes as a quoted JSON string (see ``JSONQuoting``).
  public mutating func writeJSONString(utf8 text: UnsafeBufferPointer<UInt8>) {
    append(atMost: JSONQuoting.maximumQuotedCount(ofUTF8Count: text.count)) {
      JSONQuoting.write(utf8: text, to: $0)
    }
  }

  /// Appends all of `text`'s UTF-8 bytes as a quoted JSON string.
  public mutating func writeJSONString(utf8 text: [UInt8]) {
    text.withUnsafeBufferPointer { writeJSONString(utf8: $0) }
  }
}
