import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// How the section finder reads an outcome table's columns.
@Suite struct PlanSectionFinderTests {
  /// A table whose rows are `rows`, cell by cell.
  private func table(_ rows: [[String]]) -> [DocumentBlock] {
    rows.enumerated().flatMap { row, cells in
      cells.enumerated().map { column, text in
        DocumentBlock(.cell(table: 0, row: row, column: column), text)
      }
    }
  }

  /// The bundled lexicons' names for areas of need.
  private static let vocabulary = PlanVocabulary(lexicons: TestEngine.shared.lexicons)
  private let finder = PlanSectionFinder(isAreaName: Self.vocabulary.isAreaName)

  /// Plans often put an area's name in bold over its outcomes, as a plain
  /// paragraph rather than a Word heading, and "Outcome 2:" on a line of its
  /// own: neither is an outcome. A line that only mentions an area is one.
  @Test func areaNamesAndOutcomeNumbersOnTheirOwnAreNotOutcomes() {
    let plan = finder.plan(
      [
        "Section E: Outcomes", "Communication and Interaction", "Outcome 1:",
        "By July 2026 Sam will ask for help with two words.", "SEMH:",
        "1. By July 2026 Sam will join a game at break time.",
        "Sam will use his communication book at lunch by July 2026.",
      ].map { DocumentBlock(.paragraph, $0) })
    #expect(
      plan.outcomes.map(\.text) == [
        "By July 2026 Sam will ask for help with two words.",
        "By July 2026 Sam will join a game at break time.",
        "Sam will use his communication book at lunch by July 2026.",
      ])
    #expect(plan.outcomes.map(\.area) == ["Communication and Interaction", "SEMH:", "SEMH:"])
  }

  /// In an outcome table, a row that only names an area is a sub-heading
  /// over the rows below it, whose area column (when filled) still wins.
  @Test func areaRowInAnOutcomeTableSetsTheAreaBelow() {
    let plan = finder.plan(
      table([
        ["Outcome", "Area of need", "By when"],
        ["Cognition and learning", "", ""],
        ["Sam will read 20 words.", "", "July 2026"],
        ["Sam will count to 20.", "semh", "July 2027"],
      ]))
    #expect(plan.outcomes.map(\.text) == ["Sam will read 20 words.", "Sam will count to 20."])
    #expect(plan.outcomes.map(\.area) == ["Cognition and learning", "semh"])
  }

  /// Plans laid out as a box per section: a one-cell table holding the
  /// section's heading and its paragraphs, each of which is an item, and a
  /// details table whose labels name the child at length.
  @Test func sectionsInBoxesAreReadParagraphByParagraph() {
    func box(_ table: Int, _ paragraphs: [String]) -> DocumentBlock {
      DocumentBlock(.cell(table: table, row: 0, column: 0), paragraphs: paragraphs)
    }
    let plan = finder.plan(
      [
        DocumentBlock(.cell(table: 0, row: 0, column: 0), "Name of child or young person"),
        DocumentBlock(.cell(table: 0, row: 0, column: 1), "Leah Okafor"),
        box(
          1,
          ["Section A: Views, interests and aspirations", "I want to be a vet.", "I like horses."]),
        box(2, ["Section E: Outcomes"]),
        box(
          3, ["By July 2027 Leah will read aloud for ten minutes.", "Provision: weekly reading"]),
      ])
    #expect(plan.child == "Leah Okafor")
    #expect(plan.aspirations == ["I want to be a vet.", "I like horses."])
    #expect(plan.outcomes.map(\.text) == ["By July 2027 Leah will read aloud for ten minutes."])
    #expect(plan.outcomes.map(\.provision) == ["weekly reading"])
  }

  /// A table of outcomes and their areas with no header row: each row's
  /// area is its outcome's, wherever it stands in the row.
  @Test func areaBesideAnOutcomeInARowIsItsArea() {
    let plan = finder.plan(
      [DocumentBlock(.paragraph, "Section E: Outcomes")]
        + table([
          ["By July 2026 Sam will read 20 words.", "Cognition and learning"],
          ["SEMH", "By July 2026 Sam will join a game at break time."],
        ]))
    #expect(plan.outcomes.map(\.area) == ["Cognition and learning", "SEMH"])
  }

  /// A label on a line of its own ("Area of need:", "Name:") takes the
  /// next line as its value, and neither line is an outcome; nor is a label
  /// the finder does not read ("Notes:").
  @Test func labelOnItsOwnLineTakesTheNextLine() {
    let plan = finder.plan(
      [
        "Date of plan:", "Date of birth: 12/03/2014", "Name:", "Sam Jones", "Section E: Outcomes",
        "By July 2026 Sam will read 20 words aloud each day.", "Area of need:",
        "Cognition and learning", "Provision:", "Daily reading with an adult",
        "Notes:", "By July 2027 Sam will count to 100 without help.",
      ].map { DocumentBlock(.paragraph, $0) })
    #expect(plan.child == "Sam Jones")
    // "Date of plan:" has no value: the line after it is a label of its own.
    #expect(plan.missingPlanDate)
    #expect(
      plan.outcomes.map(\.text) == [
        "By July 2026 Sam will read 20 words aloud each day.",
        "By July 2027 Sam will count to 100 without help.",
      ])
    #expect(plan.outcomes.first?.area == "Cognition and learning")
    #expect(plan.outcomes.first?.provision == "Daily reading with an adult")
  }

  /// Two columns with one role ("Area of need" and "Need"; "By when" and
  /// "Timescale"): the first one filled is read, the same on every run.
  @Test func ofTwoColumnsWithOneRoleTheFirstFilledIsRead() {
    let plan = PlanSectionFinder().plan(
      table([
        ["Outcome", "Area of need", "Need", "By when", "Timescale"],
        ["Sam will read 20 words.", "cognition", "semh", "", "July 2026"],
        ["Sam will count to 20.", "", "semh", "July 2027", "July 2028"],
      ]))
    #expect(plan.outcomes.map(\.area) == ["cognition", "semh"])
    #expect(plan.outcomes.map(\.byWhen) == ["July 2026", "July 2027"])
  }
}
