import Foundation
import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// A Word plan's age comes from its date of birth only at the plan's own
/// date: the same document gives the same plan whatever day it is read.
@Suite struct PlanDateTests {
  private static let outcome =
    "By the end of Key Stage 2, Amir will write a paragraph of five sentences on his own so that he can record his science experiments."

  /// The plan read back from a `.docx` holding `plan` in `layout`.
  private func read(_ plan: [String: Any], layout: DocxFixtureWriter.Layout) throws
    -> DocumentPlan
  {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-dates-\(UUID().uuidString).docx")
    defer { try? FileManager.default.removeItem(at: url) }
    try DocxFixtureWriter.write(plan, layout: layout, to: url)
    return try PlanDocumentReader().plan(atPath: url.path)
  }

  private func plan(_ details: [String: Any]) -> [String: Any] {
    details.merging(
      [
        "id": "amir", "child": "Amir", "aspirations": ["I want to be a scientist."],
        "outcomes": [["text": Self.outcome]],
      ], uniquingKeysWith: { own, _ in own })
  }

  @Test(arguments: DocxFixtureWriter.Layout.allCases)
  func dateOfBirthWithoutPlanDateLeavesTheAgeUnknown(layout: DocxFixtureWriter.Layout) throws {
    let document = try read(plan(["date_of_birth": "01/09/2015"]), layout: layout)
    #expect(document.age == nil && document.yearGroup == nil)
    #expect(document.missingPlanDate)
    let json = String(decoding: document.json(defaultID: "x"), as: UTF8.self)
    // Any day from 2015 to 2040 would give an age from today: none is written.
    #expect(!json.contains("\"age\""), "\(json)")
    #expect(json.contains(#""plan_date": "not found""#), "\(json)")
    let again = try read(plan(["date_of_birth": "01/09/2015"]), layout: layout)
    #expect(again.json(defaultID: "x") == document.json(defaultID: "x"))
  }

  @Test func theWholeRecordIsFixed() throws {
    let document = try read(plan(["date_of_birth": "01/09/2015"]), layout: .table)
    #expect(
      String(decoding: document.json(defaultID: "x"), as: UTF8.self)
        == #"{"id": "amir", "child": "Amir", "aspirations": ["I want to be a scientist."], "outcomes": [{"text": ""#
        + Self.outcome
        + #""}], "template": "headings-in-table/outcome-table", "plan_date": "not found"}"#)
  }

  @Test(arguments: DocxFixtureWriter.Layout.allCases)
  func statedPlanDateGivesTheAge(layout: DocxFixtureWriter.Layout) throws {
    let document = try read(
      plan(["date_of_birth": "15/10/2015", "plan_date": "01/10/2024"]), layout: layout)
    #expect(document.age == 8)
    #expect(!document.missingPlanDate)
    let json = String(decoding: document.json(defaultID: "x"), as: UTF8.self)
    #expect(json.contains(#""age": 8"#) && !json.contains("plan_date"), "\(json)")
  }

  @Test func statedYearGroupNeedsNoPlanDate() throws {
    let document = try read(
      plan(["date_of_birth": "01/09/2015", "year_group": 4]), layout: .headings)
    #expect(document.yearGroup == 4 && document.age == nil)
    #expect(!document.missingPlanDate)
    #expect(!String(decoding: document.json(defaultID: "x"), as: UTF8.self).contains("plan_date"))
  }
}
