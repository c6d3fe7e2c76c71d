import Testing

@testable import OutcomeLint

/// The scanner skips a string's plain bytes eight at a time; a quote, a
/// backslash or a control character must stop it wherever it stands in a
/// word, and what it reports must be what a byte-by-byte reading reports.
@Suite struct JSONScannerTests {
  /// A record whose `text` is forty plain bytes with `inserted` at `offset`.
  private func record(inserting inserted: String, at offset: Int) -> [UInt8] {
    var text = Array(repeating: UInt8(ascii: "a"), count: 40)
    text.insert(contentsOf: inserted.utf8, at: offset)
    return Array(#"{"id": 1, "text": ""#.utf8) + text + Array(#""}"#.utf8)
  }

  /// Where the text's first byte stands in ``record(inserting:at:)``.
  private let textStart = #"{"id": 1, "text": ""#.utf8.count

  @Test(arguments: 0...40)
  func aControlCharacterIsFoundAtAnyOffset(offset: Int) {
    for control in ["\u{01}", "\u{1F}", "\t", "\n"] {
      #expect(throws: JSONScanner.SyntaxError.self) {
        try JSONScanner.object(record(inserting: control, at: offset))
      }
      do {
        _ = try JSONScanner.object(record(inserting: control, at: offset))
      } catch {
        #expect(error.message == "control character in string")
        #expect(error.offset == textStart + offset)
      }
    }
  }

  @Test(arguments: 0...40)
  func anEscapeIsReadAtAnyOffset(offset: Int) throws {
    let bytes = record(inserting: #"\"\\\u00e9"#, at: offset)
    let fields = try JSONScanner.object(bytes)
    let text = try #require(fields.first { $0.key == "text" })
    let expected =
      String(repeating: "a", count: offset) + "\"\\é" + String(repeating: "a", count: 40 - offset)
    #expect(JSONScanner.string(bytes[text.value]) == expected)
    #expect(JSONScanner.stringUTF8(bytes[text.value]) == Array(expected.utf8))
  }

  @Test(arguments: 0...40)
  func aQuoteEndsTheStringAtAnyOffset(offset: Int) {
    // The string ends early, so what follows it is not JSON.
    do {
      _ = try JSONScanner.object(record(inserting: "\"", at: offset))
      Issue.record("a quote inside the text should end it")
    } catch {
      #expect(error.offset == textStart + offset + 1)
    }
  }

  @Test func anUnterminatedStringIsReportedAtTheEnd() {
    let bytes = Array(#"{"text": "abcdefghijklmnopqrstuvwxyz"#.utf8)
    do {
      _ = try JSONScanner.object(bytes)
      Issue.record("an unterminated string should not scan")
    } catch {
      #expect(error.message == "unterminated string")
      #expect(error.offset == bytes.count)
    }
  }

  @Test func textBytesAreTheLiteralsOwnOrNilWhenInvalid() {
    #expect(
      JSONScanner.stringUTF8(Array(#""Amy will read""#.utf8)[...]) == Array("Amy will read".utf8))
    #expect(JSONScanner.stringUTF8(Array(#""""#.utf8)[...]) == [])
    #expect(JSONScanner.stringUTF8([0x22, 0xC3, 0x22][...]) == nil)
    #expect(JSONScanner.stringUTF8(Array(#""a\x""#.utf8)[...]) == nil)
    #expect(JSONScanner.stringUTF8(Array("12".utf8)[...]) == nil)
  }
}
