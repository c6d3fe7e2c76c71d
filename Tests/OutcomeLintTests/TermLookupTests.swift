import OutcomeLintTestSupport
import Testing

@testable import OutcomeLint

/// The term table's one-pass ASCII lookup (a word at a time for up to 16
/// bytes, a byte at a time beyond) agrees with folding the bytes first and
/// looking the key up, for every known term in odd letter cases and for
/// random ASCII spellings.
@Suite struct TermLookupTests {
  private let terms = TestEngine.shared.lexicons.terms

  private func expectSameAsFolding(_ spelling: [UInt8]) {
    var key: [UInt8] = []
    let letterCase = spelling.withUnsafeBufferPointer { CaseFolding.fold($0, into: &key) }
    let expected = key.withUnsafeBufferPointer { terms.lookup($0) }
    let fast = spelling.withUnsafeBufferPointer { terms.lookupFoldingASCII($0) }
    #expect(fast?.term == expected, "\(String(decoding: spelling, as: UTF8.self))")
    #expect(fast?.letterCase == letterCase, "\(String(decoding: spelling, as: UTF8.self))")
  }

  @Test func everyKnownTermInEveryCaseShape() {
    for id in 0..<Int32(terms.count) {
      let spelling = Array(terms.spelling(of: TermID(rawValue: id)).utf8)
      guard spelling.allSatisfy({ $0 < 0x80 }) else { continue }
      let upper = spelling.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 }
      let capitalized = upper.prefix(1) + spelling.dropFirst()
      let lastUpper = spelling.dropLast() + upper.suffix(1)
      for shape in [spelling, upper, Array(capitalized), Array(lastUpper)] {
        expectSameAsFolding(shape)
      }
    }
  }

  @Test func randomASCIISpellingsOfEveryLength() {
    var generator = SplitMix(seed: 7)
    let alphabet = Array("aAzZbY09'-.@[`{~ ".utf8) + Array(0x20...0x7E)
    for length in 0...24 {
      for _ in 0..<200 {
        let spelling = (0..<length).map { _ in
          alphabet[Int(generator.next() % UInt64(alphabet.count))]
        }
        expectSameAsFolding(spelling)
      }
    }
  }

  @Test func wholeWordLoadsIgnoreTheBytesAfterTheSegment() {
    var generator = SplitMix(seed: 11)
    let alphabet = Array("aAzZ'-.@[`{~ \u{0}".utf8) + Array(0x20...0x7E)
    for length in 1...FoldedShortKey.capacity {
      for _ in 0..<200 {
        let spelling = (0..<length).map { _ in
          alphabet[Int(generator.next() % UInt64(alphabet.count))]
        }
        let trailing = (0..<FoldedShortKey.capacity).map { _ in
          UInt8(truncatingIfNeeded: generator.next())
        }
        let alone = spelling.withUnsafeBufferPointer {
          FoldedShortKey.fold($0.baseAddress!, count: length, readable: length)
        }
        let inText = (spelling + trailing).withUnsafeBufferPointer {
          FoldedShortKey.fold($0.baseAddress!, count: length, readable: $0.count)
        }
        #expect(alone?.key == inText?.key && alone?.letterCase == inText?.letterCase)
        #expect(alone != nil)
      }
    }
  }

  @Test func keysOfDifferentLengthsDiffer() {
    let spellings: [[UInt8]] = [
      [], [0], [0, 0], Array("a".utf8), Array("a".utf8) + [0], Array("abcdefgh".utf8),
      Array("abcdefgh".utf8) + [0], Array("abcdefghijklmnop".utf8),
      Array("abcdefghijklmno".utf8) + [0],
    ]
    let keys = spellings.map { spelling in
      spelling.withUnsafeBufferPointer { buffer in
        FoldedShortKey.fold(
          buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: spelling.count,
          readable: spelling.count)?.key
      }
    }
    for (index, key) in keys.enumerated() {
      #expect(key != nil && key == FoldedShortKey.folded(spellings[index]))
      #expect(keys.indices.allSatisfy { $0 == index || keys[$0] != key })
    }
  }

  @Test func shortTermsCarryTheirNumberValueFlag() {
    terms.withShortTerms { index in
      for id in 0..<Int32(terms.count) {
        let term = TermID(rawValue: id)
        guard let key = FoldedShortKey.folded(Array(terms.spelling(of: term).utf8)) else {
          continue
        }
        let found = index.lookup(key)
        #expect(found.term == term)
        #expect(found.hasNumberValue == (terms.numberValue(of: term) != nil))
      }
    }
  }

  @Test func nonASCIISpellingsAreLeftToTheFullFold() {
    for text in ["café", "child’s", "ÉCOLE", "naïve-but-longer-than-sixteen"] {
      #expect(Array(text.utf8).withUnsafeBufferPointer { terms.lookupFoldingASCII($0) } == nil)
    }
  }
}
