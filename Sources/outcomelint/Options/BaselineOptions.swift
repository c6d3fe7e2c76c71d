import ArgumentParser
import Foundation
import OutcomeLint

/// Options for re-audits: record the current findings, or report only the
/// findings an earlier run did not record.
struct BaselineOptions: ParsableArguments {
  @Option(
    name: .customLong("baseline"),
    help: ArgumentHelp(
      "Report only findings not in this baseline (written by --write-baseline).",
      valueName: "file"))
  var readPath: String?

  @Option(
    name: .customLong("write-baseline"),
    help: ArgumentHelp(
      "Record every finding in this file (replaced only when the run finishes).",
      valueName: "file"))
  var writePath: String?

  func validate() throws {
    if writePath == "-" {
      throw ValidationError("--write-baseline needs a file, not standard output.")
    }
  }

  /// The baseline to apply, or nil without `--baseline`; exits 2 when it
  /// cannot be read, is malformed or comes from another schema version.
  func baseline() throws -> Baseline? {
    guard let readPath else { return nil }
    do {
      return try Baseline(path: readPath)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
  }
}
