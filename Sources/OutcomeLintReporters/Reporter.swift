import OutcomeLint

/// Writes results in one output format, one record at a time, in input order.
public protocol Reporter {
  /// Writes the output for one input record.
  mutating func write(_ result: RecordResult, to output: inout OutputBuffer)
  /// Writes anything that follows the last record.
  mutating func finish(to output: inout OutputBuffer)
}

extension Reporter {
  public mutating func finish(to output: inout OutputBuffer) {}
}
