/// Text a rewrite writes from a template ("Wrote '…' for '…'"), built by
/// string interpolation into one string reserved for the whole template up
/// front, rather than grown piece by piece.
struct DraftText: ExpressibleByStringInterpolation {
  /// The text written.
  let string: String

  init(stringLiteral value: String) {
    string = value
  }

  init(stringInterpolation: Interpolation) {
    string = stringInterpolation.text
  }

  /// Collects the template's pieces in a string with room for the literal
  /// text and a typical word or phrase per interpolation.
  struct Interpolation: StringInterpolationProtocol {
    fileprivate var text = ""

    init(literalCapacity: Int, interpolationCount: Int) {
      text.reserveCapacity(literalCapacity + 32 * interpolationCount)
    }

    mutating func appendLiteral(_ literal: String) {
      text.append(literal)
    }

    mutating func appendInterpolation(_ part: String) {
      text.append(part)
    }
  }
}
