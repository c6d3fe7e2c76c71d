import Foundation
import ZIPFoundation

/// Writes the project's own `.docx` fixtures: each sample plan from
/// `corpus/plans/` in one of three layouts a local authority might use, built
/// from a minimal `[Content_Types].xml`, `_rels/.rels` and `word/document.xml`,
/// plus corrupt and hostile files.
public enum DocxFixtureWriter {
  /// The layouts a plan can be written in.
  public enum Layout: String, CaseIterable, Sendable {
    /// "Section A: …" Word headings, paragraphs, "Area of need:" lines.
    case headings
    /// Label rows and headings in table cells; outcomes in an "Outcome" table.
    case table
    /// "A. Aspirations" paragraphs, bulleted aspirations, "1." numbered outcomes.
    case numbered
  }

  /// The sample plans' JSON objects, in file order, with ids.
  public static func samplePlans(in folder: URL) throws -> [[String: Any]] {
    var plans: [[String: Any]] = []
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let chunks = file.hasSuffix(".jsonl") ? text.split(separator: "\n").map(String.init) : [text]
      for chunk in chunks where !chunk.trimmingCharacters(in: .whitespaces).isEmpty {
        if let plan = try JSONSerialization.jsonObject(with: Data(chunk.utf8)) as? [String: Any] {
          plans.append(plan)
        }
      }
    }
    return plans
  }

  /// Writes `plan` as a `.docx` file at `url` in `layout`. Besides the plan
  /// format's fields, `date_of_birth` and `plan_date` become "Date of birth"
  /// and "Date of plan" details, and an outcome's `by_when` its "By when"
  /// column or line.
  public static func write(_ plan: [String: Any], layout: Layout, to url: URL) throws {
    try writeArchive(
      ["word/document.xml": document(body(plan, layout: layout))], to: url)
  }

  /// Writes a ZIP archive with the minimal Word parts and `parts` (path to XML).
  public static func writeArchive(_ parts: [String: String], to url: URL) throws {
    try? FileManager.default.removeItem(at: url)
    let archive = try Archive(url: url, accessMode: .create)
    let all = parts.merging(
      [
        "[Content_Types].xml":
          #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
        "_rels/.rels":
          #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
      ], uniquingKeysWith: { own, _ in own })
    for path in all.keys.sorted() {
      let data = Data(all[path, default: ""].utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
  }

  /// A `word/document.xml` around `body`.
  public static func document(_ body: String) -> String {
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
      + body + "</w:body></w:document>"
  }

  /// Writes the corrupt and hostile files into `folder`, returning their names.
  public static func writeCorrupt(into folder: URL, from valid: URL) throws -> [String] {
    let bytes = try Data(contentsOf: valid)
    try bytes.prefix(bytes.count / 2).write(to: folder.appendingPathComponent("truncated.docx"))
    try Data("This is not a Word document.\n".utf8).write(
      to: folder.appendingPathComponent("not-word.docx"))
    try (Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)).write(
      to: folder.appendingPathComponent("password.docx"))
    try writeArchive(
      ["word/other.xml": "<x/>"], to: folder.appendingPathComponent("no-document.docx"))
    try writeArchive(
      ["word/document.xml": String(repeating: "<w:p>", count: 400)],
      to: folder.appendingPathComponent("deep.docx"))
    try writeArchive(
      [
        "word/document.xml":
          #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"#
      ], to: folder.appendingPathComponent("laughs.docx"))
    return [
      "deep.docx", "laughs.docx", "no-document.docx", "not-word.docx",
      "password.docx", "truncated.docx",
    ]
  }

  private static func body(_ plan: [String: Any], layout: Layout) -> String {
    let outcomes: [[String: Any]] = (plan["outcomes"] as? [Any] ?? []).map {
      $0 as? [String: Any] ?? ["text": $0 as? String ?? ""]
    }
    let aspirations = plan["aspirations"] as? [String] ?? []
    let needs = plan["needs"] as? [String] ?? []
    var details: [(String, String)] = []
    if let id = plan["id"] { details.append(("Plan reference", "\(id)")) }
    if let child = plan["child"] as? String { details.append(("Name", child)) }
    if let year = plan["year_group"] as? Int {
      details.append(("Year group", year == 0 ? "Reception" : year == -1 ? "Nursery" : "\(year)"))
    }
    if let age = plan["age"] as? Int { details.append(("Age", "\(age)")) }
    if let birth = plan["date_of_birth"] as? String { details.append(("Date of birth", birth)) }
    if let date = plan["plan_date"] as? String { details.append(("Date of plan", date)) }
    var xml = ""
    switch layout {
    case .headings:
      xml += details.map { paragraph("\($0.0): \($0.1)") }.joined()
      xml += paragraph("Section A: Views, interests and aspirations", style: "Heading1")
      xml += aspirations.map { paragraph($0, list: true) }.joined()
      if !needs.isEmpty {
        xml += paragraph("Section B: Special educational needs", style: "Heading1")
        xml += needs.map { paragraph($0) }.joined()
      }
      xml += paragraph("Section E: Outcomes", style: "Heading1")
      for outcome in outcomes { xml += outcomeLines(outcome, number: nil) }
    case .table:
      xml += table(details.map { [$0.0, $0.1] })
      xml += table([["A: Views, interests and aspirations"]])
      xml += aspirations.map { paragraph($0) }.joined()
      if !needs.isEmpty {
        xml += table([["B: Special educational needs"]])
        xml += needs.map { paragraph($0) }.joined()
      }
      xml += table(
        [["E: Outcomes"], ["Outcome", "Area of need", "Steps towards", "By when", "Provision"]]
          + outcomes.map {
            [
              $0["text"] as? String ?? "", $0["area"] as? String ?? "", "",
              $0["by_when"] as? String ?? "", $0["provision"] as? String ?? "",
            ]
          })
    case .numbered:
      xml += details.map { paragraph("\($0.0): \($0.1)") }.joined()
      xml += paragraph("A. Aspirations")
      xml += aspirations.map { paragraph($0, list: true) }.joined()
      if !needs.isEmpty {
        xml += paragraph("B. Special educational needs")
        xml += needs.map { paragraph($0, list: true) }.joined()
      }
      xml += paragraph("E. Outcomes")
      for (index, outcome) in outcomes.enumerated() {
        xml += outcomeLines(outcome, number: index + 1)
      }
    }
    return xml
  }

  private static func outcomeLines(_ outcome: [String: Any], number: Int?) -> String {
    let text = outcome["text"] as? String ?? ""
    var xml = paragraph(number.map { "\($0). \(text)" } ?? text)
    if let area = outcome["area"] as? String { xml += paragraph("Area of need: \(area)") }
    if let provision = outcome["provision"] as? String {
      xml += paragraph("Provision: \(provision)")
    }
    if let byWhen = outcome["by_when"] as? String { xml += paragraph("By when: \(byWhen)") }
    return xml
  }

  private static func paragraph(_ text: String, style: String? = nil, list: Bool = false)
    -> String
  {
    var properties = ""
    if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
    if list { properties += #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"# }
    let runs = #"<w:r><w:t xml:space="preserve">\#(escaped(text))</w:t></w:r>"#
    return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
  }

  private static func table(_ rows: [[String]]) -> String {
    "<w:tbl>"
      + rows.map { row in
        "<w:tr>" + row.map { "<w:tc>" + paragraph($0) + "</w:tc>" }.joined() + "</w:tr>"
      }.joined() + "</w:tbl>"
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
