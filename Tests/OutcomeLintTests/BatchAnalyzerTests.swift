import Foundation
import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// Batch mode keeps one output per input, in input order, at any thread count.
@Suite struct BatchAnalyzerTests {
  /// Records from a fixed list, some of them errors.
  struct ListStream: RecordStream {
    let records: [InputRecord]
    var index = 0
    mutating func next() -> InputRecord? {
      guard index < records.count else { return nil }
      index += 1
      return records[index - 1]
    }
  }

  static let records: [InputRecord] = (1...1_000).map { number in
    if number % 97 == 0 {
      return InputRecord(source: "t", line: number, idJSON: String(number), error: "broken")
    }
    let text = [
      "By the end of Year \(number % 11 + 1), Sam will read \(number % 30) words each day so that he can enjoy books.",
      "Sam will receive \(number % 5 + 1) sessions of speech and language therapy.",
      "To improve my confidence.",
    ][number % 3]
    return InputRecord(source: "t", line: number, idJSON: String(number), text: Array(text.utf8))
  }

  private func run(jobs: Int, batchSize: Int) throws -> [String] {
    var lines: [String] = []
    let records = Self.records
    try BatchAnalyzer(engine: TestEngine.shared, jobs: jobs, batchSize: batchSize).run(
      makeStream: { ListStream(records: records) },
      render: { result -> String in
        switch result {
        case .analyzed(let record, let report):
          "\(record.line) \(report.score.grade.name) \(report.findings.map(\.rule))"
        case .failed(let record, let message): "\(record.line) error \(message)"
        }
      },
      consume: { lines += $0 })
    return lines
  }

  @Test func everyRecordOnceInOrderAtAnyThreadCount() throws {
    let single = try run(jobs: 1, batchSize: 7)
    #expect(single.count == Self.records.count)
    #expect(single.map { Int($0.split(separator: " ")[0])! } == Array(1...1_000))
    for jobs in [2, 3, 8] {
      #expect(try run(jobs: jobs, batchSize: 7) == single)
      #expect(try run(jobs: jobs, batchSize: 128) == single)
    }
    // Fewer batches than the consumer waits for before it is woken.
    #expect(try run(jobs: 1, batchSize: 600) == single)
  }

  @Test func emptyInputFinishes() throws {
    var count = 0
    try BatchAnalyzer(engine: TestEngine.shared, jobs: 2).run(
      makeStream: { ListStream(records: []) }, render: { _ in 1 }, consume: { count += $0.count })
    #expect(count == 0)
  }
}
