import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintReporters

/// `outcomelint examples`: the project's good and poor outcomes, in pairs,
/// each shown the way `explain` shows an outcome.
struct ExamplesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "examples",
    abstract: "Show good and poor outcome pairs for each area of need, phase and "
      + "preparing-for-adulthood theme."
  )

  /// The examples file in this source tree, used when run from elsewhere.
  static let bundledPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus/examples/pairs.jsonl").path

  @Option(help: "Only this area of need.")
  var area: ExamplePair.Area?

  @Option(help: "Only this phase.")
  var phase: ExamplePair.Phase?

  @Option(help: "Only this preparing-for-adulthood theme.")
  var theme: ExamplePair.Theme?

  @Option(help: "The examples file (default: corpus/examples/pairs.jsonl).")
  var file: String?

  @OptionGroup var configuration: ConfigurationOptions

  @Option(help: "When to colour the output: auto, always or never.")
  var color: ColorChoice = .auto

  func run() throws {
    let pairs = try load().filter { pair in
      (area.map { $0 == pair.area } ?? true) && (phase.map { $0 == pair.phase } ?? true)
        && (theme.map { $0 == pair.theme } ?? true)
    }
    let reports = try configuration.analyze(pairs.flatMap { [$0.poor, $0.good] })
    let reporter = ExplainReporter(color: color.enabled)
    var buffer = OutputBuffer(handle: FileHandle.standardOutput)
    for (index, pair) in pairs.enumerated() {
      let labels =
        [pair.area.rawValue, pair.phase.rawValue] + (pair.theme.map { [$0.rawValue] } ?? [])
      buffer.write("=== \(pair.id) · \(labels.joined(separator: " · ")) ===\n\(pair.note)\n\n")
      buffer.write("POOR  " + reporter.summary(of: reports[2 * index]) + "\n")
      buffer.write("GOOD  " + reporter.summary(of: reports[2 * index + 1]) + "\n")
    }
    if pairs.isEmpty { buffer.write("No examples match.\n") }
    buffer.flush()
  }

  private func load() throws -> [ExamplePair] {
    let path =
      file
      ?? (FileManager.default.fileExists(atPath: "corpus/examples/pairs.jsonl")
        ? "corpus/examples/pairs.jsonl" : Self.bundledPath)
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      Diagnostics.error("\(path): cannot read the examples file")
      throw ExitCode(2)
    }
    do {
      return try ExamplePair.load(text, path: path)
    } catch {
      Diagnostics.error(String(describing: error))
      throw ExitCode(2)
    }
  }
}

extension ExamplePair.Area: ExpressibleByArgument {}
extension ExamplePair.Phase: ExpressibleByArgument {}
extension ExamplePair.Theme: ExpressibleByArgument {}
