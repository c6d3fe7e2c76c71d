import OutcomeLint

/// Writes an outcome's suggested rewrite as JSON Lines fields: `rewrite` (the
/// text, or `null` for a strong outcome), `moved_to_provision[]`,
/// `separate_outcomes[]`, `prompts[]` (`slot`, `text`, `example`) and
/// `changes[]` (`dimension`, `rule`, `change`, `reason`).
enum RewriteJSON {
  /// The names of the fields written, which input fields must not take.
  static let keys: Set<String> = [
    "rewrite", "moved_to_provision", "separate_outcomes", "prompts", "changes",
  ]

  static func write(_ rewrite: Rewrite?, to output: inout OutputBuffer) {
    guard let rewrite else {
      output.write(
        literal:
          ",\"rewrite\":null,\"moved_to_provision\":[],\"separate_outcomes\":[],\"prompts\":[],\"changes\":[]"
      )
      return
    }
    output.write(literal: ",\"rewrite\":")
    output.writeJSONString(rewrite.text)
    output.write(literal: ",\"moved_to_provision\":")
    writeStrings(rewrite.movedToProvision, to: &output)
    output.write(literal: ",\"separate_outcomes\":")
    writeStrings(rewrite.separateOutcomes, to: &output)
    output.write(literal: ",\"prompts\":[")
    for (index, prompt) in rewrite.prompts.enumerated() {
      output.write(literal: index > 0 ? ",{\"slot\":" : "{\"slot\":")
      output.writeJSONString(prompt.slot.rawValue)
      output.write(literal: ",\"text\":")
      output.writeJSONString(prompt.text)
      output.write(literal: ",\"example\":")
      output.writeJSONString(prompt.example)
      output.write(byte: UInt8(ascii: "}"))
    }
    output.write(literal: "],\"changes\":[")
    for (index, change) in rewrite.changes.enumerated() {
      output.write(literal: index > 0 ? ",{\"dimension\":" : "{\"dimension\":")
      output.writeJSONString(change.dimension.rawValue)
      output.write(literal: ",\"rule\":")
      output.writeJSONString(orNull: change.rule)
      output.write(literal: ",\"change\":")
      output.writeJSONString(change.change)
      output.write(literal: ",\"reason\":")
      output.writeJSONString(change.reason)
      output.write(byte: UInt8(ascii: "}"))
    }
    output.write(literal: "]")
  }

  private static func writeStrings(_ strings: [String], to output: inout OutputBuffer) {
    output.write(byte: UInt8(ascii: "["))
    for (index, string) in strings.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      output.writeJSONString(string)
    }
    output.write(byte: UInt8(ascii: "]"))
  }
}
