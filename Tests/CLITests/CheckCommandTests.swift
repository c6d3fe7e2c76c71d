import Foundation
import OutcomeLintTestSupport
import Testing

/// Runs the built `outcomelint` binary as a user would.
@Suite struct CheckCommandTests {
  /// The binary, built beside the test bundle.
  static let binary: URL = {
    let testBundle = URL(fileURLWithPath: CommandLine.arguments[0])
    var directory = testBundle.deletingLastPathComponent()
    while !FileManager.default.fileExists(
      atPath: directory.appendingPathComponent("outcomelint").path),
      directory.path != "/"
    {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("outcomelint")
  }()

  struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
    var lines: [[String: Any]] {
      stdout.split(separator: "\n").compactMap {
        try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
      }
    }
  }

  static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let output = Pipe()
    let input = Pipe()
    // Standard error goes to a file, not a pipe: reading two pipes one after
    // the other deadlocks once the unread one fills.
    let errorsPath = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-stderr-\(UUID().uuidString)")
    #expect(FileManager.default.createFile(atPath: errorsPath.path, contents: nil))
    defer { try? FileManager.default.removeItem(at: errorsPath) }
    let errors = try FileHandle(forWritingTo: errorsPath)
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errors.close()
    let err = try Data(contentsOf: errorsPath)
    return Run(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  @Test func issueExampleAsJSONLines() throws {
    let run = try Self.run([
      "check", "--format", "jsonl", "--text",
      "John will receive 3 sessions of SALT per week to improve his communication.",
    ])
    #expect(run.status == 0)
    let record = try #require(run.lines.first)
    #expect(record["schema"] as? Int == 1)
    #expect(record["id"] as? Int == 1)
    #expect(record["grade"] as? String == "inadequate")
    let dimensions = try #require(record["dimensions"] as? [String: [String: Any]])
    #expect(dimensions["provision"]?["pass"] as? Bool == false)
    let findings = try #require(record["findings"] as? [[String: Any]])
    let summary = findings.map { "\($0["rule"]!) \($0["start"]!) \($0["end"]!) \($0["match"]!)" }
    #expect(summary.contains("service-session-count 18 45 3 sessions of SALT per week"))
    #expect(summary.contains("jargon 32 36 SALT"))
  }

  @Test func badLinesBecomeErrorRecordsInPlaceAndExitTwo() throws {
    let input = """
      {"id": "a", "text": "By the end of Year 6, Amy will read a chapter book each week so that she can join the library club."}
      {"id": "b", "text": 
      {"id": "c", "note": "no text"}
      {"id": "d", "text": "Amy will improve.", "area": "cognition-learning"}

      """
    let run = try Self.run(
      ["check", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input)
    #expect(run.status == 2)
    let records = run.lines
    #expect(records.map { $0["line"] as? Int } == [1, 2, 3, 4])
    #expect(records.map { $0["id"] as? String } == ["a", nil, "c", "d"])
    #expect(records[1]["error"] != nil && records[2]["error"] != nil)
    #expect(records[3]["area"] as? String == "cognition-learning")
    #expect(run.stderr.contains("-:2: invalid JSON"))
  }

  @Test func deadlineFieldAndColumnAreMergedLikeAPlansByWhen() throws {
    let undated =
      "Nia will carry her lunch tray to a table on her own so that she can sit with her friends."
    let jsonl = try Self.run(
      ["check", "--input-format", "jsonl", "--format", "jsonl", "-"],
      stdin: #"{"id": "n1", "text": "\#(undated)", "by_when": "End of Key Stage 2"}"# + "\n")
    let record = try #require(jsonl.lines.first)
    #expect(record["text"] as? String == "By the end of Key Stage 2, " + undated)
    #expect(record["by_when"] as? String == "End of Key Stage 2")
    let rules = (record["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    #expect(!rules.contains("missing-timeframe"))
    let csv = try Self.run(
      ["check", "--input-format", "csv", "--format", "csv", "-"],
      stdin: "id,text,By when\nn2,\"\(undated)\",Summer term 2027\n")
    #expect(csv.stdout.contains(",2,\"By summer term 2027, \(undated)\","), "\(csv.stdout)")
    let rewrite = try Self.run(
      ["rewrite", "--input-format", "jsonl", "--format", "jsonl", "-"],
      stdin: #"{"text": "\#(undated)", "by_when": "July 2027"}"# + "\n")
    #expect(rewrite.lines.first?["text"] as? String == "By July 2027, " + undated)
    let explain = try Self.run(
      ["explain", "--color", "never", "--by-when", "End of Year 4", undated])
    #expect(explain.stdout.contains("By the end of Year 4, " + undated))
  }

  @Test func failUnderSetsExitStatus() throws {
    let good =
      "By the end of Year 6, Amy will read a chapter book each week so that she can join the library club."
    #expect(
      try Self.run(["check", "--format", "jsonl", "--text", good, "--fail-under", "good"]).status
        == 0)
    let poor = try Self.run([
      "check", "--format", "jsonl", "--text", "to improve my independence", "--fail-under", "good",
    ])
    #expect(poor.status == 1)
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try Self.run(["check", "--format", "yaml", "--text", "x"]).status == 2)
    #expect(try Self.run(["check", "no-such-file.txt"]).status == 2)
  }

  @Test func textFormatNamesEveryDimension() throws {
    let run = try Self.run(["check", "--format", "text", "--text", "to behave in all lessons"])
    for dimension in ["timeframe", "measurable", "specific", "provision", "perspective", "purpose"]
    {
      #expect(run.stdout.contains(dimension))
    }
    #expect(run.stdout.contains("unrealistic-absolute"))
    #expect(!run.stdout.contains("\u{1B}["), "no colour when not a terminal")
  }

  @Test func rulesMarkdownListsEveryRule() throws {
    let run = try Self.run(["rules", "--format", "markdown"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("## missing-timeframe"))
    #expect(run.stdout.contains("## service-session-count"))
  }
}

/// Batch options on the real binary.
@Suite struct BatchCommandTests {
  @Test func outputFileSummaryAndJobsAgree() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("in.txt")
    let lines = (1...300).map {
      "By the end of Year \($0 % 9 + 1), Kim will swim \($0) metres each week."
    }
    try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
    let one = directory.appendingPathComponent("one.jsonl").path
    let two = directory.appendingPathComponent("two.jsonl").path
    let first = try CheckCommandTests.run(["check", input.path, "--jobs", "1", "--output", one])
    let second = try CheckCommandTests.run([
      "check", input.path, "--jobs", "3", "--output", two, "--summary", "--summary-format", "json",
    ])
    #expect(first.status == 0 && second.status == 0)
    let bytesOne = try Data(contentsOf: URL(fileURLWithPath: one))
    #expect(bytesOne == (try Data(contentsOf: URL(fileURLWithPath: two))))
    #expect(String(decoding: bytesOne, as: UTF8.self).split(separator: "\n").count == 300)
    let summary = try JSONSerialization.jsonObject(with: Data(second.stderr.utf8)) as? [String: Any]
    #expect(summary?["records"] as? Int == 300)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(!leftovers.contains { $0.hasSuffix(".partial") })
  }

  @Test func csvOutputNeutralisesFormulas() throws {
    let run = try CheckCommandTests.run(["check", "--format", "csv", "--text", "=HYPERLINK(\"x\")"])
    let row = run.stdout.split(separator: "\r\n")[1]
    #expect(row.contains(",\"'=HYPERLINK(\"\"x\"\")\","))
  }

  @Test func csvRewriteColumnMatchesTheJSONLinesRewrite() throws {
    let texts = [
      "John will receive 3 sessions of SALT per week to improve his communication.",
      "By the end of Key Stage 1, John will be able to communicate in sentences so that he can be understood by his friends at break times each day.",
    ]
    let arguments = texts.flatMap { ["--text", $0] }
    let csv = try CheckCommandTests.run(["check", "--format", "csv"] + arguments)
    let jsonl = try CheckCommandTests.run(["check", "--format", "jsonl"] + arguments)
    let rows = csv.stdout.split(separator: "\r\n").map { CSVCells.split(String($0)) }
    let column = try #require(rows.first?.firstIndex(of: "rewrite"))
    #expect(rows.count == 3 && jsonl.lines.count == 2)
    for (row, record) in zip(rows.dropFirst(), jsonl.lines) {
      #expect(row.count == rows[0].count)
      #expect(row[column] == (record["rewrite"] as? String ?? ""))
    }
    #expect(rows[1][column].hasPrefix("[by when: "))
    #expect(rows[2][column].isEmpty)
  }
}
