import OutcomeLint
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
