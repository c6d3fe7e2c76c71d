/// What a writer needs to know of one record besides its rendered output:
/// where it came from and, when it could not be read, why. Small enough to
/// pass from a worker to the writer.
public struct RecordDigest: Sendable {
  /// Where the record came from, for error messages.
  public let source: String
  /// Its line.
  public let line: Int
  /// Why it could not be read.
  public let error: String?

  /// Digests a result.
  public init(_ result: RecordResult) {
    switch result {
    case .analyzed(let record, _):
      source = record.source
      line = record.line
      error = nil
    case .failed(let record, let message):
      source = record.source
      line = record.line
      error = message
    }
  }
}
