import Foundation
import PackagePlugin

/// Embeds the bundled `lexicons/` folder into the `OutcomeLint` library as Swift
/// source, so an installed `outcomelint` binary carries its vocabularies with it.
@main
struct EmbedLexicons: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let lexiconRoot = context.package.directoryURL.appending(path: "lexicons")
    let files = try lexiconFiles(under: lexiconRoot)
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledLexiconSources.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) lexicon files",
        executable: try context.tool(named: "LexiconEmbedder").url,
        arguments: [lexiconRoot.path(), output.path()] + files.map { $0.path() },
        inputFiles: files,
        outputFiles: [output]
      )
    ]
  }

  private func lexiconFiles(under root: URL) throws -> [URL] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: nil)
    else { return [] }
    return enumerator.compactMap { $0 as? URL }
      .filter { $0.pathExtension == "tsv" }
      .sorted { $0.path() < $1.path() }
  }
}
