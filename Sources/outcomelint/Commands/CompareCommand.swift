import ArgumentParser
import Foundation
import OutcomeLintReporters

/// `outcomelint compare A B`: two versions of an outcome side by side.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare two versions of an outcome: the score change on each dimension and the "
      + "findings resolved or introduced."
  )

  @Argument(help: "The first version (say, the original).")
  var before: String

  @Argument(help: "The second version (say, the improved one).")
  var after: String

  @OptionGroup var configuration: ConfigurationOptions

  @Option(help: "When to colour the output: auto, always or never.")
  var color: ColorChoice = .auto

  func run() throws {
    let reports = try configuration.analyze([before, after])
    var buffer = OutputBuffer(handle: FileHandle.standardOutput)
    buffer.write(CompareReporter(color: color.enabled).comparison(of: reports[0], with: reports[1]))
    buffer.flush()
  }
}
