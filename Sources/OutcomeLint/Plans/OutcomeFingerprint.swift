/// What duplicate detection knows about one outcome: a key for exact copies
/// and the set of its word 3-shingles, after folding case and replacing the
/// child's name and personal pronouns with one placeholder, so the same wording
/// copied into another child's plan still matches.
public struct OutcomeFingerprint: Sendable, Equatable {
  /// A hash of the whole normalised word sequence.
  public let exactKey: UInt64
  /// Hashes of every run of three consecutive words (or of each word, for
  /// outcomes under three words), sorted and unique.
  public let shingles: [UInt64]

  /// How many consecutive words make a shingle.
  public static let shingleWidth = 3

  /// Fingerprints `document`; `names` are the child's name parts, in lower case.
  public init(document: Document, names: Set<String>) {
    let namesAreASCII = names.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    var exact: UInt64 = 0x9E37_79B9_7F4A_7C15
    var shingles: [UInt64] = []
    shingles.reserveCapacity(document.tokens.count)
    var previous: (UInt64, UInt64) = (0, 0)
    var words = 0
    document.bytes.withUnsafeBufferPointer { bytes in
      for token in document.tokens where token.kind != .punctuation {
        let text = UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
        let word =
          token.isASCII && namesAreASCII
          ? Self.asciiWord(text, names: names) : Self.word(text, names: names)
        exact = Self.mix(exact ^ word)
        if words >= Self.shingleWidth - 1 {
          shingles.append(Self.mix(Self.mix(Self.mix(previous.0) &+ previous.1) &+ word))
        }
        previous = (previous.1, word)
        words += 1
      }
    }
    exactKey = exact
    if words < Self.shingleWidth {
      shingles = [previous.0, previous.1].suffix(words)
    }
    shingles.sort()
    var unique = 0
    for value in shingles where unique == 0 || shingles[unique - 1] != value {
      shingles[unique] = value
      unique += 1
    }
    shingles.removeLast(shingles.count - unique)
    self.shingles = shingles
  }

  /// The hash of a word token's text, folded to lower case (A-Z only), or
  /// ``personToken`` for a name part or pronoun.
  private static func word(_ text: UnsafeBufferPointer<UInt8>, names: Set<String>) -> UInt64 {
    let folded = text.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    let spelling = String(decoding: folded, as: UTF8.self)
    if names.contains(spelling) || pronouns.contains(spelling) { return personToken }
    return hash(folded)
  }

  /// ``word(_:names:)`` of an ASCII token when every name part is ASCII,
  /// comparing bytes instead of strings.
  private static func asciiWord(_ text: UnsafeBufferPointer<UInt8>, names: Set<String>)
    -> UInt64
  {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text {
      hash ^= UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    func isSpelling(_ spelling: String) -> Bool {
      guard spelling.utf8.count == text.count else { return false }
      for (offset, byte) in spelling.utf8.enumerated() {
        let letter = text[offset]
        if byte != (letter >= 0x41 && letter <= 0x5A ? letter | 0x20 : letter) { return false }
      }
      return true
    }
    if let pronoun = pronounHashes.firstIndex(of: hash), isSpelling(pronounList[pronoun]) {
      return personToken
    }
    return names.contains(where: isSpelling) ? personToken : hash
  }

  /// What a name part or pronoun counts as.
  private static let personToken = hash(Array("<person>".utf8))

  /// The Jaccard similarity of the two shingle sets (1 for identical wording).
  public func similarity(to other: OutcomeFingerprint) -> Double {
    if exactKey == other.exactKey { return 1 }
    var shared = 0
    var left = 0
    var right = 0
    while left < shingles.count && right < other.shingles.count {
      if shingles[left] == other.shingles[right] {
        shared += 1
        left += 1
        right += 1
      } else if shingles[left] < other.shingles[right] {
        left += 1
      } else {
        right += 1
      }
    }
    let union = shingles.count + other.shingles.count - shared
    return union == 0 ? 1 : Double(shared) / Double(union)
  }

  private static let pronounList = [
    "he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs", "himself",
    "herself", "themselves", "i", "me", "my", "mine", "myself",
  ]
  static let pronouns = Set(pronounList)
  private static let pronounHashes = pronounList.map { hash(Array($0.utf8)) }

  /// FNV-1a over `bytes`.
  static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// A 64-bit finaliser (splitmix64).
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
