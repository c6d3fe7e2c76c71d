import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// ICU segmentation over UTF-8 bytes: spans stay exact whatever the text holds.
@Suite struct SegmentationTests {
  private func tokens(_ bytes: [UInt8]) throws -> [Token] {
    let segmenter = try Segmenter()
    var tokens: [Token] = []
    try bytes.withUnsafeBufferPointer {
      try segmenter.tokenize($0, terms: TestEngine.shared.lexicons.terms, into: &tokens)
    }
    return tokens
  }

  private func texts(_ text: String) throws -> [String] {
    let bytes = Array(text.utf8)
    return try tokens(bytes).map {
      String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self)
    }
  }

  @Test func curlyApostropheStaysInTheWordAndFoldsLikeStraight() throws {
    let curly = try tokens(Array("child’s".utf8))
    let straight = try tokens(Array("Child's".utf8))
    #expect(curly.count == 1 && straight.count == 1)
    #expect(curly[0].term == straight[0].term)
  }

  @Test func hyphensDashesAndNonBreakingSpacesSplitCleanly() throws {
    #expect(try texts("well-being – at\u{00A0}home") == ["well", "-", "being", "–", "at", "home"])
  }

  @Test func emojiAndNumbersKeepExactSpans() throws {
    let text = "I 👍 read 20 words"
    #expect(try texts(text) == ["I", "👍", "read", "20", "words"])
    let number = try tokens(Array(text.utf8)).first { $0.kind == .number }
    #expect(number?.numericValue == 20)
  }

  @Test func runsOfSpacesTabsAndLineBreaksAreDropped() throws {
    #expect(try texts(" a  b \t c\n\n d \u{00A0} e ") == ["a", "b", "c", "d", "e"])
    #expect(try texts(" ") == [])
    #expect(try texts("") == [])
  }

  @Test func tokensPastTheFirstBatchKeepTheirSpans() throws {
    let text = (0..<300).map { "Word\($0)" }.joined(separator: " ")
    let found = try texts(text)
    #expect(found.count == 300)
    #expect(found.last == "Word299")
  }

  @Test func numberWordsAreNumbers() throws {
    let token = try tokens(Array("three".utf8))[0]
    #expect(token.kind == .number && token.numericValue == 3)
  }

  @Test func invalidUTF8DoesNotCrashOrLeaveTheText() throws {
    let bytes: [UInt8] = Array("read ".utf8) + [0xFF, 0xC3] + Array(" words".utf8)
    let found = try tokens(bytes)
    #expect(found.allSatisfy { $0.start >= 0 && $0.end <= Int32(bytes.count) && $0.start < $0.end })
    #expect(found.first.map { Int($0.end) } == 4)
  }

  @Test func segmenterIsReusedAcrossOutcomes() throws {
    let analyzer = try Analyzer(engine: TestEngine.shared)
    let first = try analyzer.analyze("By the end of Year 6, Amy will read a book each week.")
    let second = try analyzer.analyze("Amy will read.")
    #expect(first.outcome.document.tokens.count > second.outcome.document.tokens.count)
    #expect(second.outcome.document.tokens.last?.end == 14)
  }
}
