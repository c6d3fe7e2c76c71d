import Foundation

/// A one-line progress display on standard error: records, records per
/// second, MB per second and, when the input size is known, an ETA.
struct ProgressBar {
  private let totalBytes: Int?
  private let start = Date()
  private var lastDraw = Date.distantPast
  private var drawn = false

  /// Creates a bar; `totalBytes` is the input's size when known.
  init(totalBytes: Int?) {
    self.totalBytes = totalBytes
  }

  /// Redraws at most five times a second.
  mutating func update(records: Int, bytes: Int) {
    let now = Date()
    guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
    lastDraw = now
    let elapsed = max(now.timeIntervalSince(start), 0.001)
    let rate = Double(records) / elapsed
    let megabytes = Double(bytes) / 1_048_576 / elapsed
    var line =
      "\(records) records · \(Int(rate)) records/s · \(String(format: "%.1f", megabytes)) MB/s"
    if let totalBytes, totalBytes > 0, bytes > 0 {
      let remaining = Double(max(0, totalBytes - bytes)) / (Double(bytes) / elapsed)
      let percent = min(100, Int(Double(bytes) * 100 / Double(totalBytes)))
      line += " · \(percent)% · ETA \(Int(remaining.rounded())) s"
    }
    FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    drawn = true
  }

  /// Clears the line.
  func finish() {
    guard drawn else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
