/// One judgement about an outcome, with its reason and where it applies.
/// Sendable though it holds pointers: they point into texts it holds alive
/// and that are never changed (see ``FindingTexts``).
public struct Finding: @unchecked Sendable, Equatable {
  /// What the finding shares with every other finding of its rule, held
  /// without a counted reference: stamps are never freed (see
  /// ``RuleStamp``), so copying, reading and dropping findings counts no
  /// references to them.
  @usableFromInline let stampReference: Unmanaged<RuleStamp>
  /// Holds the bytes of the message and suggestion.
  private let texts: FindingTexts
  /// The message in UTF-8, in storage the finding holds: valid while the
  /// finding (or a copy of it) is, for reading in place.
  public let messageUTF8: UnsafeBufferPointer<UInt8>
  /// The suggestion in UTF-8, if any, valid as ``messageUTF8`` is.
  public let suggestionUTF8: UnsafeBufferPointer<UInt8>?
  /// The UTF-8 byte span it applies to.
  public let span: TextSpan

  /// What was found, naming the words ("Provision described as the outcome: 'will receive'").
  public var message: String { String(decoding: messageUTF8, as: UTF8.self) }
  /// What to write instead, when there is something concrete to suggest.
  public var suggestion: String? { suggestionUTF8.map { String(decoding: $0, as: UTF8.self) } }
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

  /// A finding of the rule `stamp` describes, its message and suggestion
  /// being bytes `texts` holds.
  init(
    stamp: RuleStamp, texts: FindingTexts, message: UnsafeBufferPointer<UInt8>, span: TextSpan,
    suggestion: UnsafeBufferPointer<UInt8>?
  ) {
    stampReference = Unmanaged.passUnretained(stamp)
    self.texts = texts
    messageUTF8 = message
    self.span = span
    suggestionUTF8 = suggestion
  }

  /// A finding of the rule `stamp` describes.
  init(stamp: RuleStamp, message: String, span: TextSpan, suggestion: String?) {
    let messageCount = message.utf8.count
    let suggestionCount = suggestion?.utf8.count
    let texts = FindingTexts(capacity: messageCount + (suggestionCount ?? 0))
    FindingTexts.copy(message, to: texts.base)
    if let suggestion { FindingTexts.copy(suggestion, to: texts.base + messageCount) }
    self.init(
      stamp: stamp, texts: texts,
      message: UnsafeBufferPointer(start: texts.base, count: messageCount),
      span: span,
      suggestion: suggestionCount.map {
        UnsafeBufferPointer(start: texts.base + messageCount, count: $0)
      })
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
