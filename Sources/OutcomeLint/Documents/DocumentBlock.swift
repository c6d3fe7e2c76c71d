/// One piece of text read from a plan document, in reading order: a
/// paragraph, a heading, a list item or a table cell.
public struct DocumentBlock: Sendable, Equatable {
  /// What kind of block it is.
  public enum Kind: Sendable, Equatable {
    /// A body paragraph (or a line of a text file).
    case paragraph
    /// A paragraph styled as a heading (Word's "Heading N" or "Title", Markdown's `#`).
    case heading
    /// An item of a bulleted or numbered list.
    case listItem
    /// A table cell, by table number (from 0, in the document), row and column (from 0).
    case cell(table: Int, row: Int, column: Int)
  }

  /// What kind of block it is.
  public let kind: Kind
  /// Its text, with runs of white space collapsed to single spaces and trimmed.
  public let text: String
  /// Its paragraphs that hold text, each collapsed as `text` is: a table
  /// cell may hold several (a whole section, in plans laid out in boxes);
  /// other blocks are one.
  public let paragraphs: [String]

  /// Creates a block, collapsing white space in `text`.
  public init(_ kind: Kind, _ text: String) {
    self.kind = kind
    self.text = Self.collapsingWhiteSpace(text)
    paragraphs = self.text.isEmpty ? [] : [self.text]
  }

  /// Creates a block of several paragraphs, its text theirs joined by spaces.
  public init(_ kind: Kind, paragraphs: [String]) {
    self.kind = kind
    self.paragraphs = paragraphs.map(Self.collapsingWhiteSpace).filter { !$0.isEmpty }
    text = self.paragraphs.joined(separator: " ")
  }

  /// `text` with runs of white space made single spaces, and trimmed. ASCII
  /// text is collapsed byte by byte: its only character of two scalars is
  /// CR LF, white space like each of its bytes. ASCII text that is already
  /// so (most text) is returned as it is.
  private static func collapsingWhiteSpace(_ text: String) -> String {
    let utf8 = text.utf8
    switch asciiSpacing(utf8) {
    case .notASCII:
      return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    case .collapsed:
      return text
    case .uncollapsed:
      break
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    var pendingSpace = false
    for byte in utf8 {
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        pendingSpace = !bytes.isEmpty
      } else {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private enum ASCIISpacing { case notASCII, collapsed, uncollapsed }

  /// Whether `utf8` is ASCII, and if so whether its white space is already
  /// single spaces between words.
  private static func asciiSpacing(_ utf8: String.UTF8View) -> ASCIISpacing {
    var collapsed = true
    // A space at the start, after a space, or at the end is one too many.
    var previousIsSpace = true
    for byte in utf8 {
      if byte >= 0x80 { return .notASCII }
      let isSpace = byte == 0x20
      if (isSpace && previousIsSpace) || (0x09...0x0D).contains(byte) { collapsed = false }
      previousIsSpace = isSpace
    }
    if utf8.last == 0x20 { collapsed = false }
    return collapsed ? .collapsed : .uncollapsed
  }
}
