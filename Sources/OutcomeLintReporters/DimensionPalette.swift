import OutcomeLint

/// One colour and one marker letter per dimension, so a trainer can see at a
/// glance which words weaken which dimension, in colour or without it.
public struct DimensionPalette: Sendable {
  /// Whether escape codes are written.
  public let enabled: Bool

  /// Creates a palette; `enabled` turns on ANSI colours.
  public init(enabled: Bool) { self.enabled = enabled }

  /// The letter marking the dimension's words in plain text.
  public static func letter(_ dimension: Dimension) -> Character {
    switch dimension {
    case .timeframe: "T"
    case .measurable: "M"
    case .specific: "S"
    case .provision: "P"
    case .perspective: "V"
    case .purpose: "W"
    case .realistic: "R"
    case .clarity: "C"
    }
  }

  /// `text` in the dimension's colour.
  public func paint(_ text: String, _ dimension: Dimension) -> String {
    paint(text, code: Self.code(dimension))
  }

  /// `text` in an ANSI colour given by its SGR code ("32" green, "31" red, "2" dim, "1" bold).
  public func paint(_ text: String, code: String) -> String {
    guard enabled, !text.isEmpty else { return text }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }

  /// A tick or cross, green or red.
  public func mark(_ pass: Bool) -> String {
    pass ? paint("✓", code: "32") : paint("✗", code: "31")
  }

  private static func code(_ dimension: Dimension) -> String {
    switch dimension {
    case .timeframe: "36"
    case .measurable: "33"
    case .specific: "35"
    case .provision: "31"
    case .perspective: "34"
    case .purpose: "32"
    case .realistic: "91"
    case .clarity: "96"
    }
  }
}
