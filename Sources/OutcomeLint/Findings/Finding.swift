/// One judgement about an outcome, with its reason and where it applies.
public struct Finding: Sendable, Equatable {
  /// What the finding shares with every other finding of its rule, held
  /// without a counted reference: stamps are never freed (see
  /// ``RuleStamp``), so copying, reading and dropping findings counts no
  /// references to them.
  @usableFromInline let stampReference: Unmanaged<RuleStamp>
  /// What was found, naming the words ("Provision described as the outcome: 'will receive'").
  public let message: String
  /// The UTF-8 byte span it applies to.
  public let span: TextSpan
  /// What to write instead, when there is something concrete to suggest.
  public let suggestion: String?

  /// What the finding shares with every other finding of its rule.
  public var stamp: RuleStamp { stampReference.takeUnretainedValue() }
  /// The rule's id.
  @inlinable public var rule: String { withStamp { $0.id } }
  /// The dimension it counts against.
  @inlinable public var dimension: Dimension { withStamp { $0.dimension } }
  /// How serious it is.
  @inlinable public var severity: Severity { withStamp { $0.severity } }
  /// The guidance it traces to.
  @inlinable public var guidance: String { withStamp { $0.guidance } }

  /// Calls `body` with the finding's stamp, lent without counting a reference.
  @inlinable @inline(__always)
  public func withStamp<Result>(_ body: (RuleStamp) -> Result) -> Result {
    stampReference._withUnsafeGuaranteedRef(body)
  }

  /// A finding of the rule `stamp` describes.
  init(stamp: RuleStamp, message: String, span: TextSpan, suggestion: String?) {
    stampReference = Unmanaged.passUnretained(stamp)
    self.message = message
    self.span = span
    self.suggestion = suggestion
  }

  /// A finding of rule `rule`, described in full.
  init(
    rule: String, dimension: Dimension, severity: Severity, message: String, span: TextSpan,
    suggestion: String?, guidance: String
  ) {
    self.init(
      stamp: .stamp(id: rule, dimension: dimension, severity: severity, guidance: guidance),
      message: message, span: span, suggestion: suggestion)
  }

  public static func == (lhs: Finding, rhs: Finding) -> Bool {
    lhs.rule == rhs.rule && lhs.dimension == rhs.dimension && lhs.severity == rhs.severity
      && lhs.message == rhs.message && lhs.span == rhs.span && lhs.suggestion == rhs.suggestion
      && lhs.guidance == rhs.guidance
  }
}
