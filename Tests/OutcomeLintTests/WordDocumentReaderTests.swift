import Foundation
import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// The Word reader's limits and the order of what it reads.
@Suite struct WordDocumentReaderTests {
  private func archive(_ xml: String) throws -> Data {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-word-\(UUID().uuidString).docx")
    defer { try? FileManager.default.removeItem(at: url) }
    try DocxFixtureWriter.writeArchive(["word/document.xml": xml], to: url)
    return try Data(contentsOf: url)
  }

  @Test func inflatingPastTheLimitIsRefused() throws {
    let data = try archive(
      DocxFixtureWriter.document(
        String(repeating: "<w:p><w:r><w:t>aaaa</w:t></w:r></w:p>", count: 4000)))
    let reader = WordDocumentReader(limits: DocumentLimits(uncompressedBytes: 10_000))
    #expect(throws: DocumentReadError.self) { try reader.blocks(data) }
    #expect(data.count < 10_000)
  }

  @Test func tooManyEntriesAreRefused() throws {
    let data = try archive(DocxFixtureWriter.document(""))
    let reader = WordDocumentReader(limits: DocumentLimits(entries: 2))
    #expect(throws: DocumentReadError.self) { try reader.blocks(data) }
  }

  /// Malformed XML is an error that says in words what is wrong.
  @Test(arguments: [
    (
      "<w:p><w:r><w:t>one</w:p>",
      "an element ends with another name than it starts with (XML error 76)"
    ),
    (
      "<w:p><w:r><w:t>one</w:t></w:r></w:p></w:body>",
      "an element ends with another name than it starts with (XML error 76)"
    ),
    (
      "</w:body></w:document><w:p/><w:document><w:body>",
      "there is more after the end of the document (XML error 5)"
    ),
    ("<x:p/>", "a namespace prefix that is not declared (XML error 201)"),
  ])
  func malformedXMLIsAnErrorInWords(_ body: String, reason: String) throws {
    let data = try archive(DocxFixtureWriter.document(body))
    let error = #expect(throws: DocumentReadError.self) { try WordDocumentReader().blocks(data) }
    #expect(error?.message.hasSuffix(": " + reason) == true, "\(error?.message ?? "")")
  }

  /// Inputs the fuzz targets once crashed or hung on (Tests/Fuzz/regressions/):
  /// each must now be a clear error. The first three crashed or hung
  /// ZIPFoundation's in-memory reader, which the Word reader no longer uses;
  /// the last two crashed FoundationXML's parser (a processing instruction
  /// with no data; an element name that is not valid UTF-8).
  @Test(arguments: [
    "word-directory-past-end.docx", "word-deflate-cut-short.docx",
    "word-descriptor-seek-past-end.docx", "word-processing-instruction.docx",
    "word-element-name-invalid-utf8.docx",
  ])
  func fuzzRegressionIsAnError(_ name: String) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions/\(name)")
    let data = try Data(contentsOf: url)
    #expect(throws: DocumentReadError.self) { try WordDocumentReader().blocks(data) }
  }

  /// Elements are known by their local name, whatever their prefix, and
  /// names that only end like one (`w:tblPr`, `w:rt`) are not it.
  @Test(arguments: ["w:", ""])
  func elementsAreKnownWhateverTheirPrefix(_ prefix: String) throws {
    let body =
      "<w:p><w:r><w:t>Section E</w:t><w:tab/><w:t>Outcomes</w:t></w:r></w:p>"
      + "<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>Outcome</w:t><w:rt>ruby</w:rt>"
      + "<w:br/><w:t>text</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    let data = try archive(
      DocxFixtureWriter.document(body.replacingOccurrences(of: "w:", with: prefix)))
    #expect(
      try WordDocumentReader().blocks(data) == [
        DocumentBlock(.paragraph, "Section E Outcomes"),
        DocumentBlock(.cell(table: 0, row: 0, column: 0), "Outcome text"),
      ])
  }

  /// A text box, as Word writes it: its paragraph sits in a run of another
  /// paragraph, once as `mc:Choice` and again as `mc:Fallback`. Its text is
  /// read once, as a block of its own, and the paragraph around it is whole.
  @Test func textBoxIsReadOnceAndApart() throws {
    let box = "<w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent>"
    let data = try archive(
      DocxFixtureWriter.document(
        "<w:p><w:r><w:t>Before</w:t></w:r><w:r>"
          + #"<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">"#
          + "<mc:Choice Requires=\"wps\"><w:drawing>\(box)</w:drawing></mc:Choice>"
          + "<mc:Fallback><w:pict>\(box)</w:pict></mc:Fallback></mc:AlternateContent>"
          + "</w:r><w:r><w:t xml:space=\"preserve\"> after</w:t></w:r></w:p>"))
    #expect(
      try WordDocumentReader().blocks(data) == [
        DocumentBlock(.paragraph, "In the box"), DocumentBlock(.paragraph, "Before after"),
      ])
  }

  /// A content control not yet filled in shows placeholder text, which is
  /// not the plan's; once filled in (`w:showingPlcHdr` gone or false), its
  /// text is read.
  @Test func placeholderTextOfContentControlsIsSkipped() throws {
    func control(_ properties: String, _ text: String) -> String {
      "<w:sdt><w:sdtPr>\(properties)</w:sdtPr><w:sdtContent><w:p><w:r><w:t>\(text)</w:t></w:r></w:p>"
        + "</w:sdtContent></w:sdt>"
    }
    let data = try archive(
      DocxFixtureWriter.document(
        control("<w:showingPlcHdr/>", "Click or tap here to enter text.")
          + control(#"<w:showingPlcHdr w:val="false"/>"#, "Name: Sam")
          + control(#"<w:alias w:val="Year"/>"#, "Year group: 4")))
    #expect(
      try WordDocumentReader().blocks(data) == [
        DocumentBlock(.paragraph, ""), DocumentBlock(.paragraph, "Name: Sam"),
        DocumentBlock(.paragraph, "Year group: 4"),
      ])
  }

  /// A draft with tracked changes reads as it would if they were accepted:
  /// moved text only where it went to, hidden text not at all, and the
  /// formatting a change replaced not at all.
  @Test func trackedChangesAndHiddenTextReadAsAccepted() throws {
    func run(_ properties: String, _ text: String) -> String {
      "<w:r><w:rPr>\(properties)</w:rPr><w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }
    let data = try archive(
      DocxFixtureWriter.document(
        "<w:p><w:moveFrom>" + run("", "Moved ") + "</w:moveFrom>" + run("", "Sam will read")
          + "<w:moveTo>" + run("", " moved") + "</w:moveTo>" + run("<w:vanish/>", " hidden")
          + run(#"<w:vanish w:val="0"/>"#, " shown")
          + run("<w:b/><w:rPrChange><w:rPr><w:vanish/></w:rPr></w:rPrChange>", " unhidden")
          + "</w:p>"
          + #"<w:p><w:pPr><w:pStyle w:val="Normal"/><w:pPrChange><w:pPr><w:pStyle w:val="Heading1"/>"#
          + "</w:pPr></w:pPrChange></w:pPr>" + run("", "Not a heading") + "</w:p>"))
    #expect(
      try WordDocumentReader().blocks(data) == [
        DocumentBlock(.paragraph, "Sam will read moved shown unhidden"),
        DocumentBlock(.paragraph, "Not a heading"),
      ])
  }

  /// A table inside a cell of another: the outer cell keeps all its own text
  /// (before and after the inner table), and the inner table's cells follow
  /// the outer table's, so each table's cells stay together.
  @Test func nestedTableFollowsTheTableAroundIt() throws {
    func cell(_ content: String) -> String { "<w:tc>\(content)</w:tc>" }
    func paragraph(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }
    let inner =
      "<w:tbl><w:tr>" + cell(paragraph("Outcome")) + cell(paragraph("Area")) + "</w:tr></w:tbl>"
    let data = try archive(
      DocxFixtureWriter.document(
        "<w:tbl><w:tr>" + cell(paragraph("Section E") + inner + paragraph("Outcomes"))
          + cell(paragraph("Reviewed yearly")) + "</w:tr></w:tbl>"
          + paragraph("ten<w:noBreakHyphen/>week")))
    #expect(
      try WordDocumentReader().blocks(data) == [
        DocumentBlock(.cell(table: 0, row: 0, column: 0), paragraphs: ["Section E", "Outcomes"]),
        DocumentBlock(.cell(table: 0, row: 0, column: 1), "Reviewed yearly"),
        DocumentBlock(.cell(table: 1, row: 0, column: 0), "Outcome"),
        DocumentBlock(.cell(table: 1, row: 0, column: 1), "Area"),
        DocumentBlock(.paragraph, "ten-week"),
      ])
  }

  /// White space is collapsed and trimmed the same way whether or not the text
  /// needs it, for ASCII and other text.
  @Test func blockTextIsCollapsedAndTrimmed() {
    var random = SplitMix(seed: 11)
    let pieces = ["a", "bc", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{A0}", "é", "\u{2003}"]
    for _ in 0..<2_000 {
      let text = (0..<random.next(below: 8)).map { _ in pieces[random.next(below: pieces.count)] }
        .joined()
      let words = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      #expect(DocumentBlock(.paragraph, text).text == words, "\(Array(text.unicodeScalars))")
    }
  }

  @Test func paragraphsListItemsAndCellsKeepTheirOrder() throws {
    let data = try archive(
      DocxFixtureWriter.document(
        #"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Section E: Outcomes</w:t></w:r></w:p>"#
          + #"<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>one</w:t></w:r></w:p>"#
          + #"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Outcome</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Area</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
      ))
    let blocks = try WordDocumentReader().blocks(data)
    #expect(
      blocks == [
        DocumentBlock(.heading, "Section E: Outcomes"), DocumentBlock(.listItem, "one"),
        DocumentBlock(.cell(table: 0, row: 0, column: 0), "Outcome"),
        DocumentBlock(.cell(table: 0, row: 0, column: 1), "Area"),
      ])
  }
}
