/// Base forms of verbs ("tells" -> "tell", "using" -> "use"), checked against
/// the verb lexicons so only real verbs change.
struct VerbForms {
  /// The lexicons whose single-word entries count as verbs.
  let lexicons: Lexicons

  /// Whether `word` is a one-word entry of the observable- or vague-verbs lexicon.
  func isVerb(_ word: String) -> Bool {
    var key = Array(word.lowercased().utf8)
    let term = key.withUnsafeMutableBufferPointer { lexicons.terms.lookup(UnsafeBufferPointer($0)) }
    return isVerb(term: term)
  }

  /// Whether token `index` of `document`, in lower case, is a verb
  /// (``isVerb(_:)``); an ASCII token's folded term is its lower case, so it
  /// is looked up without building a string.
  func isVerb(token index: Int, in document: Document) -> Bool {
    guard document.isASCIIToken(index) else { return isVerb(document.lowercasedWord(index)) }
    return isVerb(term: document.tokens[index].term)
  }

  private func isVerb(term: TermID) -> Bool {
    guard term != .unknown else { return false }
    // Read through a guaranteed reference: the trie's arrays are not retained.
    return Unmanaged.passUnretained(lexicons)._withUnsafeGuaranteedRef { lexicons in
      guard let node = lexicons.trie.child(of: PhraseTrie.root, term: term) else { return false }
      return lexicons.trie.payloads(at: node).contains {
        $0.kind == .observableVerbs || $0.kind == .vagueVerbs
      }
    }
  }

  /// The base form of a third-person "-s" verb, or nil when `word` is not one.
  func baseOfThirdPerson(_ word: String) -> String? {
    let lower = word.lowercased()
    guard lower.hasSuffix("s"), !lower.hasSuffix("ss") else { return nil }
    var candidates: [String] = []
    if lower.hasSuffix("ies") { candidates.append(String(lower.dropLast(3)) + "y") }
    if lower.hasSuffix("es") { candidates.append(String(lower.dropLast(2))) }
    candidates.append(String(lower.dropLast()))
    return candidates.first(where: isVerb)
  }

  /// The base form of an "-ing" verb, or nil when `word` is not one.
  func baseOfGerund(_ word: String) -> String? {
    let lower = word.lowercased()
    guard lower.hasSuffix("ing"), lower.count > 4 else { return nil }
    let stem = String(lower.dropLast(3))
    var candidates = [stem, stem + "e"]
    if let last = stem.last, stem.dropLast().last == last {
      candidates.append(String(stem.dropLast()))
    }
    return candidates.first(where: isVerb)
  }
}
