import Foundation
import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// The rewriter on the project's corpora, as the README says: every outcome
/// of `corpus/labelled/` and `corpus/samples/` that gets a rewrite, with its
/// prompts filled by their examples, scores higher than the original, passes
/// every core dimension the original failed and grades at least good.
@Suite struct RewriterCorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("corpus")

  /// The outcome texts of the labelled corpus's JSON Lines.
  static func labelledTexts() throws -> [String] {
    let url = corpus.appendingPathComponent("labelled/outcomes.jsonl")
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
      let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return try #require(record?["text"] as? String)
    }
  }

  /// The sample outcomes, one per line, skipping blank lines and comments.
  static func sampleTexts() throws -> [String] {
    let url = corpus.appendingPathComponent("samples/outcomes.txt")
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }

  @Test func filledRewritesOfTheCorporaGradeGood() throws {
    var rewritten = 0
    var failures: [String] = []
    for text in try Self.labelledTexts() + Self.sampleTexts() {
      let original = try TestEngine.analyze(text)
      guard let rewrite = Rewriter().rewrite(original) else { continue }
      rewritten += 1
      let filled = try TestEngine.analyze(rewrite.filledText)
      let fixed = Dimension.allCases.allSatisfy { dimension in
        !dimension.isCore || original.score[dimension].pass || filled.score[dimension].pass
      }
      if filled.score.overall <= original.score.overall || !fixed || filled.score.grade < .good {
        failures.append("\(rewrite.filledText): \(filled.findings.map(\.rule))")
      }
    }
    #expect(rewritten >= 300)
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }
}
