import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// The guidance documents' own examples (../shared/seeds) grade as the
/// guidance says they should, and fail the dimension it names.
@Suite struct GuidanceExampleTests {
  /// Good outcomes quoted by the council guidance (seed 003), the SecEd
  /// article's reworked outcome (seed 001) and Nottingham's framework (seed 004).
  static let good = [
    "By the end of Key Stage 1, John will be able to communicate in sentences so that he can be understood by his friends and can play happily with them at break times each day without getting frustrated at not being understood.",
    "By the end of Key Stage 2 John will be able to form capital and lower case letters and add full stops when he has completed a sentence in order that others are able to read and enjoy his written work.",
    "By the end of Year 1 John will be able to recognise the need to and go to the toilet independently including cleaning and dressing himself afterwards so that he has no more accidents and can be independent of adults.",
    "By the end of Key Stage 3 John will be able to access 80% of lessons and follow school rules and expectations for the duration of the lesson in order to access his education and be able to learn alongside others.",
    "By the end of his college course John will be able to dress for and travel to work, turn up to his shifts on time, and talk to customers and colleagues appropriately in order to sustain paid employment.",
    "By the end of Year 9 James will be able to attend Rugby training once a week after school in order to develop his friendships and independence.",
    "To move around the school building independently ready for my transition to secondary school.",
    "By the end of year 13, I will pass my Healthy Eating module of the personalised programme.",
  ]

  @Test(arguments: good)
  func guidanceGoodExampleGradesWell(_ text: String) throws {
    let report = try TestEngine.analyze(text)
    #expect(
      report.score.grade >= .good,
      "graded \(report.score.grade.name): \(report.findings.map(\.rule))")
  }

  /// Poor examples the guidance gives, with the dimension each must fail.
  static let poor: [(text: String, failing: Dimension)] = [
    ("to have three sessions of extra spelling tuition each week", .provision),
    ("to improve my independence", .specific),
    ("to improve my independence", .measurable),
    ("to behave in all lessons", .realistic),
  ]

  @Test(arguments: poor.indices)
  func guidancePoorExampleFailsTheRightDimension(_ index: Int) throws {
    let (text, failing) = Self.poor[index]
    let report = try TestEngine.analyze(text)
    #expect(report.score.grade <= .requiresImprovement, "graded \(report.score.grade.name)")
    #expect(!report.score[failing].pass, "\(failing) passed: \(report.findings.map(\.rule))")
  }

  @Test func issueExampleFlagsEveryFaultWithExactSpans() throws {
    let text = "John will receive 3 sessions of SALT per week to improve his communication."
    let report = try TestEngine.analyze(text)
    let found = report.findings.map { "\($0.rule) \($0.span)" }
    for expected in [
      "provision-as-outcome 5..<17", "service-session-count 18..<45", "jargon 32..<36",
      "vague-goal 49..<74", "missing-timeframe 0..<75", "missing-purpose 0..<75",
    ] {
      #expect(found.contains(expected), "missing \(expected) in \(found)")
    }
  }
}
