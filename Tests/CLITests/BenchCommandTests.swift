import Foundation
import Testing

/// `outcomelint bench` as a user runs it: every pass is timed and reported
/// against raw ICU (the numbers themselves are measured by the benchmarks,
/// never asserted here).
@Suite struct BenchCommandTests {
  /// A small corpus file of this test's own.
  static func corpus(name: String = #function) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-bench-\(getpid())-\(name.prefix { $0 != "(" }).txt")
    let outcomes = (1...40).map { number in
      number.isMultiple(of: 2)
        ? "By the end of Year \(number % 6 + 1), Sam will read \(number) words so that he can enjoy books."
        : "Sam will receive \(number % 5 + 1) sessions of speech and language therapy."
    }
    try (outcomes.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  @Test func everyPassIsReportedAgainstICU() throws {
    let run = try CheckCommandTests.run([
      "bench", try Self.corpus(), "--jobs", "1,2", "--repeats", "2",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("40 outcomes"))
    let rows = run.stdout.split(separator: "\n").filter {
      $0.hasPrefix("| ") && !$0.hasPrefix("| pass") && !$0.hasPrefix("| ---")
    }
    #expect(
      rows.map { $0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces) } == [
        "raw ICU word segmentation", "engine, analysis only (no output)",
        "engine, analysis and rewrite (no output)", "engine + JSON Lines", "engine + JSON Lines",
      ])
    #expect(rows.first?.hasSuffix("| 1.000 |") == true)
    #expect(
      rows.map { $0.split(separator: "|")[1].trimmingCharacters(in: .whitespaces) }.suffix(2) == [
        "1", "2",
      ])
    #expect(run.stdout.contains("speed-up at 2 workers: "))
  }

  @Test func singlePassPrintsNothing() throws {
    let run = try CheckCommandTests.run(["bench", try Self.corpus(), "--only", "jsonl"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
  }
}
