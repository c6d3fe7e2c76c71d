import ArgumentParser
import OutcomeLint

/// Options choosing what to read.
struct InputOptions: ParsableArguments {
  @Argument(help: "Files to read (one outcome per line, or JSON lines), or - for standard input.")
  var paths: [String] = []

  @Option(
    name: .customLong("text"), help: "An outcome to check, typed on the command line (repeatable).")
  var texts: [String] = []

  @Option(name: .customLong("input-format"), help: "How input files are laid out: text or jsonl.")
  var inputFormat: InputFormat = .text

  @Option(name: .customLong("field"), help: "The JSON field holding the outcome's text.")
  var field: String = "text"

  /// The record decoder these options describe.
  var decoder: RecordDecoder { RecordDecoder(format: inputFormat, textField: field) }
}

extension InputFormat: ExpressibleByArgument {}
