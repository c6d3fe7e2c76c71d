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

  /// Reports a finding of the current rule, taking its message and suggestion
  /// rather than copying them.
  public mutating func report(
    _ message: consuming String, at span: TextSpan, suggestion: consuming String? = nil
  ) {
    guard let stamp = current else { preconditionFailure("report outside a rule") }
    findings.append(Finding(stamp: stamp, message: message, span: span, suggestion: suggestion))
  }

  /// Empties the collector for a new outcome. Its storage is shared with the
  /// findings ``take()`` last handed over; once that outcome's report is
  /// gone the storage is held only here again and is reused, not reallocated.
  mutating func startOutcome() {
    findings = .recycled(from: &findings)
  }

  /// The findings, sorted by position then rule id, sorted in place and
  /// handed over sharing the collector's storage, so none is copied.
  mutating func take() -> [Finding] {
    findings.sort { first, second in
      if first.span.start != second.span.start { return first.span.start < second.span.start }
      if first.span.end != second.span.end { return first.span.end < second.span.end }
      return first.rule < second.rule
    }
    return findings
  }
}
