/// One line of a lexicon: a phrase, its value column and an optional note.
///
/// A class, so that the many lexicon hits an outcome produces share each
/// entry by one reference instead of copying its strings; immutable, so
/// sharing it across threads is safe.
public final class LexiconEntry: Sendable, Equatable {
  /// The phrase as written in the file.
  public let phrase: String
  /// The value column split on `|` (plain-English alternatives, or a class).
  public let values: [String]
  /// The free-text note column.
  public let note: String
  /// Where the entry was read from.
  public let location: SourceLocation

  /// Creates an entry.
  public init(phrase: String, values: [String], note: String, location: SourceLocation) {
    self.phrase = phrase
    self.values = values
    value = values.first ?? ""
    self.note = note
    self.location = location
  }

  /// The first value, or an empty string (kept, as rules compare it often).
  public let value: String

  public static func == (lhs: LexiconEntry, rhs: LexiconEntry) -> Bool {
    lhs.phrase == rhs.phrase && lhs.values == rhs.values && lhs.note == rhs.note
      && lhs.location == rhs.location
  }
}

/// A file and 1-based line number, for messages.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
  /// The file's path as given (or `lexicons/...` for bundled files).
  public let file: String
  /// The 1-based line number.
  public let line: Int

  /// Creates a location.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  public var description: String { "\(file):\(line)" }
}
