import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintRules

/// Options choosing the vocabularies: the bundled lexicons plus the user's.
struct LexiconOptions: ParsableArguments {
  @Option(
    name: .customLong("lexicons"),
    help: ArgumentHelp(
      "A folder of lexicon .tsv files that extends or overrides the bundled ones (repeatable).",
      valueName: "dir"))
  var folders: [String] = []

  /// Loads the lexicons and pairs them with the built-in rules, or exits 2
  /// after printing every lexicon problem as `file:line: message`.
  func engine() throws -> AnalysisEngine {
    do {
      let lexicons = try Lexicons.load(userFolders: folders.map { URL(fileURLWithPath: $0) })
      return AnalysisEngine(lexicons: lexicons, rules: BuiltInRules.ruleSet)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
  }
}
