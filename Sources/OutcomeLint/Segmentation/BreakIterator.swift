import CICUBreak

/// An error from ICU while opening or using a break iterator.
public struct SegmentationError: Error, CustomStringConvertible, Sendable {
  /// ICU's `UErrorCode`.
  public let code: Int32
  /// What was being done.
  public let operation: String

  public var description: String { "ICU \(operation) failed with error \(code)" }
}

/// One ICU break iterator and its UTF-8 text handle, owned by a single worker.
///
/// Opened once (or cloned from a prototype) and re-pointed at each outcome
/// with ``setText(_:)``; never shared between threads.
final class BreakIterator {
  private static let batchSize = 256
  private let handle: OpaquePointer
  /// Scratch for a batch of boundaries and their rule statuses, filled by C.
  /// Plain buffers, not arrays, so reading them costs no exclusivity check.
  private let boundaries = UnsafeMutableBufferPointer<Int32>.allocate(capacity: batchSize)
  private let statuses = UnsafeMutableBufferPointer<Int32>.allocate(capacity: batchSize)
  /// Scratch for a batch that leaves segments out, so gives their starts too.
  private let segments = UnsafeMutableBufferPointer<CICUSegment>.allocate(capacity: batchSize)

  /// Opens an iterator of the given kind for British English.
  init(kind: CICUBreakKind) throws(SegmentationError) {
    var error: Int32 = 0
    guard let handle = cicu_break_open(kind, "en_GB", &error) else {
      boundaries.deallocate()
      statuses.deallocate()
      segments.deallocate()
      throw SegmentationError(code: error, operation: "opening a break iterator")
    }
    self.handle = handle
  }

  deinit {
    cicu_break_close(handle)
    boundaries.deallocate()
    statuses.deallocate()
    segments.deallocate()
  }

  /// Calls `body(segments)` for each batch of segments of `bytes`, in
  /// order, leaving out single spaces (see `cicu_break_next_segments`). The
  /// buffer is valid only during the call.
  func forEachBatchSkippingSpaces(
    of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<CICUSegment>) -> Void
  ) throws(SegmentationError) {
    try setText(bytes)
    let capacity = Int32(Self.batchSize)
    while true {
      let count = cicu_break_next_segments(handle, segments.baseAddress, capacity)
      body(UnsafeBufferPointer(rebasing: segments[..<Int(count)]))
      if count < capacity { break }
    }
  }

  /// Calls `body(end, status)` for each segment of `bytes`, in order. The
  /// segment starts where the previous one ended (the first at 0).
  func forEachSegment(
    of bytes: UnsafeBufferPointer<UInt8>, _ body: (Int32, Int32) -> Void
  ) throws(SegmentationError) {
    try setText(bytes)
    let capacity = Int32(Self.batchSize)
    while true {
      let count = cicu_break_next_batch(
        handle, boundaries.baseAddress, statuses.baseAddress, capacity)
      for index in 0..<Int(count) {
        body(boundaries[index], statuses[index])
      }
      if count < capacity { break }
    }
  }

  /// Points the iterator at `bytes`.
  private func setText(_ bytes: UnsafeBufferPointer<UInt8>) throws(SegmentationError) {
    let status = cicu_break_set_text(handle, bytes.baseAddress, Int64(bytes.count))
    guard status <= 0 else {
      throw SegmentationError(code: status, operation: "setting the text")
    }
  }
}
