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

  @Test func encodingAndLayoutFaults() throws {
    let lines: [[UInt8]] = [
      [0xC0, 0xAF] + Array(" overlong slash".utf8),
      Array("lone surrogate ".utf8) + [0xED, 0xA0, 0x80],
      Array("Amy will read".utf8) + [0xEF, 0xBB, 0xBF] + Array(" each day at school.".utf8),
      Array("بحلول نهاية المرحلة، ستقرأ أمل كتاباً كل أسبوع".utf8),
      Array("Zoe\u{0301} will read 10 words each day 📚 at school.".utf8),
      Array(Self.good.utf8) + [0x0D],
    ]
    var bytes: [UInt8] = []
    for line in lines { bytes += line + [0x0A] }
    bytes += Array(repeating: 0x0A, count: 100_000)
    bytes += Array(String(repeating: "b", count: 10_000_000).utf8) + [0x0A]
    bytes += Array("Amy will read".utf8)
    let (run, records) = try run("layout.txt", bytes)
    #expect(run.status == 2)
    #expect(records.count == lines.count + 100_000 + 2)
    #expect(records.enumerated().allSatisfy { $0.element["line"] as? Int == $0.offset + 1 })
    #expect(records[0]["error"] as? String == "invalid UTF-8")
    #expect(records[1]["error"] as? String == "invalid UTF-8")
    for index in 2..<lines.count { #expect(records[index]["grade"] != nil) }
    #expect(records[lines.count]["error"] as? String == "empty outcome")
    #expect(
      (records[lines.count + 100_000]["error"] as? String)?.contains("over the limit") == true)
    #expect(records.last?["text"] as? String == "Amy will read")
  }
}
