/// A source of input records read one at a time, in input order. Streams
/// live on the single thread that reads them.
public protocol RecordStream {
  /// The next record, or nil when the input is exhausted.
  mutating func next() -> InputRecord?
}
