import OutcomeLint
import OutcomeLintRules
import OutcomeLintTestSupport
import Testing

/// An outcome's `area` is read as plans write it, and the audit summary
/// counts each outcome under the area it names: an area of need, education,
/// health, social care or preparing for adulthood.
@Suite struct PlanAreaTests {
  static let engine = PlanEngine(analysis: TestEngine.shared, rules: BuiltInPlanRules.ruleSet)

  @Test(arguments: [
    ("Communication & Interaction", PlanArea.need(.communication)),
    ("C&I", .need(.communication)),
    ("Speech, language and communication needs", .need(.communication)),
    ("Cognition and Learning (C&L)", .need(.cognition)),
    ("Social, Emotional & Mental Health", .need(.semh)),
    ("Physical and Sensory", .need(.sensoryPhysical)),
    ("preparing-for-adulthood", .adulthood),
    ("Preparing for Adulthood: Independent Living", .adulthood),
    ("Community inclusion", .adulthood),
    ("Health / Social care", .domain(.health)),
    ("Social care", .domain(.care)),
  ])
  func areaNamesAreReadAsPlansWriteThem(_ name: String, _ area: PlanArea) {
    #expect(Self.engine.vocabulary.area(named: name) == area, "\(name)")
  }

  @Test func unknownNamesStayUnknown() {
    for name in ["Woodwork", "S.E.M.H", "", "()"] {
      #expect(Self.engine.vocabulary.area(named: name) == nil, "\(name)")
    }
  }

  @Test func summaryCountsEveryOutcomeUnderItsArea() throws {
    let json = #"""
      {"id": "a", "child": "Tom", "year_group": 10, "aspirations": ["I want to work in a bike shop."], "outcomes": [
        {"text": "By the end of Year 11, Tom will fix a bike puncture on his own so that he can work in a bike shop.", "area": "preparing-for-adulthood"},
        {"text": "By the end of Year 11, Tom will take his inhaler before PE without a reminder.", "area": "Health"},
        {"text": "By the end of Year 11, Tom will read a bus timetable to plan a trip.", "area": "Woodwork"},
        {"text": "By the end of Year 11, Tom will add up prices to £20 on a calculator.", "area": "Cognition & Learning"},
        "By the end of Year 11, Tom will cook pasta for his family once a week."
      ]}
      """#
    let plan = try Self.engine.decoder.decode(
      Array(json.split(separator: "\n").joined().utf8), source: "t", line: 1, defaultID: "1"
    ).get()
    let report = try PlanAnalyzer(engine: Self.engine).analyze(plan, redact: false)
    var summary = CorpusSummary()
    summary.add(PlanDigest(.analyzed(report)))
    #expect(
      Set(summary.outcomeGradesByArea.keys) == [
        .area(.adulthood), .area(.domain(.health)), .unrecognised, .area(.need(.cognition)),
        .none,
      ])
    #expect(summary.outcomeGradesByArea[.area(.adulthood)]?.values.reduce(0, +) == 1)
    #expect(
      AreaGroup.all.map(\.title).suffix(4) == [
        "social care", "preparing for adulthood", "area not recognised", "no area given",
      ])
  }
}
