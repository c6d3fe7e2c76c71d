import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// A timeframe's span covers the whole expression, so a rewrite that moves
/// it to the front of the outcome leaves nothing of it behind ("in two
/// years' time" once left "' time" at the end of the sentence).
@Suite struct TimeframeSpanTests {
  @Test(arguments: [
    ("Quinn will name 10 topic words at lunch club in two years' time.", "in two years' time"),
    ("Quinn will name 10 topic words at lunch club in two years’ time.", "in two years’ time"),
    ("In a year's time, Quinn will name 10 topic words at lunch club.", "In a year's time"),
    ("Quinn will name 10 topic words at lunch club in 18 months time.", "in 18 months time"),
  ])
  func theTimeAfterTheCountIsPartOfIt(text: String, expected: String) throws {
    let outcome = try TestEngine.analyze(text).outcome
    let timeframe = try #require(outcome.anatomy.timeframe)
    #expect(outcome.document.text(timeframe.span) == expected)
  }
}
