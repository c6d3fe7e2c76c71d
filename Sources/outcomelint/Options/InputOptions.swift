import ArgumentParser
import Foundation
import OutcomeLint

/// Options choosing what to read.
struct InputOptions: ParsableArguments {
  /// How a deadline stated beside an outcome is read, for the commands' help.
  static let deadlineHelp = """
    A JSON Lines field or CSV column named `by_when`, "By when" or "Timescale" (in any case) \
    is the deadline stated beside the outcome, as in a plan's outcome table: when the outcome's \
    text states no timeframe, it is judged as "By <deadline>, <text>" ("End of Key Stage 2" \
    gives "By the end of Key Stage 2, …"), and that is the text its record shows; the field \
    or column is kept among the record's other fields.
    """

  @Argument(
    help: ArgumentHelp(
      "Files, directories (read recursively) or glob patterns to read, or - for standard input.",
      valueName: "path"))
  var paths: [String] = []

  @Option(
    name: .customLong("text"),
    help: "An outcome to check, typed on the command line (repeatable).")
  var texts: [String] = []

  @Option(
    name: .customLong("input-format"),
    help: "text, jsonl or csv (default: from each file's extension; text for standard input).")
  var inputFormat: InputFormat?

  @Option(
    name: [.customLong("field"), .customLong("column")],
    help: "The JSON field or CSV column holding the outcome's text.")
  var field: String = "text"

  @Option(
    name: .customLong("max-record-bytes"),
    help: "Records longer than this become error records.")
  var maximumRecordBytes: Int = 65_536

  /// The sources to read, in order; a usage error when there are none.
  func plan() throws -> InputPlan {
    var sources: [InputSource] = texts.isEmpty ? [] : [.literals(texts)]
    sources += InputPaths.sources(for: paths, format: inputFormat)
    if paths.isEmpty && texts.isEmpty && !Diagnostics.stdinIsTerminal {
      sources.append(.standardInput(format: inputFormat ?? .text))
    }
    guard !sources.isEmpty else {
      throw ValidationError("Give files to check, - for standard input, or --text \"…\".")
    }
    guard maximumRecordBytes > 0 else {
      throw ValidationError("--max-record-bytes must be positive.")
    }
    return InputPlan(sources: sources, textField: field, maximumRecordBytes: maximumRecordBytes)
  }

  /// The input's total size in bytes when every source is a regular file.
  func knownSize(of plan: InputPlan) -> Int? {
    var total = 0
    for source in plan.sources {
      guard case .file(let path, _) = source,
        let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
      else { return nil }
      total += size
    }
    return total
  }
}

extension InputFormat: ExpressibleByArgument {}
