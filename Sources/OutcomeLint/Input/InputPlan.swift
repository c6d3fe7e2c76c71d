/// Everything needed to read a run's records: the sources in order and how
/// to decode them. Sendable, so the reader thread can build its own stream.
public struct InputPlan: Sendable {
  /// The sources, in reading order.
  public let sources: [InputSource]
  /// The JSON field (JSONL) or column (CSV) holding the outcome's text.
  public let textField: String
  /// Records longer than this many bytes become error records.
  public let maximumRecordBytes: Int

  /// Creates a plan.
  public init(sources: [InputSource], textField: String = "text", maximumRecordBytes: Int = 65_536)
  {
    self.sources = sources
    self.textField = textField
    self.maximumRecordBytes = maximumRecordBytes
  }

  /// A stream over every source in turn.
  public func makeStream() -> any RecordStream {
    PlanRecordStream(plan: self)
  }

  /// The decoder for one line format.
  func decoder(_ format: RecordDecoder.LineFormat) -> RecordDecoder {
    RecordDecoder(format: format, textField: textField, maximumBytes: maximumRecordBytes)
  }
}
