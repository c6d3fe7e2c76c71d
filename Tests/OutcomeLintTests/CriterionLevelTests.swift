import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// A criterion sets a level to reach ("to above 90%", "10 key words", "pass
/// his exams") or says how often, how long, how independently or in what
/// manner. Only a level says what achieving a vague aim looks like: "develop
/// his social skills in 4 out of 5 sessions" counts the occasions of an aim
/// nobody could see.
@Suite struct CriterionLevelTests {
  private func levels(_ text: String) throws -> [String] {
    try TestEngine.criteria(of: text) { "\($1): \($0.setsLevel)" }
  }

  @Test(arguments: [
    ("By July 2027, Tom will improve his attendance to above 90%.", ["90%: true"]),
    ("By July 2027, Tom will say 10 key words.", ["10 key words: true"]),
    ("By July 2027, Tom will read with 90% accuracy.", ["with 90% accuracy: true"]),
    ("By July 2027, Tom will read aloud in 4 out of 5 sessions.", ["4 out of 5 sessions: false"]),
    ("By July 2027, Tom will read aloud in 4 out of 5 activities.", ["4 out of 5: false"]),
    (
      "By July 2027, Tom will read aloud in at least 4 out of 5 activities.",
      ["at least 4 out of 5: false"]
    ),
    ("By July 2027, Tom will spell 8 out of 10 words.", ["8 out of 10: true"]),
    ("By July 2027, Tom will read aloud most days.", ["most days: false"]),
    ("By July 2027, Tom will cross the road safely.", ["safely: false"]),
    ("By July 2027, Tom will read aloud each day.", ["each day: false"]),
    // A class's number before the modal counts nothing.
    ("By July 2027, Tom from Class 4 will read aloud each day.", ["each day: false"]),
    ("By July 2027, Tom will give a two-minute talk.", ["two-minute: true"]),
  ])
  func levelOrNot(text: String, expected: [String]) throws {
    #expect(try levels(text) == expected)
  }

  @Test(arguments: [
    "By July 2027, Tom will develop his social skills in 4 out of 5 sessions.",
    "By July 2027, Tom will make progress with his reading on 3 out of 5 occasions.",
    "By July 2027, Tom will understand his timetable most days.",
    "By July 2027, Tom will improve his handwriting with only a visual reminder.",
  ])
  func howOftenDoesNotMakeAVagueAimObservable(text: String) throws {
    let rules = try TestEngine.analyze(text).findings.map(\.rule)
    #expect(rules.contains("no-observable-action"))
  }

  @Test(arguments: [
    "By July 2027, Tom will improve his attendance to above 90%.",
    "By July 2027, Chloe will be in school for 90% of sessions each term.",
    "By July 2027, Tom will manage his asthma by using his inhaler before each PE lesson.",
  ])
  func aLevelAnAttendanceShareOrSpelledOutActionsAre(text: String) throws {
    let rules = try TestEngine.analyze(text).findings.map(\.rule)
    #expect(!rules.contains("no-observable-action"))
  }

  @Test func aLevelInThePurposeClauseDoesNotExcuseTheAim() throws {
    let rules = try TestEngine.analyze(
      "By July 2027, Tom will develop his spelling so that he can pass his exams."
    ).findings.map(\.rule)
    #expect(rules.contains("no-observable-action"))
  }
}
