import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintReporters

/// `outcomelint rewrite`: suggest a rewrite of each weak outcome, reading the
/// same inputs as `check`.
struct RewriteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rewrite",
    abstract: "Suggest a rewrite of each weak outcome, with provision moved out for Section F.",
    discussion: """
      Unknown facts become bracketed prompts such as [by when: e.g. the end of Key Stage 2]; \
      the tool suggests, a person decides. Strong outcomes (no error or warning) are left alone.


      """ + InputOptions.deadlineHelp
  )

  /// The formats the rewrites can be written in.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text, jsonl
  }

  @OptionGroup var input: InputOptions
  @OptionGroup var configuration: ConfigurationOptions

  @Option(help: "Write the rewrite in the first person (I will…) or the third (the person's name).")
  var person: PersonStyle?

  @Option(help: "text (default on a terminal) or jsonl (default otherwise).")
  var format: Format?

  @Option(help: "When to colour text output: auto, always or never.")
  var color: ColorChoice = .auto

  @Option(help: "Worker threads (default: all cores). Output is identical at any number.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard jobs > 0 else { throw ValidationError("--jobs must be at least 1.") }
  }

  func run() throws {
    let plan = try input.plan()
    let engine = try configuration.engine()
    let rewriter = Rewriter(person: person)
    let reporter: any Reporter
    switch format ?? (Diagnostics.stdoutIsTerminal ? .text : .jsonl) {
    case .jsonl: reporter = JSONLinesReporter(rewriter: rewriter)
    case .text: reporter = RewriteReporter(rewriter: rewriter, color: color.enabled)
    }
    var buffer = OutputBuffer(handle: FileHandle.standardOutput)
    var errors = 0
    do {
      try BatchAnalyzer(engine: engine, jobs: jobs).run(
        makeStream: { plan.makeStream() },
        render: { result in (bytes: reporter.rendered(result), digest: RecordDigest(result)) },
        consume: { outputs in
          for output in outputs {
            buffer.write(bytes: output.bytes)
            if let error = output.digest.error {
              errors += 1
              Diagnostics.error("\(output.digest.source):\(output.digest.line): \(error)")
            }
          }
          buffer.flushIfNeeded()
        })
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
    buffer.flush()
    if errors > 0 { throw ExitCode(2) }
  }
}

extension PersonStyle: ExpressibleByArgument {}

extension ColorChoice {
  /// Whether to colour standard output: always, never, or on a terminal
  /// when `NO_COLOR` is unset.
  var enabled: Bool {
    switch self {
    case .always: true
    case .never: false
    case .auto: Diagnostics.stdoutIsTerminal && Diagnostics.colorAllowed
    }
  }
}
