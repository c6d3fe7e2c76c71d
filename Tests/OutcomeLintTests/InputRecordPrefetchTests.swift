import OutcomeLint
import Testing

/// Asking for the records after each one to be loaded reads only records
/// that exist, whatever their text, and changes none of them.
@Suite struct InputRecordPrefetchTests {
  @Test func everyPositionOfABatchIsSafeAndChangesNothing() {
    let long = Array(repeating: UInt8(ascii: "a"), count: 1_000)
    let records = [
      InputRecord(source: "t", line: 1, idJSON: "1", text: Array("Sam will read.".utf8)),
      InputRecord(source: "t", line: 2, idJSON: "2", error: "broken"),
      InputRecord(source: "t", line: 3, idJSON: "3", text: []),
      InputRecord(source: "t", line: 4, idJSON: "4", text: long),
      InputRecord(source: "t", line: 5, idJSON: "5", text: [UInt8(ascii: "x")]),
    ]
    for size in 0...records.count {
      let batch = Array(records.prefix(size))
      for index in 0...size { InputRecord.prefetch(after: index, in: batch) }
    }
    #expect(
      records.map(\.text) == [Array("Sam will read.".utf8), nil, [], long, [UInt8(ascii: "x")]])
  }
}
