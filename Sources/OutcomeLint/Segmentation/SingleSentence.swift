import CICUBreak

/// Recognises text that ICU's sentence rules (Unicode UAX #29) can only read as
/// one sentence, so the sentence iterator can be skipped for most outcomes.
///
/// That is text whose only sentence terminators (`.`, `!`, `?`) sit in an ASCII
/// closing run at the end (terminators, then closing brackets or quotes, then
/// spaces), with no line breaks, and whose other characters beyond ASCII can
/// never end a sentence or a paragraph by ICU's own Sentence_Break property
/// (letters such as "ë", marks, closing quotes such as "’"): UAX #29 breaks
/// only after a terminator or a paragraph separator and puts no boundary
/// inside such a run, so the only sentence ends at the text's end. Anything
/// else, and text that is not well-formed UTF-8, goes to ICU.
enum SingleSentence {
  /// The end offset of the only sentence in `bytes`, or nil when ICU must decide.
  static func end(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    guard let base = bytes.baseAddress, !bytes.isEmpty, bytes.count <= Int32.max else {
      return nil
    }
    var index = bytes.count
    while index > 0, isSpace(bytes[index - 1]) { index -= 1 }
    while index > 0, isClosing(bytes[index - 1]) { index -= 1 }
    while index > 0, isTerminator(bytes[index - 1]) { index -= 1 }
    // The closing run is ASCII; before it, one pass sixteen bytes at a time
    // looks for anything that is not ASCII, a terminator or a line break, and
    // reads a chunk that has one character by character.
    var offset = 0
    while offset + 16 <= index {
      let chunk = UnsafeRawPointer(base + offset).loadUnaligned(as: SIMD16<UInt8>.self)
      if needsCharacters(chunk) {
        guard let next = skipCharacters(bytes, from: offset, to: offset + 16, limit: index)
        else { return nil }
        offset = next
      } else {
        offset += 16
      }
    }
    guard skipCharacters(bytes, from: offset, to: index, limit: index) != nil else { return nil }
    return Int32(bytes.count)
  }

  /// Reads the characters that start in `offset..<end` (one may run on to
  /// `limit`), returning the offset after the last one, or nil at a
  /// terminator, a line break, or a character beyond ASCII that might end a
  /// sentence or a paragraph (or is not well-formed UTF-8).
  private static func skipCharacters(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, limit: Int
  ) -> Int? {
    var offset = start
    while offset < end {
      let byte = bytes[offset]
      if byte < 0x80 {
        if isTerminator(byte) || byte == 0x0A || byte == 0x0D { return nil }
        offset += 1
      } else {
        // `offset` < `limit` <= `bytes.count` <= `Int32.max` (checked in `end(of:)`).
        let next = cicu_skip_non_sentence_ending(
          bytes.baseAddress, Int32(truncatingIfNeeded: limit), Int32(truncatingIfNeeded: offset))
        if next < 0 { return nil }
        offset = Int(next)
      }
    }
    return offset
  }

  /// Whether any of sixteen bytes is not ASCII, a terminator or a line break.
  /// Comparisons between whole vectors (not with a scalar) compile to single
  /// vector instructions; the mask is read as two words.
  @inline(__always)
  private static func needsCharacters(_ chunk: SIMD16<UInt8>) -> Bool {
    @inline(__always) func all(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
    let stops =
      (chunk .>= all(0x80)) .| (chunk .== all(UInt8(ascii: ".")))
      .| (chunk .== all(UInt8(ascii: "!")))
      .| (chunk .== all(UInt8(ascii: "?"))) .| (chunk .== all(0x0A)) .| (chunk .== all(0x0D))
    let words = unsafeBitCast(stops, to: SIMD2<UInt64>.self)
    return words[0] | words[1] != 0
  }

  private static func isTerminator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
  }

  private static func isClosing(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      true
    default: false
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }
}
