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
    output.write(",\"rewrite\":")
    output.writeJSONString(orNull: rewrite?.text)
    output.write(",\"moved_to_provision\":")
    writeStrings(rewrite?.movedToProvision ?? [], to: &output)
    output.write(",\"separate_outcomes\":")
    writeStrings(rewrite?.separateOutcomes ?? [], to: &output)
    output.write(",\"prompts\":[")
    for (index, prompt) in (rewrite?.prompts ?? []).enumerated() {
      output.write(index > 0 ? ",{\"slot\":" : "{\"slot\":")
      output.writeJSONString(prompt.slot.rawValue)
      output.write(",\"text\":")
      output.writeJSONString(prompt.text)
      output.write(",\"example\":")
      output.writeJSONString(prompt.example)
      output.write("}")
    }
    output.write("],\"changes\":[")
    for (index, change) in (rewrite?.changes ?? []).enumerated() {
      output.write(index > 0 ? ",{\"dimension\":" : "{\"dimension\":")
      output.writeJSONString(change.dimension.rawValue)
      output.write(",\"rule\":")
      output.writeJSONString(orNull: change.rule)
      output.write(",\"change\":")
      output.writeJSONString(change.change)
      output.write(",\"reason\":")
      output.writeJSONString(change.reason)
      output.write("}")
    }
    output.write("]")
  }

  private static func writeStrings(_ strings: [String], to output: inout OutputBuffer) {
    output.write("[")
    for (index, string) in strings.enumerated() {
      if index > 0 { output.write(",") }
      output.writeJSONString(string)
    }
    output.write("]")
  }
}
