/// A rule example: an outcome, and whether the rule must fire on it.
///
/// In a poor example, `⟦` and `⟧` mark the exact spans the rule must report;
/// a poor example without marks only requires the rule to fire. The examples
/// are both the rule's documentation and its tests.
public struct Example: Sendable {
  /// The outcome, possibly with `⟦…⟧` marks.
  public let marked: String
  /// Where the example is written, so a failing test points at it.
  public let file: String
  /// The line of the example.
  public let line: Int

  /// Creates an example, capturing the caller's location.
  public init(_ marked: String, file: String = #filePath, line: Int = #line) {
    self.marked = marked
    self.file = file
    self.line = line
  }

  /// The outcome without marks.
  public var text: String {
    marked.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "")
  }

  /// The byte spans of the marked parts in ``text``, in order.
  public var markedSpans: [TextSpan] {
    var spans: [TextSpan] = []
    var offset = 0
    var open: Int?
    for character in marked {
      switch character {
      case "⟦": open = offset
      case "⟧":
        if let start = open { spans.append(TextSpan(start: start, end: offset)) }
        open = nil
      default: offset += character.utf8.count
      }
    }
    return spans
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
