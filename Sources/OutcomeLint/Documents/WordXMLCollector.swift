import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects the blocks of a WordprocessingML `document.xml` as XMLParser
/// reports its elements: paragraphs (headings and list items told apart by
/// their style and numbering), and table cells with their position. Only
/// `w:t` text is kept, so deleted text and field codes are left out. Stops the
/// parser when elements nest deeper than the limit. One per parse.
final class WordXMLCollector: NSObject, XMLParserDelegate {
  private let maximumDepth: Int
  private var depth = 0
  private var tables: [(table: Int, row: Int, column: Int)] = []
  private var tableCount = 0
  private var cell: String?
  private var paragraph = ""
  private var isHeading = false
  private var isListItem = false
  private var inText = false

  /// The blocks found so far, in document order.
  private(set) var blocks: [DocumentBlock] = []
  /// Set when the document broke a limit.
  private(set) var limitError: DocumentReadError?

  /// A collector that stops at elements nested deeper than `maximumDepth`.
  init(maximumDepth: Int) {
    self.maximumDepth = maximumDepth
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    depth += 1
    guard depth <= maximumDepth else {
      limitError = DocumentReadError(
        "document.xml nests elements more than \(maximumDepth) deep")
      parser.abortParsing()
      return
    }
    switch WordElement(elementName) {
    case .paragraph:
      paragraph = ""
      isHeading = false
      isListItem = false
    case .paragraphStyle:
      let style = (attributeDict["w:val"] ?? attributeDict["val"] ?? "").lowercased()
      isHeading = style.hasPrefix("heading") || style == "title" || style == "subtitle"
      if style.hasPrefix("list") { isListItem = true }
    case .numbering: isListItem = true
    case .text: inText = true
    case .tab, .lineBreak, .carriageReturn: paragraph += " "
    case .table:
      tables.append((tableCount, -1, 0))
      tableCount += 1
    case .row:
      if !tables.isEmpty {
        tables[tables.count - 1].row += 1
        tables[tables.count - 1].column = 0
      }
    case .cell: cell = ""
    case .other: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    depth -= 1
    switch WordElement(elementName) {
    case .text: inText = false
    case .paragraph:
      if let text = cell {
        cell = text.isEmpty ? paragraph : text + " " + paragraph
      } else {
        blocks.append(
          DocumentBlock(isHeading ? .heading : isListItem ? .listItem : .paragraph, paragraph))
      }
    case .cell:
      if let position = tables.last {
        blocks.append(
          DocumentBlock(
            .cell(table: position.table, row: position.row, column: position.column),
            cell ?? ""))
        tables[tables.count - 1].column += 1
      }
      cell = nil
    case .table: _ = tables.popLast()
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { paragraph += string }
  }
}
