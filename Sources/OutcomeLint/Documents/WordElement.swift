/// The WordprocessingML elements ``WordXMLCollector`` acts on, told apart by
/// their local name (after any namespace prefix: `w:p` and `p` are both a
/// paragraph). Read from the name's bytes, because the collector meets every
/// element of a document twice and most are none of these.
enum WordElement: Equatable {
  /// `p`: a paragraph.
  case paragraph
  /// `pStyle`: a paragraph's style.
  case paragraphStyle
  /// `numPr`: a paragraph's list numbering.
  case numbering
  /// `r`: a run, text with the same properties.
  case run
  /// `t`: a run's text.
  case text
  /// `vanish`: the run is hidden.
  case hidden
  /// `moveFrom`: content a tracked change moved away from here.
  case movedAway
  /// `rPrChange` or `pPrChange`: the formatting a tracked change replaced.
  case formattingChange
  /// `tab`: a tab character.
  case tab
  /// `br`: a line, column or page break.
  case lineBreak
  /// `cr`: a carriage return.
  case carriageReturn
  /// `noBreakHyphen`: a hyphen where the line must not break.
  case nonBreakingHyphen
  /// `tbl`: a table.
  case table
  /// `tr`: a table row.
  case row
  /// `tc`: a table cell.
  case cell
  /// `Fallback` (markup compatibility's `mc:Fallback`): content repeated for
  /// readers that do not know the `mc:Choice` before it.
  case fallback
  /// `sdt`: a content control.
  case contentControl
  /// `showingPlcHdr`: the content control shows its placeholder text.
  case showingPlaceholder
  /// Any other element.
  case other

  /// The element named `qualifiedName`, with or without a prefix.
  init(_ qualifiedName: String) {
    var name = qualifiedName
    self = name.withUTF8 { bytes in
      let start = bytes.lastIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? 0
      return Self(localName: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
  }

  private init(localName name: UnsafeBufferPointer<UInt8>) {
    func named(_ expected: StaticString) -> Bool {
      name.elementsEqual(
        UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount))
    }
    switch name.count {
    case 1 where named("p"): self = .paragraph
    case 1 where named("t"): self = .text
    case 1 where named("r"): self = .run
    case 2 where named("tr"): self = .row
    case 2 where named("tc"): self = .cell
    case 2 where named("br"): self = .lineBreak
    case 2 where named("cr"): self = .carriageReturn
    case 3 where named("tbl"): self = .table
    case 3 where named("tab"): self = .tab
    case 3 where named("sdt"): self = .contentControl
    case 5 where named("numPr"): self = .numbering
    case 6 where named("pStyle"): self = .paragraphStyle
    case 6 where named("vanish"): self = .hidden
    case 8 where named("moveFrom"): self = .movedAway
    case 9 where named("rPrChange") || named("pPrChange"): self = .formattingChange
    case 8 where named("Fallback"): self = .fallback
    case 13 where named("noBreakHyphen"): self = .nonBreakingHyphen
    case 13 where named("showingPlcHdr"): self = .showingPlaceholder
    default: self = .other
    }
  }
}
