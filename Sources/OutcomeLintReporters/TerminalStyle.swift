/// ANSI colours for terminal output, or plain text when disabled.
public struct TerminalStyle: Sendable {
  /// The colours and emphases used.
  public enum Color: String, Sendable {
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
    case bold = "1"
    case dim = "2"
  }

  /// Whether escape codes are written.
  public let enabled: Bool

  /// Creates a style.
  public init(enabled: Bool) { self.enabled = enabled }

  /// `text` in `color`, optionally underlined.
  public func paint(_ text: String, _ color: Color, underline: Bool = false) -> String {
    guard enabled else { return text }
    let codes = underline ? "\(color.rawValue);4" : color.rawValue
    return "\u{1B}[\(codes)m\(text)\u{1B}[0m"
  }
}
