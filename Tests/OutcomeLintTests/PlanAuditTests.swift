import OutcomeLint
import OutcomeLintRules
import OutcomeLintTestSupport
import Testing

/// Plan decoding, the golden thread, timeframe targets, redaction, scoring
/// and near-duplicate clusters.
@Suite struct PlanAuditTests {
  static let engine = PlanEngine(analysis: TestEngine.shared, rules: BuiltInPlanRules.ruleSet)

  private func plan(_ json: String, id: String = "1") throws -> Plan {
    try Self.engine.decoder.decode(Array(json.utf8), source: "test", line: 1, defaultID: id).get()
  }

  private func report(_ json: String, redact: Bool = false) throws -> PlanReport {
    try PlanAnalyzer(engine: Self.engine).analyze(try plan(json), redact: redact)
  }

  @Test func decodesFieldsAndKeepsUnknownOnes() throws {
    let plan = try plan(
      #"{"id": "p-7", "child": "Amy", "age": 9, "aspirations": ["I want to swim."], "school": {"name": "Oak"}, "outcomes": [{"text": "Amy will swim.", "area": "SEMH", "provision": "Pool sessions", "note": 3}, "Amy will read."]}"#
    )
    #expect(plan.id == "p-7" && plan.child == "Amy" && plan.yearGroup == 4 && plan.age == 9)
    #expect(plan.keyStage == .keyStage2)
    #expect(plan.passthrough.map(\.key) == ["school"])
    #expect(plan.outcomes.map(\.text) == ["Amy will swim.", "Amy will read."])
    #expect(plan.outcomes[0].area == "SEMH" && plan.outcomes[0].provision == "Pool sessions")
    #expect(plan.outcomes[0].passthrough.map(\.key) == ["area", "provision", "note"])
    #expect(Self.engine.vocabulary.area(named: "S.E.M.H") == nil)
    #expect(
      Self.engine.vocabulary.area(named: "Social, emotional and mental health") == .need(.semh))
    #expect(Self.engine.vocabulary.area(named: "Preparing for Adulthood") == .adulthood)
  }

  /// A plan from a `.json` file spans lines; its fields pass through to the
  /// audit's one line per plan with their line breaks made spaces.
  @Test func fieldsOfAPlanOverSeveralLinesPassThroughOnOneLine() throws {
    let plan = try plan(
      "{\"id\": [\n1\n],\n\"school\": {\r\n\"name\": \"Oak\u{2028}\"\n},\n\"outcomes\": [{\"text\": \"Amy will swim.\", \"note\": [\n3]}]\n}"
    )
    #expect(plan.idJSON == "[ 1 ]")
    #expect(plan.passthrough.map(\.json) == [#"{  "name": "Oak\u2028" }"#])
    #expect(plan.outcomes[0].passthrough.map(\.json) == ["[ 3]"])
  }

  @Test(arguments: [
    (#"{"outcomes": "none"}"#, "field 'outcomes' is not an array"),
    (#"{"aspirations": []}"#, "missing field 'outcomes'"),
    (#"{"year_group": 3.5, "outcomes": []}"#, "field 'year_group' must be a whole number"),
    (#"{"outcomes": [{"area": "x"}]}"#, "outcome 1: missing field 'text'"),
    (#"{"outcomes": [{"text": "  "}]}"#, "outcome 1: empty text"),
    (#"[1, 2]"#, "plan is not a JSON object"),
  ])
  func rejectsMalformedPlans(_ json: String, _ message: String) {
    let result = Self.engine.decoder.decode(Array(json.utf8), source: "t", line: 1, defaultID: "1")
    guard case .failure(let error) = result else {
      Issue.record("decoded \(json)")
      return
    }
    #expect(error.message.hasPrefix(message), "\(error.message)")
  }

  @Test func goldenThreadShowsTheLinkingWordsAfterStemming() throws {
    let report = try report(
      #"{"child": "Eve", "year_group": 2, "aspirations": ["Eve wants lots of friends.", "I want to be a chef."], "outcomes": ["By the end of Key Stage 2, Eve will join a game at break time so that she can make friendships.", "By the end of Key Stage 2, Eve will count to 100 so that she can check her change."]}"#
    )
    #expect(report.thread.links.count == 1)
    let link = try #require(report.thread.links.first)
    #expect(link.outcome == 0 && link.aspiration == 0 && link.throughPurpose)
    #expect(link.wordList == ["friendships/friends"])
    #expect(
      report.findings.map(\.rule).filter { $0.contains("aspiration") || $0.contains("linked") }
        == ["outcome-not-linked", "aspiration-not-served"])
  }

  @Test(arguments: [
    ("By the end of Key Stage 2, Sam will read.", 6),
    ("By the end of KS3, Sam will read.", 9),
    ("By the end of Year 9, Sam will read.", 9),
    ("By the end of Reception, Sam will read.", 0),
    ("By the age of 16, Sam will read.", 11),
    ("By the time he leaves primary school, Sam will read.", 6),
  ])
  func timeframeTargets(_ text: String, _ year: Int) throws {
    let report = try TestEngine.analyze(text)
    #expect(TimeframeTarget.of(report.outcome)?.yearGroup == year)
  }

  @Test func redactionReplacesNamesEverywhereWithoutChangingJudgements() throws {
    let json =
      #"{"child": "Amara Okafor", "year_group": 5, "aspirations": ["Amara wants to be a vet."], "notes": "Amara's file", "outcomes": [{"text": "Staff will help Amara to read.", "memo": "for Amara"}, "By the end of Year 7, Amara Okafor will read a book to her class each week so that she can become a vet."]}"#
    let plain = try report(json)
    let redacted = try report(json, redact: true)
    #expect(redacted.plan.child == "A. O.")
    #expect(redacted.plan.aspirations == ["A. wants to be a vet."])
    #expect(redacted.plan.passthrough.first?.json == #""A.'s file""#)
    #expect(redacted.plan.outcomes[0].passthrough.first?.json == #""for A.""#)
    let texts = redacted.outcomeReports.map(\.text)
    #expect(texts[1].hasPrefix("By the end of Year 7, A. O. will read"))
    #expect(!texts.joined().contains("Amara") && !texts.joined().contains("Okafor"))
    #expect(redacted.score == plain.score)
    for (before, after) in zip(plain.outcomeReports, redacted.outcomeReports) {
      #expect(before.score == after.score)
      #expect(before.findings.map(\.rule) == after.findings.map(\.rule))
      for finding in after.findings {
        #expect(finding.span.end <= after.outcome.document.bytes.count)
        #expect(!finding.message.contains("Amara"))
      }
    }
  }

  @Test func planGradeFollowsTheDocumentedFormula() {
    let scorer = PlanScorer()
    let good = Scorer.score([])
    let finding = PlanFinding(
      rule: "r", severity: .warning, message: "m", target: .plan, words: [], suggestion: nil,
      guidance: "g")
    let score = scorer.score(outcomes: [good, good, good, good], findings: [finding])
    #expect(score.outcomes == 100 && score.checks == 90 && score.overall == 97)
    #expect(score.grade == .good)
    #expect(scorer.score(outcomes: [good], findings: []).grade == .outstanding)
    #expect(scorer.score(outcomes: [], findings: []).grade == .inadequate)
  }

  @Test func nearDuplicatesClusterAcrossPlansButNotUnrelatedOutcomes() throws {
    let texts = [
      (
        "Ben",
        "Staff will ensure that Ben has access to a quiet space at all times when he becomes upset."
      ),
      (
        "Ava",
        "Staff will ensure that Ava has access to a quiet space at all times when she becomes upset."
      ),
      (
        "Kim",
        "Staff will ensure that Kim has access to a quiet space at all times when she becomes very upset."
      ),
      (
        "Ben",
        "By the end of Year 6, Ben will read a chapter book aloud so that he can share stories."
      ),
      (
        "Lou",
        "By the end of Year 11, Lou will cook a hot meal once a week so that she can live on her own."
      ),
    ]
    var index = NearDuplicateIndex(threshold: 0.7)
    for (plan, (name, text)) in texts.enumerated() {
      let report = try TestEngine.analyze(text)
      let fingerprint = OutcomeFingerprint(
        document: report.outcome.document, names: [name.lowercased()])
      index.add(
        fingerprint, signature: MinHashSignature(fingerprint), text: text, plan: plan, outcome: 0)
    }
    #expect(index.distinctCount == 4)
    let clusters = index.clusters()
    #expect(clusters.count == 1)
    #expect(clusters.first?.plans == [0, 1, 2])
    #expect(clusters.first?.variants == 2)
  }
}
