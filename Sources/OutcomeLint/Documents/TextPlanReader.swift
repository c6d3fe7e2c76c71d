import Foundation

/// Splits a plain-text or Markdown plan into blocks: Markdown `#` headings,
/// bulleted and numbered list items, pipe tables (one cell per column, the
/// `|---|` separator row skipped) and other non-blank lines as paragraphs.
/// Emphasis markers (`**`, `__`) are removed.
public struct TextPlanReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// The blocks of `text`, in order.
  public func blocks(_ text: String) -> [DocumentBlock] {
    var blocks: [DocumentBlock] = []
    var table = -1
    var row = -1
    var inTable = false
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      var line = rawLine.replacingOccurrences(of: "**", with: "")
        .replacingOccurrences(of: "__", with: "")
      line = line.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty else {
        inTable = false
        continue
      }
      if line.hasPrefix("|") {
        if !inTable {
          inTable = true
          table += 1
          row = -1
        }
        var cells = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false)
          .map { $0.trimmingCharacters(in: .whitespaces) }
        if cells.last?.isEmpty == true { cells.removeLast() }
        if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
        row += 1
        for (column, cell) in cells.enumerated() {
          blocks.append(DocumentBlock(.cell(table: table, row: row, column: column), cell))
        }
        continue
      }
      inTable = false
      if line.hasPrefix("#") {
        blocks.append(DocumentBlock(.heading, String(line.drop(while: { $0 == "#" }))))
      } else if let marker = line.first, "-*+•".contains(marker), line.dropFirst().first == " " {
        blocks.append(DocumentBlock(.listItem, String(line.dropFirst(2))))
      } else {
        blocks.append(DocumentBlock(.paragraph, line))
      }
    }
    return blocks
  }
}
