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

  /// The most bytes ``writeWhole(to:)`` writes.
  var maximumWholeCount: Int { JSONQuoting.maximumQuotedCount(ofUTF8Count: bytes.count) }

  /// Writes the whole text as a JSON string, in at most ``maximumWholeCount``
  /// bytes, learning whether it is plain.
  mutating func writeWhole(to writer: inout ByteWriter) {
    let start = writer.position
    writer.writeJSONString(utf8: bytes)
    isPlain = writer.position - start == bytes.count + 2
  }

  /// The most bytes ``write(_:to:)`` writes for any span.
  var maximumQuotedCount: Int {
    isPlain ? bytes.count + 2 : JSONQuoting.maximumQuotedCount(ofUTF8Count: bytes.count)
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
