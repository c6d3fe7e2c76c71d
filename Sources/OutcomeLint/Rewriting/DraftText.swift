/// Text a rewrite writes from a template ("Wrote '…' for '…'"), built by
/// string interpolation into room reserved for the interpolated parts too,
/// so it is made in one allocation rather than grown as it is written.
struct DraftText: ExpressibleByStringInterpolation {
  /// The text written.
  let string: String

  init(stringLiteral value: String) {
    string = value
  }

  init(stringInterpolation: Interpolation) {
    string = stringInterpolation.text
  }

  /// Collects the template's pieces.
  struct Interpolation: StringInterpolationProtocol {
    /// Room reserved for each interpolated part, enough for most quotes.
    private static let partRoom = 32
    fileprivate var text = ""

    init(literalCapacity: Int, interpolationCount: Int) {
      text.reserveCapacity(literalCapacity + interpolationCount * Self.partRoom)
    }

    mutating func appendLiteral(_ literal: String) {
      text += literal
    }

    mutating func appendInterpolation(_ part: String) {
      text += part
    }
  }
}
