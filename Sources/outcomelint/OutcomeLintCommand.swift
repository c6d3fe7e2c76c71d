import ArgumentParser
import Foundation

/// The `outcomelint` command: judges EHC plan outcomes against the guidance.
@main
struct OutcomeLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outcomelint",
    abstract: "Judge the outcomes in EHC plans the way a quality-assurance reviewer would.",
    discussion: """
      Exit status: 0 when nothing is below --fail-under, 1 when an outcome is, \
      2 on a usage, lexicon or input failure. Everything runs locally and offline.
      """,
    subcommands: [
      CheckCommand.self, AuditCommand.self, RulesCommand.self, RewriteCommand.self,
      ExplainCommand.self, CompareCommand.self, ExamplesCommand.self, EvaluateCommand.self,
      ConfigCommand.self, BenchCommand.self,
    ],
    defaultSubcommand: CheckCommand.self
  )

  /// Runs the command, mapping usage errors to exit status 2 (the tool's
  /// documented status for usage, configuration and input failures).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
