import Testing

@testable import OutcomeLintReporters

/// Writing a cell byte by byte gives exactly the cell worked out on
/// characters: CR LF is one line break, a mark combined onto a comma or quote
/// makes another character, and formulas are neutralised either way.
@Suite struct CSVCellTests {
  @Test(arguments: [
    "", "plain words", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere", "crlf\r\nhere", "\r\n",
    "\r", "\n", "ends\r", "\nstarts", "=SUM(A1)", "+1", "-5", "@x", "\tx", "\rx", "\r\nx",
    "'quoted", "café, \"x\"", ",\u{301}", "\"\u{301}", "=\u{301}", "é", "\u{301}\r\n",
  ])
  func writtenCellMatchesTheCharacterRules(_ value: String) {
    var output = OutputBuffer(handle: nil)
    CSVCell.write(value, to: &output)
    #expect(output.text == CSVCell.text(value))
  }
}
