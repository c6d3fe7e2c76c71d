import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// A service's statement is rewritten as the person's own outcome: the
/// person it names becomes the subject, and what the statement says they
/// will do becomes their action, wherever it sits in the statement. What
/// the service does or aims at is never taken for the person's action.
@Suite struct ServiceStatementRewriteTests {
  @Test(arguments: [
    (
      "School will provide Leo with a quiet space to calm down when he is angry.",
      "Leo will be able to calm down when he is angry"
    ),
    (
      "The OT will work with Finn on doing up his buttons.",
      "Finn will be able to do up his buttons"
    ),
    (
      "Staff will give Maya time to answer questions in class.",
      "Maya will be able to answer questions in class"
    ),
    (
      "The nursery will ensure Esme can use a spoon at lunchtime.",
      "Esme will be able to use a spoon at lunchtime"
    ),
    (
      "Staff will greet him at the gate and help him sit at the table each morning.",
      "he will be able to sit at the table"
    ),
  ])
  func thePersonsActionIsKept(text: String, kept: String) throws {
    let rewrite = try #require(try TestEngine.rewrite(text))
    #expect(rewrite.text.contains(kept), "\(rewrite.text)")
  }

  /// A named person's possessive ("Ali's family") names the person, not
  /// their action, and the rewrite's subject is the name alone.
  @Test func aPossessiveNamesThePersonAlone() throws {
    let rewrite = try #require(
      try TestEngine.rewrite("Staff will meet Ali's family every half term to agree his support."))
    #expect(rewrite.text.contains("Ali will be able to [do what"), "\(rewrite.text)")
    #expect(!rewrite.text.contains("Ali's will"), "\(rewrite.text)")
  }

  /// What the service gives, aims at or works on is not the person's action.
  @Test(arguments: [
    "The setting will give Aisha a named adult to go to to help her settle.",
    "Staff will work with Harleen twice a week to develop her spelling.",
    "Parents will work with Ola twice a week to develop her travel skills.",
    "All staff will provide Marco with a word list to help Marco take part in lessons.",
    "The TA will work with Tyrone every term to improve his spelling.",
  ])
  func theServicesOwnWordsAreNotTheAction(text: String) throws {
    let rewrite = try #require(try TestEngine.rewrite(text))
    #expect(rewrite.text.contains("will be able to [do what"), "\(rewrite.text)")
  }
}
