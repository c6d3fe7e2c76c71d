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

  @OptionGroup var configuration: ConfigurationOptions

  @Option(help: "Write the rewrite in the first person (I will…) or the third (the person's name).")
  var person: PersonStyle?

  @Option(help: "When to colour the output: auto, always or never.")
  var color: ColorChoice = .auto

  func run() throws {
    let report = try configuration.analyze([outcome])[0]
    let reporter = ExplainReporter(color: color.enabled, rewriter: Rewriter(person: person))
    var buffer = OutputBuffer(handle: FileHandle.standardOutput)
    buffer.write(reporter.explanation(of: report))
    buffer.flush()
  }
}
