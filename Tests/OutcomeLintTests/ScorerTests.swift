import Testing

@testable import OutcomeLint

/// The scoring formula documented on ``Scorer`` and in the README: penalties
/// per severity, the pass mark, the weighted overall score and each grade's
/// conditions.
@Suite struct ScorerTests {
  private func finding(_ dimension: Dimension, _ severity: Severity) -> Finding {
    Finding(
      rule: "test-rule", dimension: dimension, severity: severity, message: "m",
      span: TextSpan(start: 0, end: 1), suggestion: nil, guidance: "g")
  }

  @Test func ordinalsFollowTheOrderOfAllCases() {
    for (index, dimension) in Dimension.allCases.enumerated() {
      #expect(dimension.ordinal == index)
    }
  }

  @Test func noFindingsIsOutstandingWithFullMarks() {
    let score = Scorer.standard.score([])
    #expect(score.overall == 100)
    #expect(score.grade == .outstanding)
    #expect(score.dimensions.allSatisfy { $0.score == 100 && $0.pass })
  }

  @Test func oneErrorFailsItsDimensionAndOneWarningDoesNot() {
    let score = Scorer.standard.score([
      finding(.timeframe, .error), finding(.measurable, .warning), finding(.clarity, .suggestion),
    ])
    let byDimension = Dictionary(uniqueKeysWithValues: score.dimensions.map { ($0.dimension, $0) })
    #expect(byDimension[.timeframe]?.score == 40)
    #expect(byDimension[.timeframe]?.pass == false)
    #expect(byDimension[.measurable]?.score == 65)
    #expect(byDimension[.measurable]?.pass == true)
    #expect(byDimension[.clarity]?.score == 90)
    // (40·20 + 65·20 + 100·20 + 100·15 + 100·15 + 100·10 + 100·5 + 90·5) / 110
    #expect(score.overall == 82)
    #expect(score.grade == .requiresImprovement)
  }

  @Test func aWarningKeepsAnOutcomeFromOutstanding() {
    let score = Scorer.standard.score([finding(.clarity, .warning)])
    #expect(score.overall == 98)
    #expect(score.grade == .good)
    #expect(Scorer.standard.score([finding(.clarity, .suggestion)]).grade == .outstanding)
  }

  @Test func twoWarningsFailADimension() {
    let score = Scorer.standard.score([finding(.specific, .warning), finding(.specific, .warning)])
    #expect(score.dimensions[Dimension.specific.ordinal].score == 30)
    #expect(score.dimensions[Dimension.specific.ordinal].pass == false)
  }

  @Test func aMissingPurposeStillAllowsGood() {
    let score = Scorer.standard.score([finding(.purpose, .error)])
    #expect(score.overall == 95)
    #expect(score.grade == .good)
  }

  @Test func threeFailedCoreDimensionsAreInadequate() {
    let score = Scorer.standard.score([
      finding(.timeframe, .error), finding(.measurable, .error), finding(.provision, .error),
    ])
    #expect(score.grade == .inadequate)
  }

  @Test func weightsAndThresholdsCanBeChanged() {
    let scorer = Scorer(weights: [.timeframe: 0], outstanding: 95, good: 90, inadequate: 10)
    let score = scorer.score([finding(.timeframe, .error)])
    #expect(score.overall == 100)
    #expect(score.grade == .requiresImprovement)
    #expect(scorer.score([]).grade == .outstanding)
  }
}
