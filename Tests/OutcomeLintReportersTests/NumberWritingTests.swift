import Testing

@testable import OutcomeLintReporters

/// Whole numbers as JSON writes them: a table for those under 1000, digit by
/// digit otherwise. Numbers are written back to back with a separator, so a
/// store that runs past a number's last digit must be overwritten by what
/// follows and never show in the output.
@Suite struct NumberWritingTests {
  @Test func writesEveryNumberAroundTheTable() {
    let numbers = Array(0...1_100) + [9_999, 10_000, 123_456, Int.max, -1, -7, -1_000, Int.min]
    var output = OutputBuffer(handle: nil)
    for number in numbers {
      output.write(number)
      output.write(byte: UInt8(ascii: ","))
    }
    #expect(output.text == numbers.map(String.init).joined(separator: ",") + ",")
  }

  @Test func writesNumbersEndToEndWithNothingBetween() {
    var output = OutputBuffer(handle: nil)
    for number in [7, 42, 999, 0, 100] { output.write(number) }
    #expect(output.text == "7429990100")
  }
}
