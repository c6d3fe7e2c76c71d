/// Folds a token's spelling into the key the term table is indexed by, and
/// reports its letter case, straight from UTF-8 bytes.
///
/// Folding lower-cases letters and maps typographic apostrophes (U+2018,
/// U+2019, U+02BC) to `'`, so "child’s" and "Child's" share one key.
enum CaseFolding {
  /// Writes the folded key of `segment` into `key` (cleared first) and returns
  /// the letter case of the original spelling.
  static func fold(_ segment: UnsafeBufferPointer<UInt8>, into key: inout [UInt8]) -> LetterCase {
    key.removeAll(keepingCapacity: true)
    key.append(contentsOf: segment)
    if let letterCase = key.withUnsafeMutableBufferPointer(foldASCIIInPlace) {
      return letterCase
    }
    key.removeAll(keepingCapacity: true)
    return foldUnicode(segment, into: &key)
  }

  /// Lower-cases ASCII letters in place and returns the letter case, or nil
  /// (leaving the bytes half-folded) when the text is not all ASCII.
  private static func foldASCIIInPlace(_ bytes: inout UnsafeMutableBufferPointer<UInt8>)
    -> LetterCase?
  {
    var counter = CaseCounter()
    for index in bytes.indices {
      guard bytes[index] < 0x80 else { return nil }
      bytes[index] = foldASCII(bytes[index], counting: &counter)
    }
    return counter.letterCase
  }

  /// An ASCII byte folded (A-Z lowered), counting it in `counter` when it is a letter.
  static func foldASCII(_ byte: UInt8, counting counter: inout CaseCounter) -> UInt8 {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
      counter.add(upper: true)
      return byte + 32
    case UInt8(ascii: "a")...UInt8(ascii: "z"):
      counter.add(upper: false)
      return byte
    default:
      return byte
    }
  }

  private static func foldUnicode(_ segment: UnsafeBufferPointer<UInt8>, into key: inout [UInt8])
    -> LetterCase
  {
    var counter = CaseFolder()
    let text = String(decoding: segment, as: UTF8.self)
    for scalar in text.unicodeScalars {
      counter.append(scalar, into: &key)
    }
    return counter.counter.letterCase
  }

  /// Lower-cases scalars one at a time while counting their case.
  private struct CaseFolder {
    var counter = CaseCounter()

    mutating func append(_ scalar: Unicode.Scalar, into key: inout [UInt8]) {
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{02BC}":
        key.append(UInt8(ascii: "'"))
        return
      default:
        break
      }
      let properties = scalar.properties
      if properties.isUppercase {
        counter.add(upper: true)
      } else if properties.isLowercase {
        counter.add(upper: false)
      }
      key.append(contentsOf: properties.lowercaseMapping.utf8)
    }
  }

  /// Tallies upper- and lower-case letters in order.
  struct CaseCounter {
    private var upper = 0
    private var lower = 0
    private var firstIsUpper: Bool?

    /// Counts one letter.
    mutating func add(upper isUpper: Bool) {
      if firstIsUpper == nil { firstIsUpper = isUpper }
      if isUpper { upper += 1 } else { lower += 1 }
    }

    /// The letter case of the letters counted so far.
    var letterCase: LetterCase {
      Self.letterCase(upper: upper, lower: lower, firstIsUpper: firstIsUpper == true)
    }

    /// The letter case of a spelling with `upper` upper-case and `lower`
    /// lower-case letters, whose first letter is upper case or not.
    static func letterCase(upper: Int, lower: Int, firstIsUpper: Bool) -> LetterCase {
      switch (upper, lower) {
      case (0, 0): return .none
      case (0, _): return .lower
      case (1, 0): return .singleCapital
      case (_, 0): return .allCapitals
      case (1, _) where firstIsUpper: return .capitalized
      default: return .mixed
      }
    }
  }
}
