import Foundation
import OutcomeLint
import OutcomeLintReporters
import OutcomeLintTestSupport
import Testing

/// The check CSV: one row per record, the same columns in every row, the
/// suggested rewrite in its own column, formulas neutralised.
@Suite struct CSVReporterTests {
  private static let weak =
    "John will receive 3 sessions of SALT per week to improve his communication."
  private static let strong =
    "By the end of Key Stage 1, John will be able to communicate in sentences so that he can be understood by his friends at break times each day."

  /// The header's column names mapped to the cells of `result`'s row.
  private func row(_ result: RecordResult, rewriter: Rewriter = Rewriter()) -> [String: String] {
    let reporter = CSVReporter(rewriter: rewriter)
    let names = CSVCells.split(reporter.header)
    let line = String(decoding: reporter.rendered(result), as: UTF8.self)
    #expect(line.hasSuffix("\r\n"))
    let values = CSVCells.split(line)
    #expect(values.count == names.count, "\(line)")
    return Dictionary(zip(names, values), uniquingKeysWith: { first, _ in first })
  }

  private func analyzed(_ text: String) throws -> RecordResult {
    try Analyzer(engine: TestEngine.shared).analyze(
      InputRecord(source: "t.txt", line: 1, idJSON: "1", text: Array(text.utf8)))
  }

  @Test func rewriteColumnSitsBetweenRulesAndError() {
    let names = CSVCells.split(CSVReporter().header)
    #expect(Array(names.suffix(3)) == ["rules", "rewrite", "error"])
    #expect(Array(names.prefix(6)) == ["id", "file", "line", "text", "grade", "score"])
  }

  @Test func weakOutcomeCarriesTheRewriterText() throws {
    let result = try analyzed(Self.weak)
    guard case .analyzed(_, let report) = result else {
      Issue.record("not analysed")
      return
    }
    for person in [nil, PersonStyle.first] {
      let rewriter = Rewriter(person: person)
      let expected = try #require(rewriter.rewrite(report)?.text)
      let cells = row(result, rewriter: rewriter)
      #expect(cells["rewrite"] == expected)
      #expect(cells["error"] == "")
    }
    #expect(row(result, rewriter: Rewriter(person: .first))["rewrite"]?.contains("I will") == true)
  }

  @Test func strongOutcomeAndErrorRecordHaveAnEmptyRewrite() throws {
    let strong = row(try analyzed(Self.strong))
    #expect(strong["grade"] == "outstanding" || strong["grade"] == "good")
    #expect(strong["rewrite"] == "")
    let failed = row(
      .failed(InputRecord(source: "f.txt", line: 9, idJSON: "9", error: "bad"), "invalid UTF-8"))
    #expect(failed["rewrite"] == "" && failed["error"] == "invalid UTF-8")
    #expect(failed["line"] == "9")
  }

  @Test func everyCellIsNeutralisedAgainstFormulas() throws {
    let cells = row(try analyzed("=" + Self.weak))
    #expect(cells["text"] == "'=" + Self.weak)
    #expect(cells["rewrite"]?.isEmpty == false)
    for (name, value) in cells {
      #expect(value.first.map { "=+-@\t\r".contains($0) } != true, "\(name): \(value)")
    }
  }
}
