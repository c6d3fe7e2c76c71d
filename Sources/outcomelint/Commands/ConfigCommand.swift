import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintRules

/// `outcomelint config`: work with `.outcomelint.yml`.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Create a configuration file.",
    subcommands: [Init.self]
  )

  /// `outcomelint config init`: writes a commented starting file with every
  /// key at its default.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Write a commented .outcomelint.yml with every key and its default."
    )

    @Argument(help: ArgumentHelp("Where to write it, or - for standard output.", valueName: "path"))
    var path = ConfigurationFile.name

    @Flag(help: "Replace an existing file.")
    var force = false

    func run() throws {
      let text = ConfigurationTemplate.text(rules: BuiltInRules.documented.map(\.description))
      if path == "-" {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
      }
      if FileManager.default.fileExists(atPath: path) && !force {
        Diagnostics.error("\(path) already exists; use --force to replace it")
        throw ExitCode(2)
      }
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      } catch {
        Diagnostics.error("\(path): cannot write: \(error.localizedDescription)")
        throw ExitCode(2)
      }
      Diagnostics.write("wrote \(path)\n")
    }
  }
}
