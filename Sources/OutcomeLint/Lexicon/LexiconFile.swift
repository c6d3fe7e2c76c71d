/// One parsed lexicon file: its kind, its entries, and the phrases it removes.
///
/// Format: UTF-8, one entry per line, `phrase<TAB>value<TAB>note`. A line
/// starting with `#` and holding no TAB is a comment (so an entry starting
/// with the number placeholder `#` must have a value column); the first line must be `# lexicon: NAME` where NAME is the
/// file name without `.tsv`. In a user's folder, a phrase written `!phrase`
/// removes that phrase from the bundled lexicon of the same name.
public struct LexiconFile: Sendable {
  /// Which lexicon the file holds.
  public let kind: LexiconKind
  /// The entries, in file order.
  public let entries: [LexiconEntry]
  /// Phrases (as written after `!`) to remove from earlier files of the same kind.
  public let removals: [String]

  /// Parses `contents` read from `path`, collecting every problem.
  public static func parse(contents: String, path: String) -> Result<LexiconFile, LexiconErrors> {
    var problems: [LexiconError] = []
    let fileName = path.split(separator: "/").last.map(String.init) ?? path
    let name = fileName.hasSuffix(".tsv") ? String(fileName.dropLast(4)) : fileName
    guard let kind = LexiconKind(name: name) else {
      let known = LexiconKind.allCases.map { $0.name + ".tsv" }.joined(separator: ", ")
      return .failure(
        LexiconErrors(errors: [
          LexiconError(
            SourceLocation(file: path, line: 1),
            "unknown lexicon '\(fileName)'; expected one of: \(known)")
        ]))
    }
    var entries: [LexiconEntry] = []
    var removals: [String] = []
    var seen: Set<String> = []
    seen.reserveCapacity(contents.utf8.count / 32)
    // The file is read as bytes: its separators (line feeds, tabs, spaces,
    // `|`) are all ASCII, and splitting the bytes rather than the characters
    // also keeps a Windows CR LF file to one line per line.
    let lines = Array(contents.utf8).split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (index, rawLine) in lines.enumerated() {
      let location = SourceLocation(file: path, line: index + 1)
      let line = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
      if index == 0 {
        let header = line.trimmingSpaces().text
        if header != "# lexicon: \(name)" {
          problems.append(
            LexiconError(location, "first line must be '# lexicon: \(name)', found '\(header)'"))
        }
        continue
      }
      if line.trimmingSpaces().isEmpty
        || (line.first == UInt8(ascii: "#") && !line.contains(UInt8(ascii: "\t")))
      {
        continue
      }
      let tab = UInt8(ascii: "\t")
      let columnCount = line.reduce(1) { $1 == tab ? $0 + 1 : $0 }
      guard columnCount <= 3 else {
        problems.append(
          LexiconError(location, "expected at most 3 tab-separated columns, found \(columnCount)")
        )
        continue
      }
      // The columns are found in place rather than split into a new array per line.
      let firstTab = line.firstIndex(of: tab) ?? line.endIndex
      let secondTab = line[firstTab...].dropFirst().firstIndex(of: tab) ?? line.endIndex
      let written = line[..<firstTab].trimmingSpaces()
      if written.first == UInt8(ascii: "!") {
        removals.append(written.dropFirst().trimmingSpaces().text)
        continue
      }
      guard !written.isEmpty else {
        problems.append(LexiconError(location, "empty phrase"))
        continue
      }
      let phrase = written.collapsingSpaces()
      guard seen.insert(phrase.lowercased()).inserted else {
        problems.append(LexiconError(location, "duplicate phrase '\(phrase)'"))
        continue
      }
      let valueBytes =
        firstTab < line.endIndex ? line[(firstTab + 1)..<secondTab].trimmingSpaces() : []
      let valueText = valueBytes.text
      if let problem = check(value: valueText, for: kind) {
        problems.append(LexiconError(location, problem.message))
        continue
      }
      let values =
        valueBytes.contains(UInt8(ascii: "|"))
        ? valueBytes.split(separator: UInt8(ascii: "|")).map { $0.trimmingSpaces().text }
        : valueBytes.isEmpty ? [] : [valueText]
      let note = secondTab < line.endIndex ? line[(secondTab + 1)...].trimmingSpaces().text : ""
      entries.append(LexiconEntry(phrase: phrase, values: values, note: note, location: location))
    }
    if lines.isEmpty || (lines.count == 1 && lines[0].isEmpty) {
      problems.append(LexiconError(SourceLocation(file: path, line: 1), "empty lexicon file"))
    }
    guard problems.isEmpty else { return .failure(LexiconErrors(errors: problems)) }
    return .success(LexiconFile(kind: kind, entries: entries, removals: removals))
  }

  private static func check(value: String, for kind: LexiconKind) -> LexiconValueProblem? {
    switch kind.valueFormat {
    case .alternatives(let required):
      return required && value.isEmpty
        ? LexiconValueProblem("missing value: this lexicon needs plain-English alternatives")
        : nil
    case .oneOf(let allowed):
      return allowed.contains(value)
        ? nil
        : LexiconValueProblem(
          "value '\(value)' is not one of: \(allowed.joined(separator: ", "))")
    case .number:
      return Double(value) == nil
        ? LexiconValueProblem("value '\(value)' is not a number") : nil
    case .timeframe:
      if case .failure(let problem) = TimeframeAnchorValue.parse(value) { return problem }
      return nil
    }
  }
}

extension ArraySlice<UInt8> {
  /// The bytes without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> ArraySlice<UInt8> {
    var slice = self
    while let first = slice.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
      slice = slice.dropFirst()
    }
    while let last = slice.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
      slice = slice.dropLast()
    }
    return slice
  }

  /// The bytes read as UTF-8 text.
  fileprivate var text: String { String(decoding: self, as: UTF8.self) }

  /// The bytes read as UTF-8 text, each run of spaces written as one.
  fileprivate func collapsingSpaces() -> String {
    let space = UInt8(ascii: " ")
    guard zip(self, dropFirst()).contains(where: { $0 == space && $1 == space }) else {
      return text
    }
    return split(separator: space).map(\.text).joined(separator: " ")
  }
}
