/// Text a rewrite writes from a template ("Wrote '…' for '…'"), kept as its
/// pieces (the template's fixed text, words given as strings, spans of the
/// original) and written straight into the rewrite's buffer, with no string
/// made for it. Its pieces are plain values (a string given is kept beside
/// them), so making and dropping one destroys at most two strings.
struct DraftText: ExpressibleByStringInterpolation {
  /// One piece of the template.
  enum Part {
    /// Text fixed when the program is built.
    case fixed(StaticString)
    /// A word or phrase given as a string: the first or second of ``strings``.
    case text(first: Bool)
    /// The original text of a span.
    case original(TextSpan)
    /// Bytes the rewrite wrote already.
    case written(Range<Int>)
  }

  /// The most pieces a template holds: fixed text around two interpolations.
  static let capacity = 5
  fileprivate var parts = InlineArray<5, Part>(repeating: .fixed(""))
  fileprivate var count = 0
  /// The strings given, in order: at most two.
  fileprivate var strings: (first: String?, second: String?) = (nil, nil)

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

  /// Appends a string given.
  fileprivate mutating func append(_ string: String) {
    if strings.first == nil {
      strings.first = string
      append(.text(first: true))
    } else {
      precondition(strings.second == nil, "too many strings in a rewrite's template")
      strings.second = string
      append(.text(first: false))
    }
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
      case .text(let first):
        if let text = first ? strings.first : strings.second { buffer.append(text) }
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
      text.append(part)
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
