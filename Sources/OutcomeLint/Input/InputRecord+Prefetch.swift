import CProbe

extension InputRecord {
  /// Asks the processor to start loading what a worker reads first of the
  /// records after `records[index]`: the text of the next one and the object
  /// of the one after that (whose text it asks for in turn, one record on).
  ///
  /// A batch's records were made long before, on the reader thread, so they
  /// are seldom in this core's caches; the outcome being analysed meanwhile
  /// hides the wait. Only a hint: it changes no result.
  public static func prefetch(after index: Int, in records: borrowing [InputRecord]) {
    records.withUnsafeBufferPointer { records in
      if index &+ 2 < records.count {
        let object = UnsafeRawPointer(Unmanaged.passUnretained(records[index &+ 2]).toOpaque())
        cprobe_prefetch(object)
        cprobe_prefetch(object + cacheLine)
      }
      if index &+ 1 < records.count {
        Unmanaged.passUnretained(records[index &+ 1])._withUnsafeGuaranteedRef {
          $0.prefetchText()
        }
      }
    }
  }

  /// The size of the lines the processor loads memory in, in bytes.
  private static let cacheLine = 64

  /// Asks the processor to start loading the text's bytes, from the array's
  /// count before them to the last.
  private func prefetchText() {
    text?.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
      let first = UnsafeRawPointer(base) - Self.arrayHeader
      let last = UnsafeRawPointer(base + (bytes.count &- 1))
      var line = first
      while line <= last {
        cprobe_prefetch(line)
        line += Self.cacheLine
      }
      cprobe_prefetch(last)
    }
  }

  /// How far before its first element an array keeps its count, at most.
  private static let arrayHeader = 32
}
