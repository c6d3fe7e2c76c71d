import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects the blocks of a WordprocessingML `document.xml` as XMLParser
/// reports its elements: paragraphs (headings and list items told apart by
/// their style and numbering), and table cells with their position. Only
/// `w:t` text is kept, so deleted text and field codes are left out. As Word
/// writes them:
/// - a text box's paragraphs sit inside a run of another paragraph: each is a
///   block of its own, and the paragraph around it goes on after it;
/// - a table may sit in a cell of another: its cells are blocks of their own,
///   after the outer table's, so that each table's cells stay together;
/// - a text box is written twice, as `mc:Choice` and again as `mc:Fallback`
///   for older readers: the fallback is skipped;
/// - a content control not yet filled in shows placeholder text ("Click or
///   tap here to enter text."), marked `w:showingPlcHdr`: that text is skipped;
/// - text a tracked change moved away (`w:moveFrom`; it is read where it was
///   moved to) and hidden text (`w:vanish`) are skipped, and the formatting a
///   tracked change replaced (`w:rPrChange`, `w:pPrChange`) is not read.
///
/// Stops the parser when elements nest deeper than the limit. One per parse.
final class WordXMLCollector: NSObject, XMLParserDelegate {
  /// A paragraph being read: its text so far and what its properties said.
  private struct Paragraph {
    var text = ""
    var isHeading = false
    var isListItem = false
  }

  /// A table being read: its number and the current row and column, its
  /// cells' blocks, and the blocks of the tables inside it, which follow.
  private struct Table {
    var number: Int
    var row = -1
    var column = 0
    var cells: [DocumentBlock] = []
    var inner: [DocumentBlock] = []
  }

  private let maximumDepth: Int
  private var depth = 0
  /// The open tables, innermost last.
  private var tables: [Table] = []
  private var tableCount = 0
  /// The open cells' paragraphs, innermost last.
  private var cells: [[String]] = []
  /// The open paragraphs, innermost last.
  private var paragraphs: [Paragraph] = []
  private var inText = false
  /// How many `mc:Fallback` elements are open; all within them is skipped.
  private var fallbackDepth = 0
  /// For each open content control, innermost last, whether it shows its placeholder.
  private var controlsShowingPlaceholder: [Bool] = []
  /// How many `w:moveFrom` elements are open.
  private var movedAwayDepth = 0
  /// Whether the current run's properties hide it.
  private var runIsHidden = false
  /// How many `w:rPrChange` or `w:pPrChange` elements (formatting a tracked
  /// change replaced) are open.
  private var replacedFormattingDepth = 0

  /// The blocks found so far, in document order.
  private(set) var blocks: [DocumentBlock] = []
  /// Set when the document broke a limit.
  private(set) var limitError: DocumentReadError?
  /// The first well-formedness error the parser reported, and its line:
  /// the parser goes on after one, and its own `parserError` keeps the last,
  /// which is often only a consequence of the first.
  private(set) var firstError: (code: Int, line: Int)?

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
    let element = WordElement(elementName)
    guard fallbackDepth == 0 else {
      if element == .fallback { fallbackDepth += 1 }
      return
    }
    switch element {
    case .paragraph:
      paragraphs.append(Paragraph())
    case .paragraphStyle where replacedFormattingDepth == 0:
      let style = (attributeDict["w:val"] ?? attributeDict["val"] ?? "").lowercased()
      modifyParagraph { paragraph in
        paragraph.isHeading = style.hasPrefix("heading") || style == "title" || style == "subtitle"
        if style.hasPrefix("list") { paragraph.isListItem = true }
      }
    case .numbering where replacedFormattingDepth == 0: modifyParagraph { $0.isListItem = true }
    case .text: inText = true
    case .run: runIsHidden = false
    case .hidden: if replacedFormattingDepth == 0 { runIsHidden = Self.isOn(attributeDict) }
    case .formattingChange: replacedFormattingDepth += 1
    case .movedAway: movedAwayDepth += 1
    case .tab, .lineBreak, .carriageReturn: appendText(" ")
    case .nonBreakingHyphen: appendText("-")
    case .table:
      tables.append(Table(number: tableCount))
      tableCount += 1
    case .row:
      if !tables.isEmpty {
        tables[tables.count - 1].row += 1
        tables[tables.count - 1].column = 0
      }
    case .cell: cells.append([])
    case .fallback: fallbackDepth = 1
    case .contentControl: controlsShowingPlaceholder.append(false)
    case .showingPlaceholder:
      if !controlsShowingPlaceholder.isEmpty, Self.isOn(attributeDict) {
        controlsShowingPlaceholder[controlsShowingPlaceholder.count - 1] = true
      }
    case .paragraphStyle, .numbering, .other: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    depth -= 1
    let element = WordElement(elementName)
    guard fallbackDepth == 0 else {
      if element == .fallback { fallbackDepth -= 1 }
      return
    }
    switch element {
    case .text: inText = false
    case .paragraph:
      guard let paragraph = paragraphs.popLast() else { return }
      if !cells.isEmpty {
        cells[cells.count - 1].append(paragraph.text)
      } else {
        blocks.append(
          DocumentBlock(
            paragraph.isHeading ? .heading : paragraph.isListItem ? .listItem : .paragraph,
            paragraph.text))
      }
    case .cell:
      let paragraphs = cells.popLast() ?? []
      if let table = tables.last {
        tables[tables.count - 1].cells.append(
          DocumentBlock(
            .cell(table: table.number, row: table.row, column: table.column),
            paragraphs: paragraphs))
        tables[tables.count - 1].column += 1
      }
    case .table:
      guard let table = tables.popLast() else { return }
      if tables.isEmpty {
        blocks += table.cells + table.inner
      } else {
        tables[tables.count - 1].inner += table.cells + table.inner
      }
    case .contentControl: _ = controlsShowingPlaceholder.popLast()
    case .movedAway: movedAwayDepth -= 1
    case .formattingChange: replacedFormattingDepth -= 1
    default: break
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    if firstError == nil { firstError = ((parseError as NSError).code, parser.lineNumber) }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText, fallbackDepth == 0, movedAwayDepth == 0, !runIsHidden,
      !controlsShowingPlaceholder.contains(true)
    {
      appendText(string)
    }
  }

  /// Whether an on-off property (`<w:vanish/>`, `<w:showingPlcHdr w:val="0"/>`)
  /// is on: it is unless its value says otherwise.
  private static func isOn(_ attributes: [String: String]) -> Bool {
    let value = attributes["w:val"] ?? attributes["val"] ?? "true"
    return !["false", "0", "off"].contains(value)
  }

  /// Adds `text` to the innermost open paragraph, if any.
  private func appendText(_ text: String) {
    modifyParagraph { $0.text += text }
  }

  private func modifyParagraph(_ change: (inout Paragraph) -> Void) {
    guard !paragraphs.isEmpty else { return }
    change(&paragraphs[paragraphs.count - 1])
  }
}
