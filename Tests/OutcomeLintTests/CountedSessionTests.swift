import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// A session count reaches back over the words describing the sessions to the
/// number counting them, so the number is provision and not the person's own
/// quantity criterion; numbers that belong to something else are left alone.
@Suite struct CountedSessionTests {
  private func parts(_ text: String) throws -> (sessions: [String], criteria: [String]) {
    let report = try TestEngine.analyze(text)
    let document = report.outcome.document
    let anatomy = report.outcome.anatomy
    return (
      anatomy.provision.filter { $0.kind == .session }.map { document.text($0.hit.span) },
      anatomy.criteria.map { document.text($0.span) }
    )
  }

  @Test(arguments: [
    ("Sam will go to 2 swimming sessions a week.", "2 swimming sessions a week"),
    ("Sam will go to two 30-minute sessions each week.", "two 30-minute sessions"),
    ("Sam will have 3 weekly music sessions.", "3 weekly music sessions"),
    ("Six careers guidance sessions a year with an adviser.", "Six careers guidance sessions"),
    ("Weekly 45-minute play therapy sessions for Yara.", "45-minute play therapy sessions"),
    ("Ava will stay calm for the whole of 3 group sessions a week.", "3 group sessions a week"),
  ])
  func countReachesBackOverDescribingWords(_ text: String, _ counted: String) throws {
    let (sessions, criteria) = try parts(text)
    #expect(sessions == [counted])
    #expect(!criteria.contains { $0.first?.isNumber ?? false }, "\(criteria)")
  }

  @Test(arguments: [
    // Another phrase's number, a grammar word, a share's whole, a per-session count.
    ("Yuki will answer in one-to-one reading sessions in 60% of turns.", "sessions"),
    ("Sam will read 10 words in his reading sessions.", "sessions"),
    (
      "By the end of Year 6, Holly will tell the time in at least 4 out of 5 observed sessions.",
      "sessions"
    ),
    ("Sam will make 3 requests per session.", "per session"),
    ("Sam will swim 2 lengths each session.", "each session"),
    ("Sam will read in 3 of 4 weekly reading sessions.", "sessions"),
  ])
  func otherNumbersStayOutOfTheCount(_ text: String, _ session: String) throws {
    #expect(try parts(text).sessions == [session])
  }

  /// "a week" inside a session count says how often, not by when.
  @Test func aSessionCountIsNoTimeframe() throws {
    let report = try TestEngine.analyze(
      "By the end of Year 4, Amir will swim 25 metres in 2 swimming sessions a week.")
    #expect(report.outcome.anatomy.timeframe?.kind == .schoolYear)
    #expect(report.outcome.anatomy.timeframes.count == 1)
  }

  /// "within 5 minutes of arriving" times the person: no session is counted,
  /// and the rewrite keeps the timing rather than moving it to Section F.
  @Test(arguments: [
    "By the end of Year 2, Iwan will settle at his table within 5 minutes of arriving.",
    "By the end of Year 8, Nia will be at her next lesson within 3 minutes of the bell.",
  ])
  func aTimeWithinWhichThePersonActsIsNoSession(_ text: String) throws {
    let (sessions, criteria) = try parts(text)
    #expect(sessions.isEmpty)
    #expect(criteria.contains { $0.hasPrefix("within") })
    let rewrite = try #require(try TestEngine.rewrite(text))
    #expect(rewrite.movedToProvision.isEmpty)
  }

  @Test func aPerSessionCountStaysTheCriterion() throws {
    #expect(try parts("Sam will make 3 requests per session.").criteria == ["3 requests"])
  }

  @Test func goingToCountedSessionsMovesTheWholeCountToSectionF() throws {
    let rewrite = try #require(
      try TestEngine.rewrite(
        "Sam will go to 2 swimming sessions a week to improve his confidence in water."))
    #expect(rewrite.movedToProvision == ["2 swimming sessions a week"])
    for fragment in ["go to", "swimming", "sessions"] {
      #expect(!rewrite.text.contains(fragment), "\(fragment) left in \(rewrite.text)")
    }
  }
}
