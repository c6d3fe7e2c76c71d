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
  private let handle: OpaquePointer
  private var boundaries: [Int32] = Array(repeating: 0, count: 256)
  private var statuses: [Int32] = Array(repeating: 0, count: 256)

  /// Opens an iterator of the given kind for British English.
  init(kind: CICUBreakKind) throws(SegmentationError) {
    var error: Int32 = 0
    guard let handle = cicu_break_open(kind, "en_GB", &error) else {
      throw SegmentationError(code: error, operation: "opening a break iterator")
    }
    self.handle = handle
  }

  deinit { cicu_break_close(handle) }

  /// Calls `body(end, status)` for each segment of `bytes`, in order. The
  /// segment starts where the previous one ended (the first at 0).
  func forEachSegment(
    of bytes: UnsafeBufferPointer<UInt8>, _ body: (Int32, Int32) -> Void
  ) throws(SegmentationError) {
    let status = cicu_break_set_text(handle, bytes.baseAddress, Int64(bytes.count))
    guard status <= 0 else {
      throw SegmentationError(code: status, operation: "setting the text")
    }
    let capacity = Int32(boundaries.count)
    while true {
      let count = boundaries.withUnsafeMutableBufferPointer { ends in
        statuses.withUnsafeMutableBufferPointer { rules in
          cicu_break_next_batch(handle, ends.baseAddress, rules.baseAddress, capacity)
        }
      }
      for index in 0..<Int(count) {
        body(boundaries[index], statuses[index])
      }
      if count < capacity { break }
    }
  }
}
