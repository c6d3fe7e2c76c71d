import Foundation
import OutcomeLintTestSupport
import Testing

/// Runs `outcomelint audit` over `.docx` plans the project writes from its
/// sample plans, in each layout, and over corrupt and hostile files.
@Suite struct DocxAuditTests {
  private func folder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-docx-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// What must match between a plan read from JSON and from a document.
  private static func judgement(_ plan: [String: Any]) -> String {
    let planFindings = (plan["findings"] as? [[String: Any]] ?? []).map {
      "\($0["rule"] ?? "") \($0["message"] ?? "")"
    }
    let outcomes = (plan["outcomes"] as? [[String: Any]] ?? []).map { outcome in
      let findings = (outcome["findings"] as? [[String: Any]] ?? []).map {
        "\($0["rule"] ?? "")@\($0["start"] ?? "")-\($0["end"] ?? "")"
      }
      return "\(outcome["text"] ?? "") \(outcome["grade"] ?? "") \(findings)"
    }
    return "\(plan["grade"] ?? "") \(plan["score"] ?? "") \(planFindings) \(outcomes)"
  }

  @Test(arguments: DocxFixtureWriter.Layout.allCases)
  func docxGivesTheSameFindingsAsJSON(layout: DocxFixtureWriter.Layout) throws {
    let directory = try folder(layout.rawValue)
    defer { try? FileManager.default.removeItem(at: directory) }
    let plans = try DocxFixtureWriter.samplePlans(
      in: URL(fileURLWithPath: AuditCommandTests.samplePlans))
    for (index, plan) in plans.enumerated() {
      try DocxFixtureWriter.write(
        plan, layout: layout,
        to: directory.appendingPathComponent(String(format: "plan-%03d.docx", index)))
    }
    let json = try CheckCommandTests.run([
      "audit", "--format", "jsonl", AuditCommandTests.samplePlans,
    ])
    let docx = try CheckCommandTests.run(["audit", "--format", "jsonl", directory.path])
    #expect(docx.status == json.status, "\(docx.stderr)")
    #expect(docx.lines.count == plans.count)
    let expected = Dictionary(
      json.lines.map { ("\($0["id"] ?? "")", Self.judgement($0)) }, uniquingKeysWith: { a, _ in a })
    for record in docx.lines {
      let id = "\(record["id"] ?? "")"
      #expect(Self.judgement(record) == expected[id], "plan \(id) in layout \(layout)")
      #expect((record["template"] as? String)?.isEmpty == false)
    }
  }

  @Test func corruptFilesGiveOneErrorEachAndTheRestAreAudited() throws {
    let directory = try folder("corrupt")
    defer { try? FileManager.default.removeItem(at: directory) }
    let plans = try DocxFixtureWriter.samplePlans(
      in: URL(fileURLWithPath: AuditCommandTests.samplePlans))
    let valid = directory.appendingPathComponent("a-valid.docx")
    try DocxFixtureWriter.write(plans[0], layout: .headings, to: valid)
    let corrupt = try DocxFixtureWriter.writeCorrupt(into: directory, from: valid)
    try DocxFixtureWriter.write(
      plans[1], layout: .numbered, to: directory.appendingPathComponent("z-valid.docx"))
    let run = try CheckCommandTests.run(["audit", "--format", "jsonl", directory.path])
    #expect(run.status == 2)
    #expect(run.lines.count == corrupt.count + 2)
    #expect(run.lines.first?["error"] == nil && run.lines.last?["error"] == nil)
    let errorLines = run.stderr.split(separator: "\n").filter { $0.contains("error") }
    #expect(errorLines.count == corrupt.count, "\(run.stderr)")
    for name in corrupt {
      #expect(errorLines.filter { $0.contains(name) }.count == 1, "\(name): \(run.stderr)")
    }
    #expect(run.stderr.contains("password-protected"))
    #expect(run.stderr.contains("not a ZIP archive"))
    #expect(run.stderr.contains("DTD"))
    #expect(run.stderr.contains("nests elements"))
  }

  @Test(arguments: DocxFixtureWriter.Layout.allCases)
  func byWhenColumnIsTheOutcomesTimeframe(layout: DocxFixtureWriter.Layout) throws {
    let directory = try folder("by-when-\(layout.rawValue)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let undated =
      "Amir will write a paragraph of five sentences on his own so that he can record his science experiments."
    let dated =
      "By the end of Key Stage 2, Amir will read a chapter book on his own so that he can find out about science."
    let plan: [String: Any] = [
      "id": "amir", "child": "Amir", "year_group": 4,
      "aspirations": ["I want to be a scientist."],
      "outcomes": [
        ["text": undated, "area": "cognition and learning", "by_when": "July 2027"],
        ["text": dated, "by_when": "July 2026"], ["text": undated],
      ],
    ]
    let url = directory.appendingPathComponent("amir.docx")
    try DocxFixtureWriter.write(plan, layout: layout, to: url)
    let run = try CheckCommandTests.run(["audit", "--format", "jsonl", url.path])
    let outcomes = try #require(run.lines.first?["outcomes"] as? [[String: Any]])
    #expect(outcomes.count == 3)
    let rules = outcomes.map {
      ($0["findings"] as? [[String: Any]] ?? []).map { "\($0["rule"] ?? "")" }
    }
    #expect(outcomes[0]["text"] as? String == "By July 2027, " + undated)
    #expect(outcomes[0]["by_when"] as? String == "July 2027")
    #expect(!rules[0].contains("missing-timeframe"), "\(rules[0])")
    #expect(outcomes[1]["text"] as? String == dated)
    #expect(outcomes[1]["by_when"] as? String == "July 2026")
    #expect(outcomes[2]["text"] as? String == undated && outcomes[2]["by_when"] == nil)
    #expect(rules[2].contains("missing-timeframe"))
  }

  /// An area's name in bold over its outcomes, a plain paragraph as many
  /// plans write it, sets their area instead of being read as an outcome.
  @Test func boldAreaNameOverOutcomesSetsTheirArea() throws {
    let directory = try folder("areas")
    defer { try? FileManager.default.removeItem(at: directory) }
    func paragraph(_ text: String, bold: Bool = false) -> String {
      "<w:p><w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t>\(text)</w:t></w:r></w:p>"
    }
    let plan = directory.appendingPathComponent("areas.docx")
    try DocxFixtureWriter.writeArchive(
      [
        "word/document.xml": DocxFixtureWriter.document(
          paragraph("Name: Amir") + paragraph("Section E: Outcomes", bold: true)
            + paragraph("Social, emotional and mental health", bold: true)
            + paragraph(
              "By the end of Year 6, Amir will tell an adult how he feels using a feelings chart "
                + "in 4 out of 5 lessons so that he can stay in class.")
        )
      ], to: plan)
    let run = try CheckCommandTests.run(["audit", "--format", "jsonl", plan.path])
    let outcomes = try #require(run.lines.first?["outcomes"] as? [[String: Any]])
    #expect(outcomes.count == 1)
    #expect(outcomes.first?["area"] as? String == "Social, emotional and mental health")
  }

  /// A plan laid out as local authorities' Word templates often are: details
  /// in a table whose values are content controls (one still showing its
  /// placeholder), each section in a one-cell box, areas in bold over their
  /// outcomes, "Outcome 1:" on a line of its own, and a labelled provision.
  @Test func planLaidOutInBoxesAndContentControls() throws {
    let directory = try folder("boxes")
    defer { try? FileManager.default.removeItem(at: directory) }
    func run(_ text: String, bold: Bool = false) -> String {
      "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }
    func paragraph(_ text: String, bold: Bool = false) -> String {
      "<w:p>\(run(text, bold: bold))</w:p>"
    }
    func control(_ text: String, placeholder: Bool = false) -> String {
      "<w:p><w:sdt><w:sdtPr>\(placeholder ? "<w:showingPlcHdr/>" : "")</w:sdtPr>"
        + "<w:sdtContent>\(run(text))</w:sdtContent></w:sdt></w:p>"
    }
    func table(_ rows: [[String]]) -> String {
      "<w:tbl>"
        + rows.map { "<w:tr>" + $0.map { "<w:tc>\($0)</w:tc>" }.joined() + "</w:tr>" }.joined()
        + "</w:tbl>"
    }
    let details = table([
      [paragraph("Name of child or young person"), control("Leah Okafor")],
      [paragraph("Date of birth"), control("12/03/2014")],
      [paragraph("Date of plan"), control("01/10/2024")],
      [
        paragraph("Plan reference"), control("Click or tap here to enter text.", placeholder: true),
      ],
    ])
    let sectionA = table([
      [
        paragraph(
          "Section A: The views, interests and aspirations of the child and their parents",
          bold: true)
          + paragraph("Leah wants to be a vet when she grows up.")
          + paragraph("Her mum hopes she will make friends at secondary school.")
      ]
    ])
    let sectionE =
      table([[paragraph("Section E: Outcomes", bold: true)]])
      + paragraph("Communication and Interaction", bold: true) + paragraph("Outcome 1:", bold: true)
      + paragraph(
        "By the end of Key Stage 2, Leah will follow a two-part spoken instruction in class in 4 out of 5 "
          + "lessons so that she can join in with her friends.")
      + paragraph("Provision: speech and language therapy once a fortnight")
      + paragraph("Social, Emotional and Mental Health", bold: true)
      + paragraph(
        "Leah will receive a weekly session with the ELSA to help her manage her anxiety.")
    let plan = directory.appendingPathComponent("leah.docx")
    try DocxFixtureWriter.writeArchive(
      ["word/document.xml": DocxFixtureWriter.document(details + sectionA + sectionE)], to: plan)
    let audit = try CheckCommandTests.run(["audit", "--format", "jsonl", plan.path])
    let record = try #require(audit.lines.first)
    #expect(record["child"] as? String == "Leah Okafor")
    #expect(record["id"] as? String == "leah")
    #expect(record["key_stage"] as? String == "ks2")
    #expect(
      record["aspirations"] as? [String] == [
        "Leah wants to be a vet when she grows up.",
        "Her mum hopes she will make friends at secondary school.",
      ])
    let outcomes = try #require(record["outcomes"] as? [[String: Any]])
    #expect(outcomes.count == 2)
    #expect(
      outcomes.map { $0["area"] as? String } == [
        "Communication and Interaction", "Social, Emotional and Mental Health",
      ])
    #expect(
      outcomes.first?["provision"] as? String == "speech and language therapy once a fortnight")
    #expect(outcomes.map { $0["grade"] as? String } == ["outstanding", "inadequate"])
  }

  @Test func markdownPlanAndMissingSectionE() throws {
    let directory = try folder("text")
    defer { try? FileManager.default.removeItem(at: directory) }
    let markdown = directory.appendingPathComponent("plan.md")
    try """
    # EHC plan
    Name: Amir
    Date of birth: 01/09/2015
    Date of plan: 01/10/2024

    ## Section A: Views, interests and aspirations
    - I want to be a scientist.

    ## Section E: Outcomes
    | Outcome | Area of need | By when |
    | --- | --- | --- |
    | By the end of Key Stage 2, Amir will write a paragraph of five sentences on his own so that he can record his science experiments. | cognition and learning | July 2026 |
    """.write(to: markdown, atomically: true, encoding: .utf8)
    let text = directory.appendingPathComponent("no-e.txt")
    try "Section A: Aspirations\nI want to be a vet.\n".write(
      to: text, atomically: true, encoding: .utf8)
    let run = try CheckCommandTests.run(["audit", "--format", "jsonl", markdown.path, text.path])
    #expect(run.lines.count == 2)
    let plan = try #require(run.lines.first)
    #expect(plan["child"] as? String == "Amir")
    #expect(plan["key_stage"] as? String == "ks2")
    #expect(plan["template"] as? String == "section-headings/outcome-table")
    #expect((plan["outcomes"] as? [Any])?.count == 1)
    let missing = try #require(run.lines.last)
    #expect(missing["section_e"] as? String == "not found")
    let findings = (missing["findings"] as? [[String: Any]] ?? []).compactMap {
      $0["rule"] as? String
    }
    #expect(findings.contains("outcome-count"))
  }
}
