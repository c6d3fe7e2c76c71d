import Foundation
import OutcomeLint
import Testing

/// Reading files, directories, globs and CSV through an input plan.
@Suite struct InputPlanTests {
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func records(_ sources: [InputSource], field: String = "text") -> [InputRecord] {
    var stream = InputPlan(sources: sources, textField: field, maximumRecordBytes: 200).makeStream()
    var all: [InputRecord] = []
    while let record = stream.next() { all.append(record) }
    return all
  }

  private func text(_ record: InputRecord) -> String? {
    record.text.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func csvWithQuotesNewlinesAndBOM() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plans.csv")
    let csv =
      "\u{FEFF}id,text,area\r\np1,\"Amy will read, \"\"slowly\"\", each day.\",c\r\np2,\"Two\nlines\",d\r\np3,,e\r\n"
    try csv.write(to: file, atomically: true, encoding: .utf8)
    let found = records([.file(path: file.path, format: .csv)])
    #expect(found.count == 3)
    #expect(text(found[0]) == "Amy will read, \"slowly\", each day.")
    #expect(found[0].idJSON == "\"p1\"" && found[0].line == 2)
    #expect(found[0].passthrough.map(\.key) == ["area"])
    #expect(text(found[1]) == "Two\nlines" && found[1].line == 3)
    #expect(found[2].error == "empty outcome" && found[2].line == 5)
  }

  @Test func csvByWhenColumnIsTheDeadline() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    for header in ["By when", "by_when", "BY-WHEN", "Timescale"] {
      let file = directory.appendingPathComponent("deadlines.csv")
      try "text,\(header)\nAmy will read.,End of Year 6\nBen will write.,\n".write(
        to: file, atomically: true, encoding: .utf8)
      let found = records([.file(path: file.path, format: .csv)])
      #expect(found.map(\.byWhen) == ["End of Year 6", ""], "\(header)")
      #expect(found[0].passthrough.map(\.key) == [header])
    }
    let file = directory.appendingPathComponent("none.csv")
    try "text,when\nAmy will read.,soon\n".write(to: file, atomically: true, encoding: .utf8)
    #expect(records([.file(path: file.path, format: .csv)]).map(\.byWhen) == [nil])
  }

  @Test func csvUnclosedQuoteIsOneErrorAndReadingResumes() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("broken.csv")
    try "text\n\"Amy will read\nBen will write.\nCal will count.\n".write(
      to: file, atomically: true, encoding: .utf8)
    let found = records([.file(path: file.path, format: .csv)])
    #expect(found.map(\.line) == [2, 3, 4])
    #expect(found[0].error?.hasPrefix("unclosed quote") == true)
    #expect(text(found[1]) == "Ben will write." && text(found[2]) == "Cal will count.")
  }

  @Test func csvWithoutTheColumnIsOneError() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("other.csv")
    try "outcome\nAmy will read.\n".write(to: file, atomically: true, encoding: .utf8)
    let found = records([.file(path: file.path, format: .csv)])
    #expect(found.count == 1 && found[0].error?.contains("no column 'text'") == true)
  }

  @Test func directoriesAreReadRecursivelyInOrderAndGlobsExpand() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let nested = directory.appendingPathComponent("b")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    try "one\n".write(
      to: directory.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
    try "{\"text\": \"two\"}\n".write(
      to: nested.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
    try "ignored".write(
      to: directory.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
    let sources = InputPaths.sources(for: [directory.path], format: nil)
    #expect(
      sources == [
        .file(path: nested.appendingPathComponent("a.jsonl").path, format: .jsonl),
        .file(path: directory.appendingPathComponent("c.txt").path, format: .text),
      ])
    #expect(records(sources).compactMap(text) == ["two", "one"])
    let globbed = InputPaths.sources(for: [directory.path + "/*.txt"], format: nil)
    #expect(globbed == [.file(path: directory.appendingPathComponent("c.txt").path, format: .text)])
    let missing = InputPaths.sources(for: [directory.path + "/none-*.txt"], format: nil)
    #expect(records(missing).first?.error == "no files match")
  }
}
