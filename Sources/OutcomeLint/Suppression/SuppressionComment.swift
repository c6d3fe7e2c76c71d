import Foundation

/// A plain-text line split into its outcome and a trailing suppression
/// comment: `… # outcomelint: ignore RULE[, RULE…] -- reason`.
///
/// The outcome is the line up to the comment, without the whitespace before
/// it: a prefix of the original line, so byte offsets into the analysed text
/// are also byte offsets into the original line. The reason may follow `--`,
/// an en dash or an em dash (word processors turn one into the other). A
/// comment that does not read `ignore` and at least one rule id gives one
/// suppression naming no rule, which `invalid-suppression` reports.
public struct SuppressionComment: Sendable, Equatable {
  /// The outcome, without the comment.
  public let text: [UInt8]
  /// The suppressions the comment makes; empty when there is no comment.
  public let suppressions: [Suppression]

  private static let marker = Array("outcomelint:".utf8)
  private static let reasonSeparators = ["--", "\u{2014}", "\u{2013}"]

  /// Splits `line`.
  public init(line: [UInt8]) {
    guard let (hash, directiveStart) = Self.findComment(in: line) else {
      text = line
      suppressions = []
      return
    }
    var end = hash
    while end > 0, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") {
      end -= 1
    }
    text = Array(line[..<end])
    suppressions = Self.parse(String(decoding: line[directiveStart...], as: UTF8.self))
  }

  /// The offset of the comment's `#` and of the text after `outcomelint:`.
  private static func findComment(in line: [UInt8]) -> (Int, Int)? {
    var index = 0
    while let hash = firstHash(in: line, from: index) {
      var cursor = hash + 1
      while cursor < line.count, line[cursor] == UInt8(ascii: " ") { cursor += 1 }
      if line[cursor...].starts(with: marker) { return (hash, cursor + marker.count) }
      index = hash + 1
    }
    return nil
  }

  /// The offset of the first `#` in `line` from `start`, found by `memchr`
  /// (many bytes at a time): every input line is searched, and most have none.
  private static func firstHash(in line: [UInt8], from start: Int) -> Int? {
    line.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress, start < bytes.count,
        let found = memchr(base + start, Int32(UInt8(ascii: "#")), bytes.count - start)
      else { return nil }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
  }

  private static func parse(_ directive: String) -> [Suppression] {
    var head = Substring(directive)
    var reason = ""
    let separator = reasonSeparators.compactMap { directive.range(of: $0) }
      .min { $0.lowerBound < $1.lowerBound }
    if let separator {
      head = directive[..<separator.lowerBound]
      reason = directive[separator.upperBound...].trimmingCharacters(in: .whitespaces)
    }
    let words = head.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
    guard words.first == "ignore", words.count > 1 else {
      return [Suppression(rule: nil, reason: reason)]
    }
    return words.dropFirst().map { Suppression(rule: $0, reason: reason) }
  }
}
