import OutcomeLint
import Testing

/// Input lines become records or clear errors, never gaps.
@Suite struct RecordDecoderTests {
  let jsonl = RecordDecoder(format: .jsonl)
  let text = RecordDecoder(format: .text)

  @Test func jsonRecordKeepsIdAndOtherFieldsUntouched() throws {
    let line = #"{"id": "p1-3", "text": "Amy will read\u00e9", "area": {"x": [1, 2.5e3]}}"#
    let record = jsonl.decode(Array(line.utf8), line: 7, source: "in.jsonl")
    #expect(record.error == nil)
    #expect(record.idJSON == #""p1-3""#)
    #expect(record.text.map { String(decoding: $0, as: UTF8.self) } == "Amy will readé")
    #expect(record.passthrough.map(\.key) == ["area"])
    #expect(record.passthrough.first?.json == #"{"x": [1, 2.5e3]}"#)
  }

  @Test func byWhenFieldIsTheDeadlineAndPassesThrough() {
    let dated = jsonl.decode(
      Array(#"{"text": "Amy will read.", "by_when": "July 2027"}"#.utf8), line: 1, source: "f")
    #expect(dated.byWhen == "July 2027")
    #expect(dated.passthrough.map(\.key) == ["by_when"])
    let year = jsonl.decode(
      Array(#"{"text": "Amy will read.", "by_when": 2027}"#.utf8), line: 2, source: "f")
    #expect(year.byWhen == "2027")
    for line in [#"{"text": "Amy will read.", "by_when": null}"#, #"{"text": "Amy will read."}"#] {
      #expect(jsonl.decode(Array(line.utf8), line: 3, source: "f").byWhen == nil)
    }
  }

  @Test(arguments: [
    (#"{"text": "a""#, "invalid JSON"),
    (#"{"id": 1}"#, "missing field 'text'"),
    (#"{"text": 5}"#, "field 'text' is not a string"),
    (#"{"text": "  "}"#, "empty outcome"),
    (#"{"text": "a", "text": "b"}"#, "invalid JSON: duplicate key 'text'"),
    ("[1, 2]", "invalid JSON"),
  ])
  func badJSONLinesBecomeErrors(_ line: String, _ reason: String) {
    let record = jsonl.decode(Array(line.utf8), line: 2, source: "in.jsonl")
    #expect(record.text == nil)
    #expect(record.error?.hasPrefix(reason) == true, "\(record.error ?? "no error")")
  }

  @Test func textLinesRejectInvalidUTF8EmptyAndOversized() {
    #expect(text.decode([0x41, 0xFF], line: 1, source: "f").error == "invalid UTF-8")
    #expect(text.decode(Array("   ".utf8), line: 1, source: "f").error == "empty outcome")
    let small = RecordDecoder(format: .text, maximumBytes: 4)
    #expect(
      small.decode(Array("hello".utf8), line: 1, source: "f").error?.contains("over the limit")
        == true)
    let bom = text.decode([0xEF, 0xBB, 0xBF] + Array("Amy".utf8), line: 1, source: "f")
    #expect(bom.text == Array("Amy".utf8))
  }
}
