import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintReporters

/// `outcomelint check`: judge outcomes from files, directories, standard
/// input or `--text`, on all cores, with output in input order.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check outcomes and report grades, dimension scores and findings.",
    discussion: InputOptions.deadlineHelp
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var configuration: ConfigurationOptions
  @OptionGroup var baselines: BaselineOptions

  @Option(help: "text (default on a terminal), jsonl (default otherwise) or csv.")
  var format: OutputFormat?

  @Option(help: "When to colour text output: auto, always or never.")
  var color: ColorChoice = .auto

  @Option(
    name: .customLong("fail-under"),
    help: "Exit 1 when any outcome grades below this (outstanding, good, requires-improvement).")
  var failUnder: Grade?

  @Option(help: "Worker threads (default: all cores). Output is identical at any number.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Write the report to this file (replaced only when the run finishes).")
  var output: String?

  @Flag(help: "Print a summary (records, errors, grades, mean scores, top rules, throughput).")
  var summary = false

  @Option(name: .customLong("summary-format"), help: "text or json (written to standard error).")
  var summaryFormat: SummaryFormat = .text

  @Flag(help: "No progress display.")
  var quiet = false

  func validate() throws {
    guard jobs > 0 else { throw ValidationError("--jobs must be at least 1.") }
  }

  func run() throws {
    let plan = try input.plan()
    let engine = try configuration.engine(baseline: baselines.baseline())
    let reporter = makeReporter()
    let destination: OutputDestination
    let baselineDestination: OutputDestination?
    do {
      destination = try OutputDestination(path: output)
      baselineDestination = try baselines.writePath.map { try OutputDestination(path: $0) }
    } catch {
      Diagnostics.error(String(describing: error))
      throw ExitCode(2)
    }
    var baselineBuffer = baselineDestination.map { OutputBuffer(handle: $0.handle) }
    baselineBuffer?.write(Baseline.header)
    let writesBaseline = baselineBuffer != nil
    var buffer = OutputBuffer(handle: destination.handle)
    buffer.write(reporter.header)
    var totals = BatchSummary()
    var progress =
      quiet || !Diagnostics.stderrIsTerminal
      ? nil : ProgressBar(totalBytes: input.knownSize(of: plan))
    let started = Date()
    let failUnder = failUnder
    var belowThreshold = 0
    do {
      try BatchAnalyzer(engine: engine, jobs: jobs).run(
        makeStream: { plan.makeStream() },
        makeWorker: { engine throws(SegmentationError) in
          CheckBatchRenderer(
            analyzer: try Analyzer(engine: engine), reporter: reporter, failUnder: failUnder,
            writesBaseline: writesBaseline)
        },
        processBatch: { renderer, records in renderer.render(records) },
        consumeBatch: { batch in
          for error in batch.errors { Diagnostics.error(error) }
          buffer.write(batch.output)
          baselineBuffer?.write(batch.baseline)
          totals.add(batch.summary)
          belowThreshold += batch.belowThreshold
          buffer.flushIfNeeded()
          baselineBuffer?.flushIfNeeded()
          progress?.update(records: totals.records, bytes: totals.bytes)
        })
    } catch {
      destination.abandon()
      baselineDestination?.abandon()
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
    buffer.flush()
    baselineBuffer?.flush()
    progress?.finish()
    try destination.commit()
    try baselineDestination?.commit()
    if summary {
      let report = SummaryReport(
        summary: totals, seconds: Date().timeIntervalSince(started),
        baseline: baselines.readPath)
      Diagnostics.write(summaryFormat == .json ? report.json : report.text)
    }
    if totals.errors > 0 { throw ExitCode(2) }
    if belowThreshold > 0 { throw ExitCode(1) }
  }

  private func makeReporter() -> any Reporter {
    let rewriter = Rewriter()
    switch format ?? (Diagnostics.stdoutIsTerminal && output == nil ? .text : .jsonl) {
    case .jsonl:
      return JSONLinesReporter(rewriter: rewriter)
    case .csv:
      return CSVReporter(rewriter: rewriter)
    case .text:
      let useColor: Bool
      switch color {
      case .always: useColor = true
      case .never: useColor = false
      case .auto:
        useColor = Diagnostics.stdoutIsTerminal && output == nil && Diagnostics.colorAllowed
      }
      return TerminalReporter(color: useColor)
    }
  }
}

extension Grade: ExpressibleByArgument {}
