import Foundation

/// Every lexicon, loaded once at start-up and compiled into one term table and
/// one phrase trie. Immutable and shared by all workers.
public final class Lexicons: Sendable {
  /// Every case-folded word any phrase uses.
  public let terms: TermTable
  let trie: PhraseTrie
  private let entries: [[LexiconEntry]]
  /// Every entry in one array, each lexicon's after the previous one's, so
  /// finding a match's entry takes no copy of a lexicon's array.
  private let allEntries: [LexiconEntry]
  /// Each entry's first value, in the order of `allEntries`: the rules
  /// compare these often, and most are short strings that copy for free.
  private let allValues: [String]
  /// Each entry's first value as a ``ValueClass``, in the order of `allEntries`.
  private let allValueClasses: [ValueClass]
  /// Where each lexicon's entries start in `allEntries`, by the kind's raw value.
  private let entryStarts: [Int]
  private let timeframeValues: [TimeframeAnchorValue]

  /// The entries of one lexicon, in load order (bundled first, then user folders).
  public func entries(of kind: LexiconKind) -> [LexiconEntry] { entries[kind.rawValue] }

  /// One entry of a lexicon, by the index a ``LexiconMatch`` carries.
  public func entry(_ index: Int32, of kind: LexiconKind) -> LexiconEntry {
    allEntries[entryStarts[kind.rawValue] + Int(index)]
  }

  /// The first value of one entry of a lexicon (see ``LexiconEntry/value``).
  public func value(_ index: Int32, of kind: LexiconKind) -> String {
    allValues[entryStarts[kind.rawValue] + Int(index)]
  }

  /// The class of the first value of one entry of a lexicon (see ``ValueClass``).
  public func valueClass(_ index: Int32, of kind: LexiconKind) -> ValueClass {
    allValueClasses[entryStarts[kind.rawValue] + Int(index)]
  }

  /// The parsed value of a `timeframes` entry.
  public func timeframeValue(_ index: Int32) -> TimeframeAnchorValue {
    timeframeValues[Int(index)]
  }

  /// Loads the bundled lexicons, then each user folder on top, in order.
  ///
  /// A user file named like a bundled one adds its entries (replacing a bundled
  /// entry with the same phrase) and removes the phrases it lists as `!phrase`.
  /// Every problem in every file is reported together.
  public static func load(userFolders: [URL] = []) throws(LexiconErrors) -> Lexicons {
    var files: [(path: String, contents: String)] = BundledLexicons.localeFiles
    var problems: [LexiconError] = []
    for folder in userFolders {
      do {
        files += try LexiconFolder.read(folder)
      } catch {
        problems += error.errors
      }
    }
    var merged: [[LexiconEntry]] = Array(repeating: [], count: LexiconKind.allCases.count)
    for file in files {
      switch LexiconFile.parse(contents: file.contents, path: file.path) {
      case .success(let parsed):
        merged[parsed.kind.rawValue] = Self.merge(parsed, into: merged[parsed.kind.rawValue])
      case .failure(let errors):
        problems += errors.errors
      }
    }
    guard problems.isEmpty else { throw LexiconErrors(errors: problems) }
    return try LexiconCompiler.compile(merged)
  }

  init(
    terms: TermTable, trie: PhraseTrie, entries: [[LexiconEntry]],
    timeframeValues: [TimeframeAnchorValue]
  ) {
    self.terms = terms
    self.trie = trie
    self.entries = entries
    allEntries = entries.flatMap { $0 }
    allValues = allEntries.map(\.value)
    allValueClasses = allValues.map(ValueClass.init(value:))
    entryStarts = entries.reduce(into: [0]) { starts, lexicon in
      starts.append(starts.last! + lexicon.count)
    }
    self.timeframeValues = timeframeValues
  }

  private static func merge(_ file: LexiconFile, into existing: [LexiconEntry]) -> [LexiconEntry] {
    let replaced = Set(file.entries.map { $0.phrase.lowercased() })
    let removed = Set(file.removals.map { $0.lowercased() })
    let kept = existing.filter {
      let key = $0.phrase.lowercased()
      return !replaced.contains(key) && !removed.contains(key)
    }
    return kept + file.entries
  }
}
