import OutcomeLint

/// Renders results in one output format. Rendering one record depends on
/// that record alone, so workers render in parallel and the output is the
/// same at any thread count; the writer adds the header and footer.
public protocol Reporter: Sendable {
  /// Text written before the first record.
  var header: String { get }
  /// Renders the output for one input record.
  func render(_ result: RecordResult, into output: inout OutputBuffer)
  /// Renders the output for one input record, writing any rewrite in
  /// `workspace`, which a worker keeps from one record to the next.
  func render(
    _ result: RecordResult, into output: inout OutputBuffer,
    reusing workspace: inout RewriteWorkspace)
}

extension Reporter {
  public var header: String { "" }

  public func render(
    _ result: RecordResult, into output: inout OutputBuffer,
    reusing workspace: inout RewriteWorkspace
  ) {
    render(result, into: &output)
  }

  /// One record's output as bytes.
  public func rendered(_ result: RecordResult) -> [UInt8] {
    var output = OutputBuffer(handle: nil)
    render(result, into: &output)
    return output.bytes
  }
}
