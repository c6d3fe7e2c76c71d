import Foundation
import Testing

/// Corpora with injected faults: one error record per bad record, in place,
/// and every good record scored.
@Suite struct FaultInjectionTests {
  static let good =
    "By the end of Year 6, Amy will read a chapter book each week so that she can join the library club."

  private func run(_ name: String, _ contents: [UInt8], _ extra: [String] = []) throws
    -> (CheckCommandTests.Run, [[String: Any]])
  {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-faults-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent(name)
    try Data(contents).write(to: file)
    let run = try CheckCommandTests.run(
      ["check", "--format", "jsonl", "--quiet", file.path] + extra)
    return (run, run.lines)
  }

  @Test func textFaults() throws {
    var bytes: [UInt8] = []
    let lines: [[UInt8]] = [
      Array(Self.good.utf8),
      Array("Amy will read".utf8) + [0xFF, 0xFE],
      Array("Amy".utf8) + [0] + Array(" will read.".utf8),
      Array(String(repeating: "a", count: 1_048_576).utf8),
      [],
      Array(Self.good.utf8) + [0x0D],
      Array(Self.good.utf8),
    ]
    for line in lines { bytes += line + [0x0A] }
    bytes.removeLast()
    let (run, records) = try run("faults.txt", bytes)
    #expect(run.status == 2)
    #expect(records.count == lines.count)
    #expect(records.map { $0["line"] as? Int } == Array(1...lines.count))
    let errors = records.map { $0["error"] as? String }
    #expect(errors[0] == nil && errors[5] == nil && errors[6] == nil)
    #expect(errors[1] == "invalid UTF-8")
    #expect(errors[2] == "contains a NUL byte")
    #expect(errors[3]?.contains("over the limit") == true)
    #expect(errors[4] == "empty outcome")
    #expect(records[5]["grade"] as? String == records[0]["grade"] as? String)
  }

  @Test func jsonFaults() throws {
    let text = [
      #"{"id": 1, "text": "\#(Self.good)"}"#,
      #"{"id": 2, "text": "unterminated}"#,
      #"{"id": 3, "text": "\#(Self.good)", "id": 4}"#,
      String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
      #"{"id": 5, "text": "\#(Self.good)"}"#,
    ].joined(separator: "\n")
    let (run, records) = try run("faults.jsonl", Array(text.utf8))
    #expect(run.status == 2)
    #expect(records.map { $0["line"] as? Int } == [1, 2, 3, 4, 5])
    #expect(records.map { $0["error"] == nil } == [true, false, false, false, true])
  }

  @Test func csvUnclosedQuote() throws {
    let text = "id,text\na,\"\(Self.good)\"\nb,\"Amy will read\nc,\(Self.good)\n"
    let (run, records) = try run("faults.csv", Array(text.utf8))
    #expect(run.status == 2)
    #expect(records.map { $0["line"] as? Int } == [2, 3, 4])
    #expect(records.map { $0["error"] == nil } == [true, false, true])
  }
}
