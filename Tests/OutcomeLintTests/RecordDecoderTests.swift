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

  /// Text that opens with whitespace, a non-ASCII letter or an escape is
  /// an outcome when any character of it is not whitespace.
  @Test(arguments: [" Amy will read.", "\u{A0}Amy will read.", "Émilie will read.", "\u{3000}x"])
  func textWithAnyNonWhitespaceIsAnOutcome(text: String) {
    for literal in [JSONQuoting.quoted(text), #""\u0020Amy""#] {
      let record = jsonl.decode(Array("{\"text\": \(literal)}".utf8), line: 1, source: "f")
      #expect(record.error == nil)
    }
  }

  /// The deadline field is found by its words, whatever their case and the
  /// punctuation between them; ASCII names are read a byte at a time, and
  /// must be judged as the Unicode reading judges them.
  @Test func deadlineFieldNamesAreReadByTheirWords() {
    let deadlines = [
      "by_when", "By when", "BY-WHEN", "Timescale", "by1when", " by  when ", "timescale:",
      "by\u{A0}when", "BY\u{2014}When",
    ]
    let others = [
      "bywhen", "time scale", "by when x", "timescales", "", "_", "by", "when", "area",
      "by whén", "by when\u{301}", "ti\u{0307}mescale", "b y when",
    ]
    for name in deadlines { #expect(InputRecord.isDeadlineField(name), "\(name)") }
    for name in others { #expect(!InputRecord.isDeadlineField(name), "\(name)") }
    for name in deadlines + others {
      let words = name.lowercased().split(whereSeparator: { !$0.isLetter })
      #expect(
        InputRecord.isDeadlineField(name) == (words == ["by", "when"] || words == ["timescale"]))
    }
  }

  /// A field passes through as the same JSON kept to one line: a CR or LF
  /// between tokens becomes a space, U+2028 and U+2029 in strings are escaped.
  @Test func fieldsPassThroughOnOneLine() {
    let line = "{\"id\": [1,\r2], \"text\": \"Amy will read.\", \"b\": \"x\u{2028}y\u{2029}\"}"
    let record = jsonl.decode(Array(line.utf8), line: 1, source: "f")
    #expect(record.idJSON == "[1, 2]")
    #expect(record.passthrough.map(\.json) == [#""x\u2028y\u2029""#])
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
    (#"{"text": "\t\n\r "}"#, "empty outcome"),
    ("{\"text\": \"\u{A0}\u{3000}\u{2028}\"}", "empty outcome"),
    (#"{"text": "a", "text": "b"}"#, "invalid JSON: duplicate key 'text'"),
    ("[1, 2]", "invalid JSON"),
    (#"{"text": "a", "note": "\q"}"#, "invalid JSON: invalid escape at byte 24"),
    (#"{"text": "a", "note": "\u00e"}"#, "invalid JSON: invalid escape"),
    (#"{"text": "a", "id": "\ud800"}"#, "invalid JSON: unpaired surrogate"),
    (#"{"text": "a", "id": "\udc00\ud800"}"#, "invalid JSON: unpaired surrogate"),
    (#"{"text": "a", "n": {"\ud800x": 1}}"#, "invalid JSON: unpaired surrogate"),
    (#"{"text": "a", "n": 01}"#, "invalid JSON: invalid number"),
    (#"{"text": "a", "n": -.5}"#, "invalid JSON: invalid number"),
    (#"{"text": "a", "n": 1.}"#, "invalid JSON: invalid number"),
    (#"{"text": "a", "n": 1.e5}"#, "invalid JSON: invalid number"),
    (#"{"text": "a", "n": 1e}"#, "invalid JSON: invalid number"),
    (#"{"text": "a", "n": 2e5.1}"#, "invalid JSON: invalid number"),
    (#"{"text": "a", "n": -1e400}"#, "invalid JSON: number out of range"),
    (#"{"text": "\q"}"#, "invalid JSON: invalid escape"),
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
