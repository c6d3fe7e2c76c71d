/// A worker's reader of the words the plan checks link on: it reads each word
/// token of a document once (its lower-case spelling without a possessive
/// "'s", and its id in the ``PlanVocabulary``), then gives the content words
/// and theme mentions of any of the document's tokens. An ASCII word is
/// handled as bytes; a string is made only for a content word. The reader
/// keeps its arrays from one document to the next.
struct PlanWordReader {
  /// Each token's vocabulary id (-1: outside the vocabulary, or not a word).
  private var ids: [Int32] = []
  /// Each ASCII word token's lower-case spelling, as a range of `lowered`;
  /// for another word token, `starts` holds -1 less its index in `others`.
  private var starts: [Int32] = []
  private var ends: [Int32] = []
  private var lowered: [UInt8] = []
  /// The lower-case spellings of the word tokens that are not ASCII.
  private var others: [String] = []
  /// Stems already taken, while collecting content words.
  private var seen: Set<String> = []
  /// Word token indices, while finding theme mentions.
  private var wordIndices: [Int] = []

  /// Reads every word token of `document`.
  mutating func read(_ document: Document, vocabulary: PlanVocabulary) {
    let count = document.tokens.count
    ids.removeAll(keepingCapacity: true)
    starts.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    lowered.removeAll(keepingCapacity: true)
    others.removeAll(keepingCapacity: true)
    ids.reserveCapacity(count)
    starts.reserveCapacity(count)
    ends.reserveCapacity(count)
    lowered.reserveCapacity(document.bytes.count)
    for index in 0..<count {
      let token = document.tokens[index]
      guard token.kind == .word else {
        ids.append(-1)
        starts.append(0)
        ends.append(0)
        continue
      }
      guard token.isASCII else {
        let word = PlanWord.lowercasedWord(at: index, in: document)
        ids.append(vocabulary.words.id(of: word))
        starts.append(-1 - Int32(others.count))
        ends.append(0)
        others.append(word)
        continue
      }
      let start = lowered.count
      document.bytes.withUnsafeBufferPointer {
        lowered.append(
          contentsOf: UnsafeBufferPointer(rebasing: $0[Int(token.start)..<Int(token.end)]))
      }
      lowered.withUnsafeMutableBufferPointer { lowered in
        for offset in start..<lowered.count
        where lowered[offset] >= UInt8(ascii: "A") && lowered[offset] <= UInt8(ascii: "Z") {
          lowered[offset] |= 0x20
        }
      }
      if lowered.count - start >= 2 && lowered[lowered.count - 1] == UInt8(ascii: "s")
        && lowered[lowered.count - 2] == UInt8(ascii: "'")
      {
        lowered.removeLast(2)
      }
      starts.append(Int32(start))
      ends.append(Int32(lowered.count))
      ids.append(
        lowered.withUnsafeBufferPointer {
          vocabulary.words.id(ofASCII: UnsafeBufferPointer(rebasing: $0[start..<lowered.count]))
        })
    }
  }

  /// The content words of `tokens` of the document last read: words that are
  /// not stop words, stemmed, each stem once, in text order, leaving out
  /// `names` (the child's name parts, in lower case).
  mutating func contentWords(
    of document: Document, tokens: some Sequence<Int>, names: Set<String>,
    vocabulary: PlanVocabulary
  ) -> [PlanWord] {
    seen.removeAll(keepingCapacity: true)
    var words: [PlanWord] = []
    words.reserveCapacity(16)
    for index in tokens where document.tokens[index].kind == .word {
      let start = Int(starts[index])
      let word: String
      let stem: String
      if start >= 0 {
        let end = Int(ends[index])
        guard
          let found = lowered.withUnsafeBufferPointer({ lowered in
            Self.asciiContentWord(
              UnsafeBufferPointer(rebasing: lowered[start..<end]), id: ids[index],
              vocabulary: vocabulary)
          })
        else { continue }
        (word, stem) = found
      } else {
        word = others[-1 - start]
        guard word.count > 1, word.contains(where: \.isLetter), !vocabulary.isStopWord(word)
        else { continue }
        stem = vocabulary.stem(word)
        guard !vocabulary.isStopWord(stem) else { continue }
      }
      // A plan names one child, so a scan of the name parts beats hashing the word.
      guard seen.insert(stem).inserted, !names.contains(where: { $0 == word }) else { continue }
      words.append(PlanWord(word: word, stem: stem))
    }
    return words
  }

  /// An ASCII word and its stem, unless it is too short, has no letter, or
  /// it or its stem is a stop word.
  private static func asciiContentWord(
    _ word: UnsafeBufferPointer<UInt8>, id: Int32, vocabulary: PlanVocabulary
  ) -> (word: String, stem: String)? {
    guard word.count > 1,
      word.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
      !vocabulary.isStopWord(id: id)
    else { return nil }
    let (stem, isStopWord) = vocabulary.stem(ofASCII: word, id: id)
    guard !isStopWord else { return nil }
    return (String(decoding: word, as: UTF8.self), stem)
  }

  /// The themes the words at `tokens` of the document last read show, in
  /// text order: at each word the longest thread-themes phrase starting there
  /// (its words are then passed over). Punctuation between a phrase's words
  /// is ignored.
  mutating func themeMentions(
    in document: Document, tokens: some Sequence<Int>, vocabulary: PlanVocabulary
  ) -> [ThemeMention] {
    wordIndices.removeAll(keepingCapacity: true)
    for index in tokens where document.tokens[index].kind == .word { wordIndices.append(index) }
    var mentions: [ThemeMention] = []
    var position = 0
    while position < wordIndices.count {
      let match = vocabulary.phrases(startingWith: ids[wordIndices[position]]).first { phrase in
        guard position + phrase.words.count <= wordIndices.count else { return false }
        for (offset, word) in phrase.words.enumerated()
        where ids[wordIndices[position + offset]] != word {
          return false
        }
        return true
      }
      guard let match else {
        position += 1
        continue
      }
      let span = document.span(
        ofTokens: wordIndices[position]..<(wordIndices[position + match.words.count - 1] + 1))
      mentions.append(ThemeMention(theme: match.theme, words: document.text(span)))
      position += match.words.count
    }
    return mentions
  }
}
