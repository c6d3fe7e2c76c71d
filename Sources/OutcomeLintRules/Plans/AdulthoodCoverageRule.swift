import OutcomeLint

/// From Year 9, flags a plan none of whose outcomes prepares for adulthood.
public struct AdulthoodCoverageRule: PlanRule {
  /// Creates the rule.
  public init() {}

  /// The year group from which outcomes must prepare for adulthood.
  public static let fromYear = 9

  public static let description = PlanRuleDescription(
    id: "preparing-for-adulthood",
    name: "Preparing for adulthood",
    severity: .warning,
    summary:
      "From Year 9 (or age 14), at least one outcome should prepare for adulthood: employment or higher education, independent living, friends and community, or good health (adulthood-themes lexicon). The themes no outcome touches are listed.",
    guidance:
      "Council outcomes guidance (seed 003): 'From Year 9 onwards... outcomes from Year 9 onwards should ensure that they are focussed on moving a young person to adult life'; Nottingham My SEND Outcomes Framework (seed 004): 'It is not necessary to cover every theme for each child except the ones, which are more pertinent to their needs'.",
    good: [
      PlanExample(
        #"{"id": "g1", "year_group": 10, "aspirations": ["I want to work with cars."], "outcomes": ["By the end of Year 11, Tom will travel to his work placement by bus on his own each week so that he can get to work."]}"#
      ),
      PlanExample(
        #"{"id": "g2", "year_group": 5, "aspirations": ["I want to read to my brother."], "outcomes": ["By the end of Year 6, Tom will read a short book aloud so that he can read to his brother."]}"#
      ),
    ],
    poor: [
      PlanExample(
        #"{"id": "p1", "year_group": 10, "aspirations": ["I want to work with cars."], "outcomes": ["By the end of Year 11, Tom will spell 50 key words correctly in his literacy book."]}"#,
        expecting: [.plan]),
      PlanExample(
        #"{"id": "p2", "age": 16, "aspirations": ["I want to be a nurse."], "outcomes": ["By the end of Year 13, Priya will use a number line to add fractions in maths lessons."]}"#,
        expecting: [.plan]),
    ]
  )

  public func check(_ plan: AnalyzedPlan, into findings: inout PlanFindingCollector) {
    guard let year = plan.plan.yearGroup, year >= Self.fromYear, !plan.facts.isEmpty else {
      return
    }
    let covered = plan.facts.reduce(into: Set<AdulthoodTheme>()) { $0.formUnion($1.themes) }
    guard covered.isEmpty else { return }
    findings.report(
      "No outcome prepares for adulthood, though this is a Year \(year) plan",
      about: .plan, words: AdulthoodTheme.allCases.map(\.title),
      suggestion:
        "From Year 9, write outcomes towards work or further study, independent living, friends and community, or good health"
    )
  }
}
