import Foundation
import Testing

/// Runs `outcomelint audit` as a user would, and renders its HTML report in
/// headless Chromium.
@Suite struct AuditCommandTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let samplePlans = packageRoot.appendingPathComponent("corpus/plans").path

  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-audit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static let hostilePlan =
    #"{"id": "hostile", "child": "Zed", "year_group": 4, "aspirations": ["I want to swim <b>fast</b>."], "outcomes": [{"text": "By the end of Year 6, Zed will swim 10 metres <script>alert(1)</script> so that he can swim with friends.", "area": "sensory"}]}"#

  @Test func jsonLinesGivesOnePlanPerInputInOrder() throws {
    let run = try CheckCommandTests.run(["audit", "--format", "jsonl", Self.samplePlans])
    #expect(run.status == 0, "\(run.stderr)")
    let plans = run.lines
    #expect(plans.count >= 50)
    let ids = plans.compactMap { $0["id"] as? String }
    #expect(ids.count == plans.count && Set(ids).count == ids.count)
    #expect(ids.first == "ey-01")
    for plan in plans {
      #expect(plan["schema"] as? Int == 1 && plan["grade"] is String && plan["score"] is Int)
      let outcomes = try #require(plan["outcomes"] as? [[String: Any]])
      for outcome in outcomes {
        #expect(outcome["schema"] as? Int == 1 && outcome["dimensions"] is [String: Any])
      }
    }
    let grades = Set(plans.compactMap { $0["grade"] as? String })
    #expect(grades.isSuperset(of: ["good", "requires-improvement", "inadequate"]))
    let stages = Set(plans.compactMap { $0["key_stage"] as? String })
    #expect(stages == ["eyfs", "ks1", "ks2", "ks3", "ks4", "post-16"])
  }

  @Test func sameOutputAtAnyNumberOfJobsAndTextSummaryWorstFirst() throws {
    let one = try CheckCommandTests.run([
      "audit", "--format", "jsonl", "--jobs", "1", Self.samplePlans,
    ])
    let two = try CheckCommandTests.run([
      "audit", "--format", "jsonl", "--jobs", "2", Self.samplePlans,
    ])
    #expect(one.stdout == two.stdout)
    let text = try CheckCommandTests.run([
      "audit", "--top", "3", "--color", "never", Self.samplePlans,
    ])
    #expect(text.status == 0)
    #expect(text.stdout.contains("Worst plans first (3 of"))
    #expect(text.stdout.contains("  INADEQUATE"))
    #expect(text.stdout.contains("Near-duplicate outcomes across plans"))
    #expect(text.stdout.contains("  preparing for adulthood  "))
    #expect(text.stdout.contains("  social care  "))
  }

  @Test func unreadablePlanKeepsItsPlaceAndExitsTwo() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plans.jsonl")
    try (Self.hostilePlan + "\n{\"id\": \"broken\", \"outcomes\": 3}\n\n" + Self.hostilePlan + "\n")
      .write(to: file, atomically: true, encoding: .utf8)
    let run = try CheckCommandTests.run(["audit", "--format", "jsonl", file.path])
    #expect(run.status == 2)
    #expect(run.lines.count == 3)
    #expect(run.lines[1]["id"] as? String == "broken" && run.lines[1]["error"] is String)
    #expect(run.lines[2]["line"] as? Int == 4)
    #expect(run.stderr.contains("plans.jsonl:2:"))
  }

  @Test func redactReplacesNamesInEveryOutput() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let csv = directory.appendingPathComponent("audit.csv").path
    let html = directory.appendingPathComponent("audit.html").path
    let run = try CheckCommandTests.run(
      ["audit", "--redact", "--format", "jsonl", "--csv", csv, "--html", html, "-"],
      stdin: Self.hostilePlan + "\n")
    #expect(run.status == 0, "\(run.stderr)")
    for output in [
      run.stdout, try String(contentsOfFile: csv, encoding: .utf8),
      try String(contentsOfFile: html, encoding: .utf8),
    ] {
      #expect(!output.contains("Zed"))
      #expect(output.contains("Z."))
    }
  }

  @Test func htmlReportRendersInHeadlessChromium() throws {
    guard
      let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else {
      print(
        "SKIPPED htmlReportRendersInHeadlessChromium: chromium is not installed (apt-get install -y chromium; .ci/run installs it)"
      )
      return
    }
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let hostile = directory.appendingPathComponent("hostile.json")
    try Self.hostilePlan.write(to: hostile, atomically: true, encoding: .utf8)
    let html = directory.appendingPathComponent("report.html")
    let run = try CheckCommandTests.run([
      "audit", "--html", html.path, "--format", "jsonl", Self.samplePlans, hostile.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let page = try String(contentsOf: html, encoding: .utf8)
    #expect(page.contains("<svg") && !page.contains("<script>alert(1)"))
    #expect(!page.contains("http://") && !page.contains("https://"))

    let screenshot = directory.appendingPathComponent("report.png")
    let shot = try Self.chromium(
      chromium, ["--screenshot=\(screenshot.path)", "--window-size=1280,2000", html.absoluteString])
    #expect(shot.consoleMessages.isEmpty, "console: \(shot.consoleMessages)")
    let size = try FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int
    #expect((size ?? 0) > 10_000)

    let dom = try Self.chromium(chromium, ["--dump-dom", html.absoluteString])
    #expect(dom.consoleMessages.isEmpty, "console: \(dom.consoleMessages)")
    #expect(dom.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!dom.stdout.contains("<script>alert(1)"))
    #expect(dom.stdout.contains("id=\"plantable\"") && dom.stdout.contains("plans</span>"))
  }

  struct BrowserRun {
    let stdout: String
    let consoleMessages: [String]
  }

  static func chromium(_ path: String, _ arguments: [String]) throws -> BrowserRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
        "--enable-logging=stderr", "--v=0",
      ] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let console = String(decoding: err, as: UTF8.self).split(separator: "\n")
      .filter { $0.contains(":CONSOLE") }.map(String.init)
    return BrowserRun(stdout: String(decoding: out, as: UTF8.self), consoleMessages: console)
  }
}
