import CSV
import Foundation
import OutcomeLintTestSupport
import Testing

@testable import OutcomeLint

/// A CSV record in the plain shape is read without CSV.swift; the fields
/// must be exactly those CSV.swift reads from the same record.
@Suite struct CSVPlainFieldsTests {
  /// What CSV.swift reads from `line` as a record on its own.
  private func packageFields(_ line: String) -> [String]? {
    guard let reader = try? CSVReader(string: line, hasHeaderRow: false) else { return nil }
    return reader.next()
  }

  @Test(arguments: [
    "a", ",", ",,", " ", "\t", "a,", ",a", "a, b ,c", " a , b ", "é,😀,x", "a;b,c\\d", "'x',y",
    "1,2.5,-3", "a,,b,,", "  ,  ",
  ])
  func plainLinesSplitAsTheCSVPackageSplitsThem(line: String) {
    #expect(CSVRecordStream.plainFields(Array(line.utf8)) == packageFields(line))
  }

  /// Lines drawn from characters that a plain line may hold, commas and
  /// spaces among them, with a fixed seed.
  @Test func randomPlainLinesSplitAsTheCSVPackageSplitsThem() {
    let alphabet: [String] = ["a", "B", " ", "\t", ",", ",", "é", "😀", ";", "'", "\\", "7", "-"]
    var random = SplitMix(seed: 0x9E37_79B9_7F4A_7C15)
    for _ in 0..<2_000 {
      let line = (0..<(1 + random.next(below: 24))).map { _ in
        alphabet[random.next(below: alphabet.count)]
      }
      .joined()
      #expect(CSVRecordStream.plainFields(Array(line.utf8)) == packageFields(line), "\(line)")
    }
  }

  /// Records of quoted and unquoted fields, some quoted ones holding
  /// commas, doubled quotes and line breaks, all read without CSV.swift.
  @Test func randomQuotedRecordsSplitAsTheCSVPackageSplitsThem() throws {
    let alphabet: [String] = ["a", " ", ",", "\"", "\n", "é", "x", "9"]
    var random = SplitMix(seed: 42)
    for _ in 0..<2_000 {
      let fields = (0..<(1 + random.next(below: 5))).map { _ in
        (0..<random.next(below: 8)).map { _ in alphabet[random.next(below: alphabet.count)] }
          .joined()
      }
      let line = fields.map { field in
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
          || random.next(below: 3) == 0
          ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
      }.joined(separator: ",")
      guard !line.isEmpty else { continue }
      let plain = try #require(CSVRecordStream.plainFields(Array(line.utf8)), "\(line)")
      #expect(plain == fields, "\(line)")
      #expect(plain == packageFields(line), "\(line)")
    }
  }

  /// Odd quoting is left to CSV.swift; whatever is read here agrees with it.
  @Test func oddlyQuotedRecordsAreLeftToThePackage() {
    for line in [
      "", "a\rb", "a\r", "a\nb", "a\"b", "\"a\"b", "\"a", "a,\"b\" ,c", "\"a\"\"", " \"a\"",
    ] {
      #expect(CSVRecordStream.plainFields(Array(line.utf8)) == nil, "\(line)")
    }
    let alphabet: [String] = ["a", " ", ",", "\"", "\n"]
    var random = SplitMix(seed: 7)
    for _ in 0..<3_000 {
      let line = (0..<(1 + random.next(below: 12))).map { _ in
        alphabet[random.next(below: alphabet.count)]
      }
      .joined()
      if let plain = CSVRecordStream.plainFields(Array(line.utf8)) {
        #expect(plain == packageFields(line), "\(line)")
      }
    }
  }
}
