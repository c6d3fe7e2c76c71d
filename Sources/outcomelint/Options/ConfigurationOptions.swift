import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintRules

/// Options choosing the configuration and vocabularies, and the one way a
/// command that analyses outcomes gets its engine: declare
/// `@OptionGroup var configuration: ConfigurationOptions` (in place of
/// `LexiconOptions`, which it includes) and call `try configuration.engine()`.
///
/// The configuration is `--config FILE`, else the nearest `.outcomelint.yml`
/// in the working directory or a folder above it, unless `--no-config`.
struct ConfigurationOptions: ParsableArguments {
  @Option(
    name: .customLong("config"),
    help: ArgumentHelp(
      "A configuration file to use instead of the nearest .outcomelint.yml.", valueName: "file"))
  var file: String?

  @Flag(name: .customLong("no-config"), help: "Use the defaults, ignoring any .outcomelint.yml.")
  var noConfig = false

  @OptionGroup var lexicons: LexiconOptions

  func validate() throws {
    if file != nil && noConfig {
      throw ValidationError("Use either --config or --no-config, not both.")
    }
  }

  /// The configuration in force, or exit 2 after printing what is wrong with
  /// it as `file:line:column: message`.
  func configuration() throws -> Configuration {
    let url: URL
    let displayPath: String
    if let file {
      url = URL(fileURLWithPath: file)
      displayPath = file
    } else if !noConfig,
      let found = ConfigurationFile.discover(
        from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    {
      url = found
      displayPath = found.path
    } else {
      return Configuration.defaults
    }
    do {
      return try BuiltInRules.configurationLoader.load(url, displayPath: displayPath)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
  }

  /// The engine the configuration asks for: its rules, severities and scorer,
  /// over the bundled lexicons, the configuration's lexicon folders and then
  /// `--lexicons`; with `baseline`, findings it holds are not reported.
  func engine(baseline: Baseline? = nil) throws -> AnalysisEngine {
    let configuration = try configuration()
    let folders =
      configuration.lexiconFolders + lexicons.folders.map { URL(fileURLWithPath: $0) }
    do {
      let loaded = try Lexicons.load(userFolders: folders)
      return AnalysisEngine(lexicons: loaded, configuration: configuration, baseline: baseline)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
  }
}
