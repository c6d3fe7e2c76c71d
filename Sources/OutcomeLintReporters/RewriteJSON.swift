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

  /// Writes the fields of an outcome with no rewrite.
  static func writeNone(to output: inout OutputBuffer) {
    output.write(
      literal:
        ",\"rewrite\":null,\"moved_to_provision\":[],\"separate_outcomes\":[],\"prompts\":[],\"changes\":[]"
    )
  }

  /// Writes the fields of `rewrite`, read in place.
  static func write(_ rewrite: borrowing Rewrite, to output: inout OutputBuffer) {
    output.write(literal: ",\"rewrite\":")
    rewrite.withTextUTF8 { output.writeJSONString(utf8: $0) }
    output.write(literal: ",\"moved_to_provision\":[")
    var count = 0
    rewrite.forEachMovedToProvision { writeElement($0, at: &count, to: &output) }
    output.write(literal: "],\"separate_outcomes\":[")
    count = 0
    rewrite.forEachSeparateOutcome { writeElement($0, at: &count, to: &output) }
    output.write(literal: "],\"prompts\":[")
    var firstPrompt = true
    rewrite.forEachPrompt { slot, text, example in
      let name = slot.rawValue
      let room =
        48 + quotedRoom(name) + JSONQuoting.maximumQuotedCount(ofUTF8Count: text.count)
        + JSONQuoting.maximumQuotedCount(ofUTF8Count: example.count)
      output.write(atMost: room) { writer in
        // Slot names are plain ASCII words: quoted, they need no escaping.
        writer.write(literal: firstPrompt ? "{\"slot\":\"" : ",{\"slot\":\"")
        writer.write(name)
        writer.write(literal: "\",\"text\":")
        writer.writeJSONString(utf8: text)
        writer.write(literal: ",\"example\":")
        writer.writeJSONString(utf8: example)
        writer.write(byte: UInt8(ascii: "}"))
      }
      firstPrompt = false
    }
    output.write(literal: "],\"changes\":[")
    var first = true
    rewrite.forEachChange { dimension, quotedRule, change, reason in
      let name = dimension.rawValue
      let room =
        64 + quotedRoom(name) + (quotedRule?.count ?? 0)
        + JSONQuoting.maximumQuotedCount(ofUTF8Count: change.count)
        + JSONQuoting.maximumQuotedCount(ofUTF8Count: reason.count)
      output.write(atMost: room) { writer in
        // Dimension names are plain ASCII words: quoted, they need no escaping.
        writer.write(literal: first ? "{\"dimension\":\"" : ",{\"dimension\":\"")
        writer.write(name)
        writer.write(literal: "\",\"rule\":")
        if let quotedRule {
          writer.write(bytes: quotedRule)
        } else {
          writer.write(literal: "null")
        }
        writer.write(literal: ",\"change\":")
        writer.writeJSONString(utf8: change)
        writer.write(literal: ",\"reason\":")
        writer.writeJSONString(utf8: reason)
        writer.write(byte: UInt8(ascii: "}"))
      }
      first = false
    }
    output.write(byte: UInt8(ascii: "]"))
  }

  /// Writes `text` as the element at `position` of a JSON array of strings,
  /// and counts it.
  private static func writeElement(
    _ text: UnsafeBufferPointer<UInt8>, at position: inout Int, to output: inout OutputBuffer
  ) {
    if position > 0 { output.write(byte: UInt8(ascii: ",")) }
    output.writeJSONString(utf8: text)
    position += 1
  }

  /// The most bytes `text` takes as a quoted JSON string.
  private static func quotedRoom(_ text: String) -> Int {
    JSONQuoting.maximumQuotedCount(ofUTF8Count: text.utf8.count)
  }
}
