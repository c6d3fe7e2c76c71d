import ArgumentParser
import Foundation
import OutcomeLint

/// The records `check` reads, in order: each `--text`, then each path (or
/// standard input), streamed line by line.
final class RecordSources {
  private let input: InputOptions
  private let readStandardInput: Bool
  /// How many paths could not be opened.
  private(set) var unreadable = 0

  /// Validates the choice of inputs; a usage error when there are none.
  init(input: InputOptions) throws {
    self.input = input
    readStandardInput = input.paths.isEmpty && input.texts.isEmpty && !Diagnostics.stdinIsTerminal
    guard !input.paths.isEmpty || !input.texts.isEmpty || readStandardInput else {
      throw ValidationError("Give files to check, - for standard input, or --text \"…\".")
    }
  }

  /// Calls `body` with every record, in input order.
  func read(_ body: (InputRecord) -> Void) {
    let textDecoder = RecordDecoder(format: .text)
    for (index, text) in input.texts.enumerated() {
      body(textDecoder.decode(Array(text.utf8), line: index + 1, source: "--text"))
    }
    let paths = readStandardInput ? ["-"] : input.paths
    for path in paths {
      let handle: FileHandle
      if path == "-" {
        handle = FileHandle.standardInput
      } else if let file = FileHandle(forReadingAtPath: path), !isDirectory(path) {
        handle = file
      } else {
        Diagnostics.error("\(path): cannot open for reading")
        unreadable += 1
        continue
      }
      let reader = LineReader(handle: handle)
      while let (number, bytes) = reader.nextLine() {
        body(input.decoder.decode(bytes, line: number, source: path))
      }
    }
  }

  private func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory)
      && directory.boolValue
  }
}
