import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// An abstract goal is read only where it stands for the goal: not inside a
/// place ("in literacy lessons") or a longer provision term ("a learning
/// support assistant", "a social communication group").
@Suite struct AbstractGoalTests {
  private func goals(_ text: String) throws -> [String] {
    let outcome = try TestEngine.analyze(text).outcome
    return outcome.anatomy.abstractGoals.map { outcome.document.text($0.span) }
  }

  @Test(arguments: [
    ("By July 2027, Robin will improve her independence.", ["independence"]),
    ("By July 2027, Robin will have support from a learning support assistant.", []),
    ("By July 2027, Robin will attend a social communication group.", []),
  ])
  func goalsStandingForTheGoal(text: String, expected: [String]) throws {
    #expect(try goals(text) == expected)
  }
}
