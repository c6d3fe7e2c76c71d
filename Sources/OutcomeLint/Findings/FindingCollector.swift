/// Gathers the findings of one rule at a time, stamping each with the rule's
/// id, dimension, severity and guidance so rules only say what and where.
public struct FindingCollector: Sendable {
  private(set) var findings: [Finding] = []
  /// The stamp of the rule being run. Unowned: the engine holds every stamp
  /// for longer than a collection runs, and a strong reference here would
  /// count references, per rule and outcome, to objects all workers share.
  private unowned(unsafe) var current: RuleStamp?

  /// Creates an empty collector.
  public init() {}

  /// Starts collecting for the rule `stamp` describes.
  mutating func begin(_ stamp: RuleStamp) {
    current = stamp
  }

  /// Reports a finding of the current rule.
  public mutating func report(_ message: String, at span: TextSpan, suggestion: String? = nil) {
    guard let stamp = current else { preconditionFailure("report outside a rule") }
    findings.append(Finding(stamp: stamp, message: message, span: span, suggestion: suggestion))
  }

  /// Takes the findings, sorted by position then rule id, and empties the
  /// collector. The findings are sorted in place and handed over, so none is
  /// copied; the collector starts the next outcome with fresh storage.
  mutating func take() -> [Finding] {
    findings.sort { first, second in
      if first.span.start != second.span.start { return first.span.start < second.span.start }
      if first.span.end != second.span.end { return first.span.end < second.span.end }
      return first.rule < second.rule
    }
    defer {
      findings = []
      findings.reserveCapacity(Self.typicalCount)
    }
    return findings
  }

  /// Room for an outcome's findings reserved up front: most have fewer.
  private static let typicalCount = 8
}
