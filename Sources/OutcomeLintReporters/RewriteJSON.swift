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
    output.write(atMost: quotedRoom(rewrite.text) + 16) { writer in
      writer.write(literal: ",\"rewrite\":")
      writer.writeJSONString(rewrite.text)
    }
    output.write(literal: ",\"moved_to_provision\":")
    output.writeJSONStrings(rewrite.movedToProvision)
    output.write(literal: ",\"separate_outcomes\":")
    output.writeJSONStrings(rewrite.separateOutcomes)
    output.write(literal: ",\"prompts\":[")
    let prompts = rewrite.prompts
    for index in prompts.indices {
      let prompt = prompts[index]
      let slot = prompt.slot.rawValue
      let room =
        48 + quotedRoom(slot) + JSONQuoting.maximumQuotedCount(ofUTF8Count: prompt.textCount)
        + quotedRoom(prompt.example)
      output.write(atMost: room) { writer in
        writer.write(literal: index > 0 ? ",{\"slot\":" : "{\"slot\":")
        writer.writeJSONString(slot)
        writer.write(literal: ",\"text\":\"")
        prompt.forEachPart {
          writer.write(literal: $0)
        } text: {
          writer.writeEscaped($0)
        }
        writer.write(literal: "\",\"example\":")
        writer.writeJSONString(prompt.example)
        writer.write(byte: UInt8(ascii: "}"))
      }
    }
    output.write(literal: "],\"changes\":[")
    let changes = rewrite.changes
    for index in changes.indices {
      let change = changes[index]
      let dimension = change.dimension.rawValue
      let room =
        64 + quotedRoom(dimension) + quotedRoom(change.rule ?? "") + quotedRoom(change.change)
        + quotedRoom(change.reason)
      output.write(atMost: room) { writer in
        writer.write(literal: index > 0 ? ",{\"dimension\":" : "{\"dimension\":")
        writer.writeJSONString(dimension)
        writer.write(literal: ",\"rule\":")
        if let rule = change.rule {
          writer.writeJSONString(rule)
        } else {
          writer.write(literal: "null")
        }
        writer.write(literal: ",\"change\":")
        writer.writeJSONString(change.change)
        writer.write(literal: ",\"reason\":")
        writer.writeJSONString(change.reason)
        writer.write(byte: UInt8(ascii: "}"))
      }
    }
    output.write(byte: UInt8(ascii: "]"))
  }

  /// The most bytes `text` takes as a quoted JSON string.
  private static func quotedRoom(_ text: String) -> Int {
    JSONQuoting.maximumQuotedCount(ofUTF8Count: text.utf8.count)
  }
}
