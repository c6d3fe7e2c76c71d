import Foundation
import OutcomeLint
import OutcomeLintReporters
import OutcomeLintTestSupport
import Testing

/// The good/poor pairs in `corpus/examples/pairs.jsonl`: each poor outcome
/// scores below its good partner, each good one grades at least good, and
/// together they cover every area of need, phase and adulthood theme.
@Suite struct ExamplePairTests {
  static let pairs: [ExamplePair] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("corpus/examples/pairs.jsonl")
    do {
      return try ExamplePair.load(String(contentsOf: url, encoding: .utf8), path: url.path)
    } catch {
      fatalError("cannot read \(url.path): \(error)")
    }
  }()

  @Test(arguments: pairs.map(\.id))
  func poorScoresBelowItsGoodPartner(_ id: String) throws {
    let pair = try #require(Self.pairs.first { $0.id == id })
    let poor = try TestEngine.analyze(pair.poor)
    let good = try TestEngine.analyze(pair.good)
    #expect(poor.score.overall < good.score.overall)
    #expect(poor.score.grade < good.score.grade)
    #expect(good.score.grade >= .good, "\(good.findings.map(\.rule))")
    #expect(poor.findings.contains { $0.severity == .error })
  }

  @Test func pairsCoverEveryAreaPhaseAndTheme() {
    #expect(Set(Self.pairs.map(\.area)) == Set(ExamplePair.Area.allCases))
    #expect(Set(Self.pairs.map(\.phase)) == Set(ExamplePair.Phase.allCases))
    #expect(Set(Self.pairs.compactMap(\.theme)) == Set(ExamplePair.Theme.allCases))
    #expect(Set(Self.pairs.map(\.id)).count == Self.pairs.count)
  }

  @Test func badLineIsReportedWithItsLocation() {
    #expect(throws: ExamplePairError.self) {
      try ExamplePair.load("{\"id\": 1}\n", path: "pairs.jsonl")
    }
  }
}
