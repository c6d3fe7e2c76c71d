import OutcomeLint

/// An outcome's text for writing spans of it as JSON strings: written whole
/// first, which shows whether it has anything to escape; when it has not,
/// no span of it has, so spans are copied between quotes without a check.
/// Holds a pointer into the document's bytes: use it only inside
/// ``withText(of:_:)``.
struct DocumentJSONText {
  /// The document's UTF-8 bytes.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Whether the text has nothing to escape.
  private(set) var isPlain = false

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Calls `body` with the text of `document`.
  static func withText<Result>(
    of document: Document, _ body: (inout DocumentJSONText) -> Result
  ) -> Result {
    document.bytes.withUnsafeBufferPointer { bytes in
      var text = DocumentJSONText(bytes: bytes)
      return body(&text)
    }
  }

  /// Writes the whole text as a JSON string, learning whether it is plain.
  mutating func writeWhole(to output: inout OutputBuffer) {
    var written = 0
    let bytes = bytes
    output.write(atMost: JSONQuoting.maximumQuotedCount(ofUTF8Count: bytes.count)) { writer in
      let start = writer.position
      writer.writeJSONString(utf8: bytes)
      written = writer.position - start
    }
    isPlain = written == bytes.count + 2
  }

  /// The most bytes ``write(_:to:)`` writes for `span`.
  func maximumQuotedCount(_ span: TextSpan) -> Int {
    isPlain ? span.length + 2 : JSONQuoting.maximumQuotedCount(ofUTF8Count: span.length)
  }

  /// Writes the text of `span` as a JSON string.
  @inline(__always)
  func write(_ span: TextSpan, to writer: inout ByteWriter) {
    let text = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
    if isPlain {
      writer.writeQuoted(plain: text)
    } else {
      writer.writeJSONString(utf8: text)
    }
  }
}
