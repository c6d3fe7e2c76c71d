import Foundation
import Testing

/// `rewrite`, `explain`, `compare` and `examples` run as a user would run them.
@Suite struct RewriteCommandTests {
  static let issue = "John will receive 3 sessions of SALT per week to improve his communication."
  static let strong =
    "By the end of Year 6, Amy will read a chapter book each week so that she can join the library club."

  @Test func rewriteJSONLinesAddsRewriteFields() throws {
    let run = try CheckCommandTests.run([
      "rewrite", "--format", "jsonl", "--text", Self.issue, "--text", Self.strong,
    ])
    #expect(run.status == 0)
    let records = run.lines
    #expect(records.count == 2)
    let rewrite = try #require(records[0]["rewrite"] as? String)
    #expect(rewrite.contains("John will be able to"))
    #expect(
      records[0]["moved_to_provision"] as? [String]
        == ["3 sessions of speech and language therapy per week"])
    let prompts = try #require(records[0]["prompts"] as? [[String: Any]])
    #expect(prompts.map { $0["slot"] as? String } == ["when", "action", "criterion", "purpose"])
    #expect(records[1]["rewrite"] is NSNull)
    #expect((records[1]["prompts"] as? [Any])?.isEmpty == true)
  }

  @Test func checkJSONLinesCarriesTheRewrite() throws {
    let run = try CheckCommandTests.run(["check", "--format", "jsonl", "--text", Self.issue])
    let record = try #require(run.lines.first)
    #expect(record["rewrite"] is String)
    #expect(record["findings"] is [Any])
  }

  @Test func rewriteTextShowsOriginalRewriteProvisionAndReasons() throws {
    let run = try CheckCommandTests.run([
      "rewrite", "--format", "text", "--person", "first", "--text", Self.issue,
    ])
    #expect(run.status == 0)
    for expected in [
      "original  John will receive", "rewrite   [by when: e.g. the end of Key Stage 2], I will",
      "Section F", "3 sessions of speech and language therapy per week", "What changed and why",
    ] {
      #expect(run.stdout.contains(expected), "missing \(expected)")
    }
    #expect(!run.stdout.contains("\u{1B}["))
  }

  @Test func rewriteReadsStandardInputLikeCheck() throws {
    let run = try CheckCommandTests.run(
      ["rewrite", "--format", "jsonl", "-"], stdin: "to improve my independence\n")
    let record = try #require(run.lines.first)
    #expect((record["rewrite"] as? String)?.contains("I will be able to") == true)
  }

  @Test func explainCompareAndExamplesRun() throws {
    let explain = try CheckCommandTests.run(["explain", Self.issue])
    #expect(explain.status == 0)
    #expect(explain.stdout.contains("SMART checklist") && explain.stdout.contains("Guidance:"))
    let compare = try CheckCommandTests.run(["compare", Self.issue, Self.strong])
    #expect(compare.status == 0)
    #expect(compare.stdout.contains("Resolved (in A, gone from B)"))
    let examples = try CheckCommandTests.run(["examples", "--area", "semh", "--phase", "ks1"])
    #expect(examples.status == 0)
    #expect(examples.stdout.contains("semh-ks1-1") && examples.stdout.contains("POOR"))
    #expect(!examples.stdout.contains("=== ci-"))
    #expect(try CheckCommandTests.run(["explain", "   "]).status == 2)
    #expect(try CheckCommandTests.run(["examples", "--area", "maths"]).status == 2)
  }

  @Test func colourOnlyWhenAsked() throws {
    let always = try CheckCommandTests.run(["explain", "--color", "always", Self.issue])
    #expect(always.stdout.contains("\u{1B}["))
    let auto = try CheckCommandTests.run(["explain", Self.issue])
    #expect(!auto.stdout.contains("\u{1B}["))
  }
}
