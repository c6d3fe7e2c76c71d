import OutcomeLint
import OutcomeLintRules
import OutcomeLintTestSupport
import Testing

/// Runs every rule's good and poor examples through the real pipeline and
/// real lexicons, then again with multibyte whitespace prepended so every
/// byte offset shifts.
@Suite struct RuleExampleTests {
  /// Non-breaking space and em space: 5 bytes ICU treats as whitespace.
  static let multibytePrefix = "\u{00A0}\u{2003}"

  @Test(arguments: ExampleCase.all)
  func example(_ testCase: ExampleCase) throws {
    try check(testCase, prefix: "")
  }

  @Test(arguments: ExampleCase.all)
  func exampleWithShiftedOffsets(_ testCase: ExampleCase) throws {
    try check(testCase, prefix: Self.multibytePrefix)
  }

  private func check(_ testCase: ExampleCase, prefix: String) throws {
    let example = testCase.example
    let location = SourceLocation(
      fileID: "OutcomeLintRules/\(example.file.split(separator: "/").last ?? "")",
      filePath: example.file, line: example.line, column: 1)
    let report = try TestEngine.analyze(prefix + example.text)
    let spans = report.findings.filter { $0.rule == testCase.rule }.map(\.span)
    if !testCase.isPoor {
      #expect(
        spans.isEmpty,
        "\(testCase.rule) fired on a good example at \(spans.map { report.outcome.document.text($0) })",
        sourceLocation: location)
      return
    }
    #expect(
      !spans.isEmpty, "\(testCase.rule) did not fire on a poor example", sourceLocation: location)
    let shift = prefix.utf8.count
    let expected = example.markedSpans.map {
      TextSpan(start: $0.start + shift, end: $0.end + shift)
    }
    if !expected.isEmpty {
      #expect(
        spans == expected,
        "spans \(spans.map { report.outcome.document.text($0) }) != marked \(expected.map { report.outcome.document.text($0) })",
        sourceLocation: location)
    }
  }
}
