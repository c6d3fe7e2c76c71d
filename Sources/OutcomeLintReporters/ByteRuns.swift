/// A fixed table of byte runs (JSON fragments a reporter writes over and
/// over), laid end to end in memory that is never freed: made once per
/// program, and read without counting references. Sendable though it holds
/// pointers: what they point to is never changed.
struct ByteRuns: @unchecked Sendable {
  /// The runs' bytes, one after another.
  private let bytes: UnsafePointer<UInt8>
  /// Where each run starts in ``bytes``; run `i` ends where run `i + 1` starts.
  private let starts: UnsafePointer<Int>
  /// How many runs there are.
  let count: Int
  /// The length of the longest run.
  let longest: Int

  /// A table of `runs`, in order.
  init(_ runs: [[UInt8]]) {
    self.init(count: runs.count) { index, bytes in bytes += runs[index] }
  }

  /// A table of `count` runs, run `index` being what `append` appends for it.
  init(count: Int, _ append: (_ index: Int, _ bytes: inout [UInt8]) -> Void) {
    var joined: [UInt8] = []
    let starts = UnsafeMutablePointer<Int>.allocate(capacity: count + 1)
    var longest = 0
    for index in 0..<count {
      starts[index] = joined.count
      append(index, &joined)
      longest = max(longest, joined.count - starts[index])
    }
    starts[count] = joined.count
    let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(joined.count, 1))
    bytes.initialize(from: joined, count: joined.count)
    self.bytes = UnsafePointer(bytes)
    self.starts = UnsafePointer(starts)
    self.count = count
    self.longest = longest
  }

  /// The run at `index`.
  @inline(__always)
  subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
    precondition(index >= 0 && index < count)
    return UnsafeBufferPointer(
      start: bytes + starts[index], count: starts[index + 1] - starts[index])
  }
}
