import Foundation
import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// The engine against the project's own labelled corpus: it must meet the
/// accuracy targets, so a change that makes the judgements worse fails here.
@Suite struct CorpusAccuracyTests {
  static let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("corpus/labelled").path

  @Test func projectCorpusMeetsTheTargets() throws {
    let set = try LabelledSet(paths: [Self.corpus])
    let result = try set.evaluate(with: Analyzer(engine: TestEngine.shared))
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.evaluation.outcomes >= 400)
    let shortfalls = result.evaluation.shortfalls(.project)
    #expect(shortfalls.isEmpty, "\(shortfalls.joined(separator: "; "))")
  }
}
