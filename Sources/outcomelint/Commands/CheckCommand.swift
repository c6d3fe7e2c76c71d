import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintReporters

/// `outcomelint check`: judge outcomes from files, standard input or `--text`.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check outcomes and report grades, dimension scores and findings."
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var lexicons: LexiconOptions

  @Option(help: "Output format: text (default on a terminal) or jsonl (default otherwise).")
  var format: OutputFormat?

  @Option(help: "When to colour text output: auto, always or never.")
  var color: ColorChoice = .auto

  @Option(
    name: .customLong("fail-under"),
    help: "Exit 1 when any outcome grades below this (outstanding, good, requires-improvement).")
  var failUnder: Grade?

  func run() throws {
    let sources = try RecordSources(input: input)
    let analyzer = try Analyzer(engine: lexicons.engine())
    var reporter = makeReporter()
    var output = OutputBuffer(handle: FileHandle.standardOutput)
    var failedRecords = 0
    var belowThreshold = 0
    sources.read { record in
      let result = analyzer.analyze(record)
      switch result {
      case .failed(let record, let message):
        failedRecords += 1
        Diagnostics.error("\(record.source):\(record.line): \(message)")
      case .analyzed(_, let report):
        if let failUnder, report.score.grade < failUnder { belowThreshold += 1 }
      }
      reporter.write(result, to: &output)
      output.flushIfNeeded()
    }
    reporter.finish(to: &output)
    output.flush()
    if failedRecords > 0 || sources.unreadable > 0 { throw ExitCode(2) }
    if belowThreshold > 0 { throw ExitCode(1) }
  }

  private func makeReporter() -> any Reporter {
    switch format ?? (Diagnostics.stdoutIsTerminal ? .text : .jsonl) {
    case .jsonl:
      return JSONLinesReporter()
    case .text:
      let useColor: Bool
      switch color {
      case .always: useColor = true
      case .never: useColor = false
      case .auto: useColor = Diagnostics.stdoutIsTerminal && Diagnostics.colorAllowed
      }
      return TerminalReporter(color: useColor)
    }
  }
}

extension Grade: ExpressibleByArgument {}
