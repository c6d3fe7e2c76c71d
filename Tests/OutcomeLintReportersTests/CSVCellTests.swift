import Foundation
import OutcomeLint
import OutcomeLintTestSupport
import Testing

@testable import OutcomeLintReporters

/// A cell reads back (RFC 4180) as its value, neutralised against formulas:
/// quoted whenever it holds a comma, a quote, a CR or an LF, however they
/// combine into characters (a CR LF pair, a mark combined onto a comma or a
/// quote).
@Suite struct CSVCellTests {
  @Test(arguments: [
    "", "plain words", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere", "crlf\r\nhere", "\r\n",
    "\r", "\n", "ends\r", "\nstarts", "=SUM(A1)", "+1", "-5", "@x", "\tx", "\rx", "\r\nx",
    "'quoted", "café, \"x\"", ",\u{301}", "\"\u{301}", "=\u{301}", "é", "\u{301}\r\n",
    "é\r\nx", "\"\u{301}é,",
  ])
  func writtenCellReadsBackAsItsValue(_ value: String) throws {
    var output = OutputBuffer(handle: nil)
    CSVCell.write(value, to: &output)
    #expect(output.text == CSVCell.text(value))
    let records = try #require(CSVCells.records(output.text + "\r\n"), "\(output.text)")
    let isFormula = value.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) }
    #expect(records == [[isFormula == true ? "'" + value : value]])
  }

  @Test func lineBreaksAndMarkedCommasAreQuoted() {
    #expect(CSVCell.text("crlf\r\nhere") == "\"crlf\r\nhere\"")
    #expect(CSVCell.text(",\u{301}") == "\",\u{301}\"")
    #expect(CSVCell.text("\"\u{301}") == "\"\"\"\u{301}\"")
    #expect(CSVCell.text("plain") == "plain")
  }

  /// Found by the reporters' fuzz target (kept in Tests/Fuzz/regressions): a
  /// CR LF pair, or a comma or quote with a mark combined onto it, was one
  /// character that was neither, so the cell went unquoted and broke its row.
  @Test(arguments: ["report-csv-line-break.txt", "report-csv-combining-mark.txt"])
  func fuzzRegressionStaysOneRow(_ name: String) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions/\(name)")
    let text = try Data(contentsOf: url)
    let record = RecordDecoder(format: .text).decode(Array(text), line: 1, source: name)
    let reporter = CSVReporter()
    let result = try Analyzer(engine: TestEngine.shared).analyze(record)
    let row = String(decoding: reporter.rendered(result), as: UTF8.self)
    let header = try #require(CSVCells.records(reporter.header)?.first)
    let records = try #require(CSVCells.records(row), "\(row)")
    #expect(records.count == 1 && records.first?.count == header.count)
    #expect(records.first?[3] == String(decoding: text, as: UTF8.self))
  }
}
