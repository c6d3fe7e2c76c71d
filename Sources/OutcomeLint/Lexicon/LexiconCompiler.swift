/// Turns parsed lexicon entries into the shared term table and phrase trie,
/// tokenizing each phrase with the same ICU rules as outcome text.
enum LexiconCompiler {
  static func compile(_ entries: [[LexiconEntry]]) throws(LexiconErrors) -> Lexicons {
    let segmenter: Segmenter
    do {
      segmenter = try Segmenter()
    } catch {
      throw LexiconErrors(errors: [
        LexiconError(SourceLocation(file: "ICU", line: 0), error.description)
      ])
    }
    var terms = TermTable()
    var builder = PhraseTrieBuilder()
    var problems: [LexiconError] = []
    for kind in LexiconKind.allCases {
      let kindEntries = entries[kind.rawValue]
      var paths = [[TermID]](repeating: [], count: kindEntries.count)
      var letters = [Int](repeating: 0, count: kindEntries.count)
      var capitalsOnly = [Bool](repeating: true, count: kindEntries.count)
      do {
        try segmenter.forEachFoldedToken(ofPhrases: kindEntries.map(\.phrase)) {
          index, key, tokenKind, letterCase in
          if key.count == 1, key[0] == UInt8(ascii: "#") {
            paths[index].append(.anyNumber)
            return
          }
          paths[index].append(terms.intern(key))
          if tokenKind == .word {
            letters[index] += key.count
            if letterCase != .allCapitals { capitalsOnly[index] = false }
          }
        }
      } catch {
        problems.append(
          LexiconError(
            kindEntries.first?.location ?? SourceLocation(file: "ICU", line: 0),
            error.description))
        continue
      }
      for (index, entry) in kindEntries.enumerated() {
        let path = paths[index]
        guard !path.isEmpty else {
          problems.append(LexiconError(entry.location, "phrase has no words"))
          continue
        }
        if kind == .numberWords, let value = Double(entry.value), path.count == 1 {
          terms.setNumberValue(value, for: path[0])
        }
        guard kind.isMatchedInText else { continue }
        let payload = PhraseTrie.Payload(
          kind: kind, entry: Int32(index),
          requiresCapitals: capitalsOnly[index] && letters[index] >= 2)
        builder.insert(path, payload: payload)
      }
    }
    guard problems.isEmpty else { throw LexiconErrors(errors: problems) }
    let timeframes = entries[LexiconKind.timeframes.rawValue].map { entry in
      (try? TimeframeAnchorValue.parse(entry.value).get())
        ?? TimeframeAnchorValue(kind: .vague, horizon: .unknown)
    }
    return Lexicons(
      terms: terms, trie: builder.build(termCount: terms.count), entries: entries,
      timeframeValues: timeframes)
  }
}
