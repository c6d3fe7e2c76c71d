import Foundation

/// Messages for the person running the tool, on standard error.
enum Diagnostics {
  /// Prints `outcomelint: error: message`.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("outcomelint: error: \(message)\n".utf8))
  }

  /// Writes `text` to standard error as it is.
  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Whether standard error is a terminal.
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Whether standard output is a terminal.
  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Whether standard input is a terminal.
  static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

  /// Whether colour is allowed by the environment (NO_COLOR unset or empty).
  static var colorAllowed: Bool {
    (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
  }
}
