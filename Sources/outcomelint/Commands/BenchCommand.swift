import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintReporters

/// `outcomelint bench`: measures, in one run on the same outcomes, raw ICU
/// word segmentation (the speed limit), the engine's stages on one worker
/// (analysis alone, then with the suggested rewrite), and the full engine
/// with JSON Lines output at each number of workers, and reports each
/// pass's ratio to ICU.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure throughput against raw ICU segmentation on a corpus (one outcome per line)."
  )

  @Argument(help: "A text file with one outcome per line (see corpus/generate.py).")
  var path: String

  @Option(help: "Worker counts to measure, comma-separated (default: 1 and all cores).")
  var jobs: String?

  @Option(
    help:
      "Time every pass this many times, in rounds (each pass once per round), and keep each one's fastest."
  )
  var repeats: Int = 3

  @Option(
    help: ArgumentHelp(
      "Run one pass once and print nothing: icu (raw ICU word segmentation) or jsonl (the engine with JSON Lines on one worker).",
      discussion:
        "For counting instructions under valgrind, which is not disturbed by other work on the machine (benchmarks/instructions.sh)."
    ))
  var only: BenchPass?

  @OptionGroup var lexicons: LexiconOptions

  func run() throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      Diagnostics.error("\(path): cannot read")
      throw ExitCode(2)
    }
    let outcomes = Self.nonEmptyLines(of: [UInt8](data))
    let megabytes = Double(outcomes.reduce(0) { $0 + $1.count }) / 1_048_576
    let loadStart = Date()
    let engine = try lexicons.engine()
    let loadSeconds = Date().timeIntervalSince(loadStart)
    let workerCounts = try parseJobs()
    switch only {
    case .icu?:
      _ = try Self.segmentOnly(outcomes)
      return
    case .jsonl?:
      _ = try Self.engine(outcomes, engine: engine, jobs: 1)
      return
    case nil: break
    }

    // Every pass is timed once per round, in turn, and keeps its fastest
    // time: on a shared machine a busy spell then slows one round of every
    // pass rather than all the repeats of one, so the ratios stay fair.
    var passes: [(name: String, workers: Int, measure: () throws -> Double)] = [
      ("raw ICU word segmentation", 1, { try Self.segmentOnly(outcomes) }),
      (
        "engine, analysis only (no output)", 1,
        { try Self.engine(outcomes, engine: engine, jobs: 1, stage: .analysis) }
      ),
      (
        "engine, analysis and rewrite (no output)", 1,
        { try Self.engine(outcomes, engine: engine, jobs: 1, stage: .rewrite) }
      ),
    ]
    for workers in workerCounts {
      passes.append(
        (
          "engine + JSON Lines", workers,
          { try Self.engine(outcomes, engine: engine, jobs: workers) }
        )
      )
    }
    var fastest = [Double](repeating: .infinity, count: passes.count)
    for _ in 0..<max(1, repeats) {
      for (index, pass) in passes.enumerated() {
        fastest[index] = min(fastest[index], try pass.measure())
      }
    }
    let icuSeconds = fastest[0]
    var lines = [
      "corpus: \(path), \(outcomes.count) outcomes, \(Self.fixed(megabytes, 1)) MB; cores: \(ProcessInfo.processInfo.activeProcessorCount)",
      "lexicon load and compile: \(Self.fixed(loadSeconds * 1000, 1)) ms",
      "",
      "| pass | workers | seconds | outcomes/s | MB/s | ratio to ICU |",
      "| --- | --- | --- | --- | --- | --- |",
    ]
    for (pass, seconds) in zip(passes, fastest) {
      lines.append(
        row(pass.name, String(pass.workers), seconds, outcomes.count, megabytes, icuSeconds))
    }
    if workerCounts.count > 1, let last = workerCounts.last, last > 1 {
      let single = fastest[passes.count - workerCounts.count]
      lines.append("")
      lines.append(
        "speed-up at \(last) workers: \(Self.fixed(single / fastest[passes.count - 1], 2))x")
    }
    lines.append("peak RSS: \(Self.peakResidentMegabytes()) MB (corpus held in memory for timing)")
    print(lines.joined(separator: "\n"))
  }

  private func parseJobs() throws -> [Int] {
    guard let jobs else {
      let cores = ProcessInfo.processInfo.activeProcessorCount
      return cores > 1 ? [1, cores] : [1]
    }
    let counts = jobs.split(separator: ",").compactMap { Int($0) }
    guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else {
      throw ValidationError("--jobs takes positive numbers separated by commas")
    }
    return counts
  }

  private func row(
    _ name: String, _ workers: String, _ seconds: Double, _ count: Int, _ megabytes: Double,
    _ icuSeconds: Double
  ) -> String {
    "| \(name) | \(workers) | \(Self.fixed(seconds, 3)) | \(Int(Double(count) / seconds)) | "
      + "\(Self.fixed(megabytes / seconds, 1)) | \(Self.fixed(icuSeconds / seconds, 3)) |"
  }

  /// Seconds for ICU's word iterator alone over every outcome, one reused iterator.
  /// The file's non-empty lines, read byte by byte (Data's generic split is
  /// slow enough to blur `--only` instruction counts).
  private static func nonEmptyLines(of bytes: [UInt8]) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var start = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      if index > start { lines.append(Array(bytes[start..<index])) }
      start = index + 1
    }
    if start < bytes.count { lines.append(Array(bytes[start...])) }
    return lines
  }

  private static func segmentOnly(_ outcomes: [[UInt8]]) throws -> Double {
    let segmenter = try Segmenter()
    var segments = 0
    let start = Date()
    for outcome in outcomes {
      segments += try outcome.withUnsafeBufferPointer { try segmenter.countWordSegments($0) }
    }
    let seconds = Date().timeIntervalSince(start)
    precondition(segments > 0 || outcomes.isEmpty)
    return seconds
  }

  /// How far through the engine a pass goes.
  private enum Stage {
    /// Analysis and scoring, nothing written.
    case analysis
    /// Analysis and the suggested rewrite, nothing written.
    case rewrite
    /// Everything `check --format jsonl` does: analysis, rewrite and the JSON record.
    case jsonLines
  }

  /// Seconds for the engine up to `stage`; any output is discarded.
  private static func engine(
    _ outcomes: [[UInt8]], engine: AnalysisEngine, jobs: Int, stage: Stage = .jsonLines
  ) throws -> Double {
    let decoder = RecordDecoder(format: .text)
    let records = outcomes.enumerated().map { decoder.decode($1, line: $0 + 1, source: "bench") }
    var bytes = 0
    let start = Date()
    let batches = BatchAnalyzer(engine: engine, jobs: jobs)
    let stream: @Sendable () -> any RecordStream = { ArrayRecordStream(records: records) }
    switch stage {
    case .jsonLines:
      // Exactly what `check --format jsonl` does: each worker renders a whole batch into its buffer.
      try batches.run(
        makeStream: stream,
        makeWorker: { engine throws(SegmentationError) in
          CheckBatchRenderer(
            analyzer: try Analyzer(engine: engine), reporter: JSONLinesReporter(), failUnder: nil,
            writesBaseline: false)
        },
        processBatch: { renderer, records in renderer.render(records).output.count },
        consumeBatch: { bytes += $0 })
    case .analysis:
      try batches.run(
        makeStream: stream,
        render: { result in
          guard case .analyzed(_, let report) = result else { return 1 }
          return report.findings.count + 1
        },
        consume: { bytes += $0.reduce(0, +) })
    case .rewrite:
      // As `check` does: each worker reuses its rewrite storage.
      try batches.run(
        makeStream: stream,
        makeWorker: { engine throws(SegmentationError) in
          RewriteBenchWorker(analyzer: try Analyzer(engine: engine))
        },
        process: { worker, record in worker.rewriteSize(record) },
        consume: { bytes += $0.reduce(0, +) })
    }
    precondition(bytes > 0 || outcomes.isEmpty)
    return Date().timeIntervalSince(start)
  }

  private static func peakResidentMegabytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1024
  }

  private static func fixed(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }
}

/// Records already in memory, for timing without input costs.
private struct ArrayRecordStream: RecordStream {
  let records: [InputRecord]
  var index = 0

  mutating func next() -> InputRecord? {
    guard index < records.count else { return nil }
    index += 1
    return records[index - 1]
  }
}

/// A single pass of `bench --only`.
enum BenchPass: String, ExpressibleByArgument {
  case icu
  case jsonl
}
