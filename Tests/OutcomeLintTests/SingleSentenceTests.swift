import Foundation
import OutcomeLintTestSupport
import Testing

@testable import OutcomeLint

/// The one-sentence shortcut must agree with ICU's sentence iterator wherever it answers.
@Suite struct SingleSentenceTests {
  private func ends(_ text: String, icu: Bool) throws -> [Int32] {
    try ends(Array(text.utf8), icu: icu, segmenter: Segmenter())
  }

  private func ends(_ bytes: [UInt8], icu: Bool, segmenter: Segmenter) throws -> [Int32] {
    var ends: [Int32] = []
    try bytes.withUnsafeBufferPointer { bytes in
      if icu {
        try segmenter.icuSentenceEnds(bytes, into: &ends)
      } else {
        try segmenter.sentenceEnds(bytes, into: &ends)
      }
    }
    return ends
  }

  private func takesShortcut(_ text: String) -> Bool {
    Array(text.utf8).withUnsafeBufferPointer { SingleSentence.end(of: $0) != nil }
  }

  @Test(arguments: [
    "", " ", "Sam will read.", "Sam will read", "Sam will read.  ", "Sam will read?!",
    "Sam will read (daily).", "Sam will say \"hello.\" ", "Sam will read.) ",
    "Sam will read. Then he will write.", "By 3 p.m. Sam will read.", "Sam will read. ",
    "Sam will read.\n", "Sam\nwill read.", "Sam will read!\r\n", "Sam will read.\t",
    "Sam will read e.g. books.", "Sam will read… then write.", "Zoë will read.",
    "Sam will read. . .", "Sam will read.'\" )", "What will Sam read? Books.",
    "Zoë’s mum will read.", "Zoë will read… then write", "Zoë will read‼ Then write.",
    "Zoë will read。 Then write.", "Zoë will read？ Then write.", "Zoë will read؟ Then write.",
    "Zoë will read\u{2029}then write.", "Zoë will read\u{85}then write.",
    "Zoë will read\u{2028}then write.", "Zoë will read.” ", "Zoë will read.\u{A0}",
    "Zoë will read ‘books’.", "Zoë\u{301} will\u{AD} read\u{200B} 📚 with 李.",
    "Zoë will read (at 3\u{A0}p.m.) daily.", "Zoë will read\u{FF0E} Then write.",
    "Zoë will read\u{2024} Then write.", "Zoë will «read» – daily; then write!",
    "É", "’", "。", "Zoë\u{300}. Then", "Zoë will read.\u{300}", "Ζωή θα διαβάσει;",
  ])
  func agreesWithICU(_ text: String) throws {
    #expect(try ends(text, icu: false) == ends(text, icu: true))
  }

  @Test(arguments: [
    "Zoë will read.", "Zoë’s mum will read daily!) ", "Zoë\u{301} will\u{AD} read 📚 with 李.",
    "Élodie will read ‘books’ at 3\u{A0}pm", "Ζωή θα διαβάσει", "Zoë will read… then write",
  ])
  func skipsICUWhereNoCharacterBeyondASCIICanEndASentence(_ text: String) throws {
    #expect(takesShortcut(text))
    #expect(try ends(text, icu: false) == ends(text, icu: true))
  }

  @Test(arguments: [
    "Zoë will read‼", "Zoë will read。", "Zoë will read？",
    "Zoë will read؟", "Zoë\u{2029}will read", "Zoë\u{85}will read", "Zoë\u{2028}will read",
    "Zoë will read.”", "Zoë will read.\u{A0}",
  ])
  func asksICUWhereCharactersBeyondASCIIMightEndASentence(_ text: String) {
    #expect(!takesShortcut(text))
  }

  @Test(arguments: [
    [0x5A, 0x6F, 0xC3] as [UInt8], [0x5A, 0xC3, 0x2E], [0x5A, 0x80, 0x6F], [0xED, 0xA0, 0x80],
    [0xC0, 0xAE, 0x20, 0x41], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80, 0x20, 0x2E],
  ])
  func asksICUForMalformedUTF8(_ bytes: [UInt8]) throws {
    #expect(bytes.withUnsafeBufferPointer { SingleSentence.end(of: $0) } == nil)
  }

  /// Every code point beyond ASCII, in the middle of a word, between words
  /// and before the final terminator: wherever the shortcut answers, ICU
  /// finds the same single sentence.
  @Test func agreesWithICUForEveryCodePoint() throws {
    let segmenter = try Segmenter()
    var shortcuts = 0
    for value in UInt32(0x80)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let character = Array(String(scalar).utf8)
      let text =
        Array("Zo".utf8) + character + Array("e will ".utf8) + character + Array(" read".utf8)
        + character + Array(".) ".utf8)
      guard text.withUnsafeBufferPointer({ SingleSentence.end(of: $0) }) != nil else { continue }
      shortcuts += 1
      let fast = try ends(text, icu: false, segmenter: segmenter)
      let icu = try ends(text, icu: true, segmenter: segmenter)
      if fast != icu { Issue.record("U+\(String(value, radix: 16, uppercase: true))") }
    }
    #expect(shortcuts > 1_000_000)
  }

  /// Random texts of words, spaces and punctuation, many beyond ASCII and
  /// many able to end a sentence or a paragraph.
  @Test func agreesWithICUOnRandomTexts() throws {
    let pieces = [
      "Zoë", "will", "read", "’s", "‘", "’", "“", "”", "(", ")", "\"", "'", " ", " ", " ", "\u{A0}",
      "\u{301}", "\u{AD}", "\u{200B}", "李", "📚", "3", ".", "!", "?", "…", "‼", "。", "？", "؟",
      "\u{2029}", "\u{85}", "\u{2028}", "\n", "\r\n", ",", ";", "–", "e.g.", "Ζωή", "\u{FF0E}",
    ]
    let segmenter = try Segmenter()
    var generator = SplitMix(seed: 29)
    var shortcuts = 0
    for _ in 0..<20_000 {
      var text = ""
      for _ in 0..<Int(generator.next() % 12) {
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      if takesShortcut(text) { shortcuts += 1 }
      let bytes = Array(text.utf8)
      #expect(
        try ends(bytes, icu: false, segmenter: segmenter)
          == ends(bytes, icu: true, segmenter: segmenter), "\(text.unicodeScalars.map(\.value))")
    }
    #expect(shortcuts > 1_000)
  }

  @Test func agreesWithICUOnTheProjectCorpus() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(
      contentsOf: root.appendingPathComponent("corpus/samples/outcomes.txt"), encoding: .utf8)
    var shortcuts = 0
    for line in text.split(separator: "\n") {
      let outcome = String(line)
      if takesShortcut(outcome) { shortcuts += 1 }
      #expect(try ends(outcome, icu: false) == ends(outcome, icu: true), "\(outcome)")
    }
    #expect(shortcuts > 0)
  }
}
