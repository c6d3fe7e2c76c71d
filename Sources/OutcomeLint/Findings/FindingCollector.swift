/// Gathers the findings of one rule at a time, stamping each with the rule's
/// id, dimension, severity and guidance so rules only say what and where.
/// Writes the findings' messages and suggestions into a block of bytes of
/// its own (see ``FindingTexts``), reused from outcome to outcome.
public struct FindingCollector: Sendable {
  private(set) var findings: [Finding] = []
  /// The stamp of the rule being run. Unowned: the engine holds every stamp
  /// for longer than a collection runs, and a strong reference here would
  /// count references, per rule and outcome, to objects all workers share.
  private unowned(unsafe) var current: RuleStamp?
  /// Where the texts of findings are written.
  private var texts = FindingTexts(capacity: 0)
  /// How many bytes of ``texts`` are written.
  private var textsCount = 0

  /// How many bytes of texts a new block has room for, at least.
  private static let blockCapacity = 4096

  /// Creates an empty collector.
  public init() {}

  /// Starts collecting for the rule `stamp` describes.
  mutating func begin(_ stamp: RuleStamp) {
    current = stamp
  }

  /// Reports a finding of the current rule.
  public mutating func report(_ message: String, at span: TextSpan, suggestion: String? = nil) {
    let messageCount = message.utf8.count
    report(at: span, messageCount: messageCount, suggestionCount: suggestion?.utf8.count) {
      start in
      FindingTexts.copy(message, to: start)
      if let suggestion { FindingTexts.copy(suggestion, to: start + messageCount) }
    }
  }

  /// Reports a finding of the current rule whose message of `messageCount`
  /// UTF-8 bytes and suggestion of `suggestionCount` (none when nil) `write`
  /// writes, exactly, one after the other from the start it is handed, so
  /// that no string need be made for them.
  public mutating func report(
    at span: TextSpan, messageCount: Int, suggestionCount: Int?,
    writingTexts write: (UnsafeMutablePointer<UInt8>) -> Void
  ) {
    guard let stamp = current else { preconditionFailure("report outside a rule") }
    let count = messageCount + (suggestionCount ?? 0)
    if texts.capacity - textsCount < count {
      texts = FindingTexts(capacity: max(Self.blockCapacity, count))
      textsCount = 0
    }
    let start = texts.base + textsCount
    write(start)
    textsCount += count
    let message = UnsafeBufferPointer(start: start, count: messageCount)
    let suggestion = suggestionCount.map {
      UnsafeBufferPointer(start: start + messageCount, count: $0)
    }
    findings.append(
      Finding(stamp: stamp, texts: texts, message: message, span: span, suggestion: suggestion))
  }

  /// Empties the collector for a new outcome. Its storage is shared with the
  /// findings ``take()`` last handed over; once that outcome's report is
  /// gone the storage is held only here again and is reused, not reallocated.
  mutating func startOutcome() {
    findings = .recycled(from: &findings)
    if isKnownUniquelyReferenced(&texts) { textsCount = 0 }
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
