import CSV
import Testing

@testable import OutcomeLint

/// A CSV record with no quote is split at its commas without CSV.swift; the
/// fields must be exactly those CSV.swift reads from the same line.
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
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func nextRandom(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<2_000 {
      let line = (0..<(1 + nextRandom(24))).map { _ in alphabet[nextRandom(alphabet.count)] }
        .joined()
      #expect(CSVRecordStream.plainFields(Array(line.utf8)) == packageFields(line), "\(line)")
    }
  }

  @Test func linesThePackageMustReadAreLeftToIt() {
    for line in ["", "a\rb", "a\r"] {
      #expect(CSVRecordStream.plainFields(Array(line.utf8)) == nil)
    }
  }
}
