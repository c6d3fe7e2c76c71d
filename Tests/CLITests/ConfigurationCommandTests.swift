import Foundation
import Testing

/// Configuration, suppression and baselines from the command line, run in a
/// scratch folder as a user would.
@Suite struct ConfigurationCommandTests {
  /// A fresh folder, removed after the test.
  final class Scratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-cli-\(UUID().uuidString)")

    init() throws {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ contents: String) throws {
      let file = url.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(contents.utf8).write(to: file)
    }

    func read(_ name: String) throws -> String {
      try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    /// Runs `outcomelint` with `directory` (relative to the scratch folder) as
    /// the working directory.
    func run(_ arguments: [String], in directory: String = ".") throws -> CheckCommandTests.Run {
      let process = Process()
      process.executableURL = CheckCommandTests.binary
      process.arguments = arguments
      process.currentDirectoryURL = url.appendingPathComponent(directory)
      let output = Pipe()
      let errors = Pipe()
      process.standardOutput = output
      process.standardError = errors
      process.standardInput = FileHandle.nullDevice
      try process.run()
      let out = output.fileHandleForReading.readDataToEndOfFile()
      let err = errors.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return CheckCommandTests.Run(
        status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
        stderr: String(decoding: err, as: UTF8.self))
    }
  }

  static let outcome = "By half term, Amy will read a chapter book aloud with her SALT each week."

  private func rules(_ run: CheckCommandTests.Run) -> [String] {
    (run.lines.first?["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
  }

  @Test func configInitWritesAFileTheToolReadsAndRefusesToOverwrite() throws {
    let scratch = try Scratch()
    let created = try scratch.run(["config", "init"])
    #expect(created.status == 0)
    let text = try scratch.read(".outcomelint.yml")
    #expect(text.contains("person: either"))
    #expect(text.contains("  jargon:"))
    #expect(try scratch.run(["check", "--format", "jsonl", "--text", Self.outcome]).status == 0)
    let again = try scratch.run(["config", "init"])
    #expect(again.status == 2)
    #expect(again.stderr.contains("already exists"))
    #expect(try scratch.run(["config", "init", "--force"]).status == 0)
    #expect(try scratch.run(["config", "init", "-"]).stdout == text)
  }

  @Test func configIsFoundFromTheWorkingDirectoryUpwards() throws {
    let scratch = try Scratch()
    try scratch.write(
      ".outcomelint.yml",
      "person: first\nminimum-timeframe-months: 24\nrules:\n  jargon: off\n  missing-purpose: suggestion\n"
    )
    try scratch.write("plans/a/.keep", "")
    let run = try scratch.run(
      ["check", "--format", "jsonl", "--text", Self.outcome], in: "plans/a")
    #expect(run.status == 0)
    let found = rules(run)
    #expect(found.contains("subject-person"))
    #expect(!found.contains("jargon"))
    let findings = run.lines.first?["findings"] as? [[String: Any]] ?? []
    #expect(
      findings.first { $0["rule"] as? String == "missing-purpose" }?["severity"] as? String
        == "suggestion")

    let ignored = try scratch.run(
      ["check", "--no-config", "--format", "jsonl", "--text", Self.outcome], in: "plans/a")
    #expect(rules(ignored).contains("jargon"))
    #expect(!rules(ignored).contains("subject-person"))
  }

  @Test func explicitConfigAndItsLexiconFolderRelativeToIt() throws {
    let scratch = try Scratch()
    try scratch.write(
      "house/style.yml", "lexicons: [words]\nrules:\n  missing-purpose: off\n")
    try scratch.write("house/words/jargon.tsv", "# lexicon: jargon\nchapter book\treading book\t\n")
    let run = try scratch.run([
      "check", "--config", "house/style.yml", "--format", "jsonl", "--text", Self.outcome,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let findings = run.lines.first?["findings"] as? [[String: Any]] ?? []
    #expect(findings.contains { $0["match"] as? String == "chapter book" })
    #expect(!rules(run).contains("missing-purpose"))
  }

  @Test func typoInARuleIdIsAnErrorListingValidIds() throws {
    let scratch = try Scratch()
    try scratch.write(".outcomelint.yml", "# house style\nrules:\n  jargn: off\n")
    try scratch.write(
      "labelled.jsonl", #"{"text": "Amy will read.", "source_verdict": "poor"}"# + "\n")
    let run = try scratch.run(["check", "--text", Self.outcome])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains(".outcomelint.yml:3:3: unknown rule 'jargn'"))
    #expect(run.stderr.contains("did you mean 'jargon'?"))
    #expect(run.stderr.contains("missing-timeframe, vague-timeframe"))
    let evaluate = try scratch.run(["evaluate", "labelled.jsonl"])
    #expect(evaluate.status == 2)
    #expect(evaluate.stderr.contains("unknown rule 'jargn'"))
  }

  @Test func wrongTypeAndUnknownKeyAreErrors() throws {
    let scratch = try Scratch()
    try scratch.write("a.yml", "minimum-timeframe-months: soon\n")
    let wrongType = try scratch.run(["check", "--config", "a.yml", "--text", Self.outcome])
    #expect(wrongType.status == 2)
    #expect(
      wrongType.stderr.contains(
        "a.yml:1:27: 'minimum-timeframe-months' must be a whole number from 1 to 120, not 'soon'"))
    try scratch.write("b.yml", "person: first\ncolour: red\n")
    let unknownKey = try scratch.run(["check", "--config", "b.yml", "--text", Self.outcome])
    #expect(unknownKey.status == 2)
    #expect(unknownKey.stderr.contains("b.yml:2:1: unknown key 'colour'"))
    #expect(unknownKey.stderr.contains("valid keys: rules, person, minimum-timeframe-months"))
    let both = try scratch.run(["check", "--config", "a.yml", "--no-config", "--text", "x"])
    #expect(both.status == 2)
  }

  @Test func evaluateUsesTheConfiguration() throws {
    let scratch = try Scratch()
    try scratch.write(
      "labelled.jsonl",
      #"{"text": "By the end of Year 6, Amy will read a chapter book aloud to her class each week.", "source_verdict": "good", "timeframe": true, "measurable": true, "specific": true, "provision": false, "service_perspective": false, "purpose": false}"#
        + "\n")
    try scratch.write("strict.yml", "grades: {outstanding: 99, good: 99, inadequate: 50}\n")
    let plain = try scratch.run(["evaluate", "labelled.jsonl", "--format", "jsonl", "--no-config"])
    let strict = try scratch.run([
      "evaluate", "labelled.jsonl", "--format", "jsonl", "--config", "strict.yml",
    ])
    #expect(plain.status == 0 && strict.status == 0, "\(plain.stderr)\(strict.stderr)")
    #expect(plain.stdout != strict.stdout)
  }

  @Test func textLineSuppressionAndItsProblems() throws {
    let scratch = try Scratch()
    try scratch.write(
      "plan.txt",
      Self.outcome + " # outcomelint: ignore jargon -- the family's word for her therapist\n"
        + Self.outcome + " # outcomelint: ignore jargon\n"
        + Self.outcome + " # outcomelint: ignore jargn -- typo\n")
    let run = try scratch.run(["check", "plan.txt", "--format", "jsonl", "--no-config"])
    #expect(run.status == 0)
    let records = run.lines
    #expect(records.count == 3)
    #expect(records.allSatisfy { $0["text"] as? String == Self.outcome })
    let suppressed = records[0]["suppressed"] as? [[String: Any]] ?? []
    #expect(suppressed.map { $0["rule"] as? String } == ["jargon"])
    #expect(suppressed.first?["reason"] as? String == "the family's word for her therapist")
    let firstRules = (records[0]["findings"] as? [[String: Any]] ?? []).compactMap {
      $0["rule"] as? String
    }
    #expect(!firstRules.contains("jargon"))
    for record in records.dropFirst() {
      let found = (record["findings"] as? [[String: Any]] ?? []).compactMap {
        $0["rule"] as? String
      }
      #expect(found.contains("jargon"))
      #expect(found.contains("invalid-suppression"))
      #expect((record["suppressed"] as? [Any])?.isEmpty == true)
    }
  }

  @Test func baselineReportsOnlyNewFindings() throws {
    let scratch = try Scratch()
    let old = "Tom will receive SALT.\n" + Self.outcome + "\n"
    try scratch.write("plan.txt", old)
    let write = try scratch.run([
      "check", "plan.txt", "--no-config", "--format", "jsonl", "--write-baseline", "base.jsonl",
    ])
    #expect(write.status == 0)
    let baseline = try scratch.read("base.jsonl")
    #expect(baseline.hasPrefix(#"{"kind":"outcomelint-baseline","schema":1}"#))
    #expect(baseline.contains(#""rule":"provision-as-outcome","match":"will receive""#))

    let same = try scratch.run([
      "check", "plan.txt", "--no-config", "--format", "jsonl", "--baseline", "base.jsonl",
      "--summary", "--summary-format", "json", "--fail-under", "good",
    ])
    #expect(same.status == 0, "\(same.stderr)")
    #expect(same.lines.allSatisfy { ($0["findings"] as? [Any])?.isEmpty == true })
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(same.stderr.utf8)) as? [String: Any])
    #expect(summary["baselined"] as? Int == baseline.split(separator: "\n").count - 1)

    try scratch.write("plan.txt", "Tom will receive SALT and OT.\n" + Self.outcome + "\n")
    let edited = try scratch.run([
      "check", "plan.txt", "--no-config", "--format", "jsonl", "--baseline", "base.jsonl",
      "--summary",
    ])
    #expect(rules(edited).contains("jargon"))
    #expect(!rules(edited).contains("provision-as-outcome"))
    #expect(edited.stderr.contains("findings already in base.jsonl, not reported"))
  }

  @Test func baselineFromAnotherVersionOrMalformedIsAnError() throws {
    let scratch = try Scratch()
    try scratch.write("old.jsonl", #"{"kind":"outcomelint-baseline","schema":0}"# + "\n")
    let other = try scratch.run(["check", "--no-config", "--baseline", "old.jsonl", "--text", "x"])
    #expect(other.status == 2)
    #expect(other.stdout.isEmpty)
    #expect(other.stderr.contains("old.jsonl:1: written for record schema 0"))
    try scratch.write("junk.jsonl", "[1, 2]\n")
    let junk = try scratch.run(["check", "--no-config", "--baseline", "junk.jsonl", "--text", "x"])
    #expect(junk.status == 2)
    #expect(junk.stderr.contains("junk.jsonl:1: not a baseline"))
    let missing = try scratch.run([
      "check", "--no-config", "--baseline", "gone.jsonl", "--text", "x",
    ])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("gone.jsonl: cannot read"))
  }
}
