import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// A qualifier ("at least", "no fewer than", "more than") joins the criterion
/// or the number right after it, so "in at least 4 out of 5 sessions" is one
/// proportion and its "5 sessions" the whole of a share, not a service's
/// delivery to move to Section F.
@Suite struct CriterionQualifierTests {
  private func criteria(_ text: String) throws -> [String] {
    try TestEngine.criteria(of: text) { "\($0.kind.rawValue): \($1)" }
  }

  @Test(arguments: [
    (
      "By July 2027, Sam will read aloud in at least 4 out of 5 sessions.",
      ["proportion: at least 4 out of 5 sessions"]
    ),
    (
      "By July 2027, Sam will read aloud in no fewer than four out of five lessons.",
      ["proportion: no fewer than four out of five lessons"]
    ),
    (
      "By July 2027, Sam will read aloud in at least 3 of 4 sessions.",
      ["proportion: at least 3 of 4 sessions"]
    ),
    (
      "By July 2027, Sam will read aloud in at least 80% of sessions.",
      ["proportion: at least 80% of sessions"]
    ),
    ("By July 2027, Sam will say at least 3 words.", ["quantity: at least 3 words"]),
    ("By July 2027, Sam will say more than 20 words.", ["quantity: more than 20 words"]),
    ("By July 2027, Sam will count to at least 20.", ["quantity: at least 20"]),
    (
      "By July 2027, Sam will stay in his seat for more than 5 minutes.",
      ["duration: more than 5 minutes"]
    ),
    // Qualifiers that begin a phrase of their own keep it.
    (
      "By July 2027, Sam will ask a friend to play at least 3 times a week.",
      ["frequency: at least 3 times a week"]
    ),
    ("By July 2027, Sam will talk to his friends more than before.", []),
  ])
  func qualifierJoinsWhatFollowsIt(_ text: String, _ expected: [String]) throws {
    #expect(try criteria(text) == expected)
  }

  @Test func theWholeOfAQualifiedShareIsNoServiceDelivery() throws {
    let report = try TestEngine.analyze(
      "By July 2027, Sam will make progress with his reading in at least 3 out of 5 sessions.")
    #expect(!report.findings.contains { $0.rule == "service-session-count" })
    let rewrite = try #require(Rewriter().rewrite(report))
    #expect(rewrite.movedToProvision.isEmpty)
    #expect(rewrite.text.contains("at least 3 out of 5 sessions"), "\(rewrite.text)")
  }
}
