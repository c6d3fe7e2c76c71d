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
    let personToken = Self.hash(Array("<person>".utf8))
    var words: [UInt64] = []
    words.reserveCapacity(document.tokens.count)
    var folded: [UInt8] = []
    for token in document.tokens where token.kind != .punctuation {
      folded.removeAll(keepingCapacity: true)
      for byte in document.bytes[Int(token.start)..<Int(token.end)] {
        folded.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
      }
      let text = String(decoding: folded, as: UTF8.self)
      if names.contains(text) || Self.pronouns.contains(text) {
        words.append(personToken)
      } else {
        words.append(Self.hash(folded))
      }
    }
    var exact: UInt64 = 0x9E37_79B9_7F4A_7C15
    for word in words { exact = Self.mix(exact ^ word) }
    exactKey = exact
    var shingles: [UInt64] = []
    if words.count < Self.shingleWidth {
      shingles = words
    } else {
      for start in 0...(words.count - Self.shingleWidth) {
        var value: UInt64 = 0
        for word in words[start..<(start + Self.shingleWidth)] {
          value = Self.mix(value &+ word)
        }
        shingles.append(value)
      }
    }
    self.shingles = Array(Set(shingles)).sorted()
  }

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

  static let pronouns: Set<String> = [
    "he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs", "himself",
    "herself", "themselves", "i", "me", "my", "mine", "myself",
  ]

  /// FNV-1a over `bytes`.
  static func hash(_ bytes: [UInt8]) -> UInt64 {
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
