import Foundation

/// Reads the dates plan documents state ("Date of birth: 01/02/2015",
/// "Date of plan: 3 March 2024") in the forms English plans write them, as
/// midnight UTC. Its formatters are made once, because making one (and
/// changing its format) costs far more than reading a date with it; they are
/// used one date at a time, under a lock, because a formatter must not
/// parse on two threads at once.
final class DocumentDates: @unchecked Sendable {
  /// The one reader, shared by every document reader.
  static let shared = DocumentDates()

  /// The formats tried, in order.
  static let formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy"]

  private let lock = NSLock()
  private let formatters: [DateFormatter]

  private init() {
    formatters = Self.formats.map { format in
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_GB")
      formatter.timeZone = TimeZone(identifier: "UTC")
      formatter.dateFormat = format
      return formatter
    }
  }

  /// The date `value` states in the first format that reads it, or nil.
  func date(_ value: String) -> Date? {
    lock.lock()
    defer { lock.unlock() }
    for formatter in formatters {
      if let date = formatter.date(from: value) { return date }
    }
    return nil
  }
}
