import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintReporters
import OutcomeLintRules

/// `outcomelint rules`: the rule reference, rendered from the same examples
/// the test suite runs.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List every rule with its dimension, severity, guidance and examples."
  )

  /// The formats the reference can be written in.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text, markdown
  }

  @Option(help: "text (for a terminal) or markdown (the rule reference document).")
  var format: Format = .text

  func run() throws {
    let rules = BuiltInRules.documented.map(\.description)
    var output = OutputBuffer(handle: FileHandle.standardOutput)
    switch format {
    case .markdown: output.write(RuleReference.markdown(rules))
    case .text: output.write(RuleReference.text(rules))
    }
    output.flush()
  }
}
