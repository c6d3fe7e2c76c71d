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

  @Option(
    name: .customLong("by-when"),
    help: ArgumentHelp(
      "The deadline stated beside the outcome, as in a plan's \"By when\" column: judged as its timeframe when the outcome states none (\"End of Key Stage 2\" gives \"By the end of Key Stage 2, …\").",
      valueName: "deadline"))
  var byWhen: String?

  @OptionGroup var configuration: ConfigurationOptions

  @Option(help: "Write the rewrite in the first person (I will…) or the third (the person's name).")
  var person: PersonStyle?

  @Option(help: "When to colour the output: auto, always or never.")
  var color: ColorChoice = .auto

  func run() throws {
    let report = try configuration.analyze([outcome], byWhen: byWhen)[0]
    let reporter = ExplainReporter(color: color.enabled, rewriter: Rewriter(person: person))
    var buffer = OutputBuffer(handle: FileHandle.standardOutput)
    buffer.write(reporter.explanation(of: report))
    buffer.flush()
  }
}
