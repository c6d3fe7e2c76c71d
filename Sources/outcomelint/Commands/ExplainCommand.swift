import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintReporters

/// `outcomelint explain`: the trainer's view of one outcome.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain one outcome: its parts, its weaknesses by dimension, a SMART checklist, "
      + "each finding's guidance, and a suggested rewrite."
  )

  @Argument(help: "The outcome to explain.")
  var outcome: String

  @OptionGroup var lexicons: LexiconOptions

  @Option(help: "Write the rewrite in the first person (I will…) or the third (the person's name).")
  var person: PersonStyle?

  @Option(help: "When to colour the output: auto, always or never.")
  var color: ColorChoice = .auto

  func run() throws {
    let report = try lexicons.analyze([outcome])[0]
    let reporter = ExplainReporter(color: color.enabled, rewriter: Rewriter(person: person))
    var buffer = OutputBuffer(handle: FileHandle.standardOutput)
    buffer.write(reporter.explanation(of: report))
    buffer.flush()
  }
}

extension LexiconOptions {
  /// Analyses outcomes typed on the command line (for `explain`, `compare`
  /// and `examples`) with one analyser; exits 2 on an empty or unreadable one.
  func analyze(_ texts: [String]) throws -> [OutcomeReport] {
    guard texts.allSatisfy({ $0.contains(where: { !$0.isWhitespace }) }) else {
      throw ValidationError("An outcome must not be empty.")
    }
    let engine = try engine()
    do {
      let analyzer = try Analyzer(engine: engine)
      return try texts.map { text throws(SegmentationError) in try analyzer.analyze(text) }
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
  }
}
