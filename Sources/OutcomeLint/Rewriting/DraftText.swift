/// Text a rewrite writes from a template ("Wrote '…' for '…'"), kept as its
/// pieces (the template's fixed text, words given as strings, spans of the
/// original) and written straight into the rewrite's buffer, with no string
/// made for it.
struct DraftText: ExpressibleByStringInterpolation {
  /// One piece of the template.
  enum Part {
    /// Text fixed when the program is built.
    case fixed(StaticString)
    /// A word or phrase given as a string.
    case text(String)
    /// The original text of a span.
    case original(TextSpan)
    /// Bytes the rewrite wrote already.
    case written(Range<Int>)
  }

  /// The most pieces a template holds: fixed text around two interpolations.
  static let capacity = 5
  fileprivate var parts = InlineArray<5, Part>(repeating: .fixed(""))
  fileprivate var count = 0

  init(stringLiteral value: StaticString) {
    append(.fixed(value))
  }

  init(stringInterpolation: Interpolation) {
    self = stringInterpolation.text
  }

  private mutating func append(_ part: Part) {
    precondition(count < Self.capacity, "too many pieces in a rewrite's template")
    parts[count] = part
    count += 1
  }

  /// The text, when it is all fixed when the program is built.
  var fixedText: StaticString? {
    guard count == 1, case .fixed(let text) = parts[0] else { return nil }
    return text
  }

  /// Writes the text into `buffer`, taking spans from `document`.
  func write(into buffer: inout TextBuffer, from document: Document) {
    for index in 0..<count {
      switch parts[index] {
      case .fixed(let text): buffer.append(text)
      case .text(let text): buffer.append(text)
      case .original(let span): buffer.append(document.bytes, span)
      case .written(let range): buffer.appendCopy(of: range)
      }
    }
  }

  /// Collects the template's pieces.
  struct Interpolation: StringInterpolationProtocol {
    fileprivate var text = DraftText()

    init(literalCapacity: Int, interpolationCount: Int) {}

    mutating func appendLiteral(_ literal: StaticString) {
      guard literal.utf8CodeUnitCount > 0 else { return }
      text.append(.fixed(literal))
    }

    mutating func appendInterpolation(_ part: String) {
      text.append(.text(part))
    }

    /// Text fixed when the program is built.
    mutating func appendInterpolation(_ part: StaticString) {
      text.append(.fixed(part))
    }

    /// The original text of `span`, as written.
    mutating func appendInterpolation(original span: TextSpan) {
      text.append(.original(span))
    }

    /// Bytes the rewrite wrote already.
    mutating func appendInterpolation(written range: Range<Int>) {
      text.append(.written(range))
    }
  }

  private init() {}
}
