import Foundation
import Testing

@testable import OutcomeLint

/// The one-sentence shortcut must agree with ICU's sentence iterator wherever it answers.
@Suite struct SingleSentenceTests {
  private func ends(_ text: String, icu: Bool) throws -> [Int32] {
    let segmenter = try Segmenter()
    var ends: [Int32] = []
    try Array(text.utf8).withUnsafeBufferPointer { bytes in
      if icu {
        try segmenter.icuSentenceEnds(bytes, into: &ends)
      } else {
        try segmenter.sentenceEnds(bytes, into: &ends)
      }
    }
    return ends
  }

  @Test(arguments: [
    "", " ", "Sam will read.", "Sam will read", "Sam will read.  ", "Sam will read?!",
    "Sam will read (daily).", "Sam will say \"hello.\" ", "Sam will read.) ",
    "Sam will read. Then he will write.", "By 3 p.m. Sam will read.", "Sam will read. ",
    "Sam will read.\n", "Sam\nwill read.", "Sam will read!\r\n", "Sam will read.\t",
    "Sam will read e.g. books.", "Sam will read… then write.", "Zoë will read.",
    "Sam will read. . .", "Sam will read.'\" )", "What will Sam read? Books.",
  ])
  func agreesWithICU(_ text: String) throws {
    #expect(try ends(text, icu: false) == ends(text, icu: true))
  }

  @Test func agreesWithICUOnTheProjectCorpus() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(
      contentsOf: root.appendingPathComponent("corpus/samples/outcomes.txt"), encoding: .utf8)
    var shortcuts = 0
    for line in text.split(separator: "\n") {
      let outcome = String(line)
      if Array(outcome.utf8).withUnsafeBufferPointer({ SingleSentence.end(of: $0) != nil }) {
        shortcuts += 1
      }
      #expect(try ends(outcome, icu: false) == ends(outcome, icu: true), "\(outcome)")
    }
    #expect(shortcuts > 0)
  }
}
