import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// A service's "ensure" or "make sure" hands the outcome to the person
/// ("School will ensure that Ruby reads…"): the action judged is the
/// person's, not the service's verb. A possessive ("Quinn's strategies") is
/// not the person acting, and provision handed on ("ensure that Bethan has
/// access to…") stays provision.
@Suite struct DelegatedActionTests {
  private func action(_ text: String) throws -> String {
    let outcome = try TestEngine.analyze(text).outcome
    guard let action = outcome.anatomy.action else { return "none" }
    let by = action.delegatedBy.map { " by \(outcome.document.text($0))" } ?? ""
    return outcome.document.text(action.verb) + by
  }

  @Test(arguments: [
    ("Teachers will ensure Hiroshi takes part in group discussions.", "takes by ensure"),
    ("The nursery will make sure that Esme can use a spoon at lunchtime.", "use by make"),
    ("School will ensure that Ruby reads 30 common words by the end of Year 1.", "reads by ensure"),
    ("Staff will ensure that Quinn's strategies are followed in every lesson.", "ensure"),
    ("Staff will ensure that Quinn’s strategies are followed in every lesson.", "ensure"),
    ("The SENCO will ensure that Bethan has access to movement breaks.", "ensure"),
  ])
  func theActionJudgedIsThePersons(text: String, expected: String) throws {
    #expect(try action(text) == expected)
  }
}
