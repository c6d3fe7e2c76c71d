import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// Passive support that names who gives it ("will be helped by his teacher
/// to read") hands on to the person's own verb after the agent's "to": that
/// verb is the action judged and the one the rewrite keeps, not the agent.
@Suite struct PassiveAgentActionTests {
  @Test(arguments: [
    ("By the end of Year 4, Ines will be helped by her teacher to read a page aloud.", "read"),
    ("By July 2028, I will be supported by a member of staff to join a club.", "join"),
    ("By the end of Year 9, Kai will be assisted by staff to cook a simple meal.", "cook"),
  ])
  func theActionIsTheVerbAfterTheAgent(text: String, verb: String) throws {
    let outcome = try TestEngine.analyze(text).outcome
    let action = try #require(outcome.anatomy.action)
    #expect(outcome.document.text(action.verb) == verb)
    #expect(action.observability == .observable)
  }

  @Test func theRewriteKeepsThePersonsAction() throws {
    let rewrite = try #require(
      try TestEngine.rewrite(
        "By the end of Year 3, Tomasz will be supported by his teaching assistant to name 5 shapes each day at home."
      ))
    #expect(rewrite.text.contains("Tomasz will be able to name 5 shapes each day at home"))
  }
}
