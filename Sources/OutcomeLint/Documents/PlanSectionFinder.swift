import Foundation

/// Finds Section A (aspirations), Section B (needs) and Section E (outcomes)
/// in a document's blocks by their headings, in the forms local authorities
/// use: "Section E: Outcomes", "E: Outcomes", "E." and such headings as
/// paragraphs, Word headings or table cells; outcomes as paragraphs, numbered
/// or bulleted lists, or a table with an "Outcome" column beside columns such
/// as "Area of need", "Steps towards", "By when" and "Provision". Labelled
/// lines ("Name:", "Year group:", "Date of birth:", "Area of need:") are read
/// anywhere, as are two-cell label rows. An age is worked out from the date
/// of birth only at the plan's own date ("Date of plan:"), never at the day
/// the tool runs, so the same document always gives the same plan.
public struct PlanSectionFinder: Sendable {
  /// Whether a line's whole text names an area of need.
  private let isAreaName: @Sendable (String) -> Bool

  /// Creates a finder. In Section E a paragraph, list item or table row that
  /// only names an area of need (`isAreaName`: "Communication and
  /// interaction" in bold, say) is a sub-heading, as a Word heading is: it
  /// sets the area of the outcomes under it rather than being one.
  public init(isAreaName: @escaping @Sendable (String) -> Bool = { _ in false }) {
    self.isAreaName = isAreaName
  }

  private enum Section { case none, a, b, e, other }

  private enum Column { case outcome, area, steps, byWhen, provision }

  private struct State {
    var plan = DocumentPlan()
    var section = Section.none
    var area: String?
    var birth: Date?
    var planDate: Date?
    /// A label that stood on a line of its own ("Area of need:"), whose value
    /// is the next line.
    var pendingLabel: String?
  }

  /// The plan the blocks hold.
  public func plan(_ blocks: [DocumentBlock]) -> DocumentPlan {
    var state = State()
    var index = 0
    while index < blocks.count {
      let block = blocks[index]
      if case .cell(let table, _, _) = block.kind {
        var rows: [[DocumentBlock]] = []
        var lastRow = -1
        while index < blocks.count, case .cell(table, let row, _) = blocks[index].kind {
          if row != lastRow {
            rows.append([])
            lastRow = row
          }
          rows[rows.count - 1].append(blocks[index])
          index += 1
        }
        readTable(rows, into: &state)
        continue
      }
      read(block.text, kind: block.kind, into: &state)
      index += 1
    }
    if state.plan.yearGroup == nil, state.plan.age == nil, let birth = state.birth {
      if let planDate = state.planDate {
        let years = Calendar(identifier: .gregorian).dateComponents(
          [.year], from: birth, to: planDate
        ).year
        state.plan.age = years.flatMap { (0...25).contains($0) ? $0 : nil }
      } else {
        state.plan.missingPlanDate = true
      }
    }
    return state.plan
  }

  private func read(_ text: String, kind: DocumentBlock.Kind, into state: inout State) {
    guard !text.isEmpty else { return }
    let pendingLabel = state.pendingLabel
    state.pendingLabel = nil
    if let (section, form) = Self.heading(text, kind: kind) {
      enter(section, form: form, into: &state)
      return
    }
    if let (key, value) = Self.label(text), apply(key, value, into: &state) { return }
    // A line that is itself a label is not the value of the one before.
    if let key = pendingLabel, Self.bareLabelKey(text) == nil, apply(key, text, into: &state) {
      return
    }
    // A label on a line of its own: when the finder reads it, its value is
    // the next line ("Area of need:", then "Communication and interaction");
    // in Section E any other ("Notes:") is not an outcome either, unless it
    // names an area ("SEMH:").
    if let key = Self.bareLabelKey(text) {
      var trial = state
      if apply(key, "-", into: &trial) {
        state.pendingLabel = key
        return
      }
      if state.section == .e, !isAreaName(text) { return }
    }
    switch state.section {
    case .a:
      if kind != .heading { state.plan.aspirations.append(Self.unnumbered(text).text) }
    case .b:
      if kind != .heading { state.plan.needs.append(Self.unnumbered(text).text) }
    case .e:
      let (outcome, numbered) = Self.unnumbered(text)
      // "Outcome 2:" on a line of its own numbers the outcome on the next.
      guard !outcome.isEmpty else { return }
      if kind == .heading || isAreaName(outcome) {
        state.area = kind == .heading ? text : outcome
        return
      }
      state.plan.outcomes.append(DocumentPlan.Outcome(text: outcome, area: state.area))
      if state.plan.outcomeForm == nil {
        state.plan.outcomeForm =
          numbered ? "numbered-list" : kind == .listItem ? "bulleted-list" : "paragraphs"
      }
    case .none, .other: break
    }
  }

  private func readTable(_ rows: [[DocumentBlock]], into state: inout State) {
    var columns: [(column: Int, role: Column)]?
    for rowBlocks in rows {
      let row = rowBlocks.map(\.text)
      let cells = row.filter { !$0.isEmpty }
      if let columns, let outcomeColumn = columns.first(where: { $0.role == .outcome })?.column {
        guard outcomeColumn < row.count, !row[outcomeColumn].isEmpty else { continue }
        // A row that only names an area is a sub-heading over the rows below.
        if cells.count == 1, case let name = Self.unnumbered(cells[0]).text, isAreaName(name) {
          state.area = name
          continue
        }
        let text = Self.unnumbered(row[outcomeColumn]).text
        guard !text.isEmpty else { continue }
        var outcome = DocumentPlan.Outcome(text: text, area: state.area)
        // Left to right, so of two columns with one role the first filled one is read.
        for (column, role) in columns.reversed() where column < row.count && !row[column].isEmpty {
          switch role {
          case .outcome: break
          case .area: outcome.area = row[column]
          case .steps: outcome.steps = row[column]
          case .byWhen: outcome.byWhen = row[column]
          case .provision: outcome.provision = row[column]
          }
        }
        state.plan.outcomes.append(outcome)
        continue
      }
      if let header = Self.columns(row) {
        columns = header
        state.section = .e
        state.plan.foundSectionE = true
        state.plan.outcomeForm = "outcome-table"
        continue
      }
      if cells.count == 2, let key = Self.labelKey(cells[0]),
        apply(key, cells[1], into: &state)
      {
        continue
      }
      // A cell naming an area is read first, so that in a row of an outcome
      // and its area ("Sam will …" | "SEMH") the area is the outcome's.
      let namesArea = { (cell: DocumentBlock) in self.isAreaName(Self.unnumbered(cell.text).text) }
      for cell in rowBlocks.filter(namesArea) + rowBlocks.filter({ !namesArea($0) }) {
        for text in paragraphsToRead(of: cell, in: state.section) {
          read(text, kind: .cell(table: 0, row: 0, column: 0), into: &state)
        }
      }
    }
  }

  /// What to read of a cell outside an outcome table: each paragraph on its
  /// own when the cell opens with a section heading (a plan laid out as a box
  /// per section); its whole text when that is a heading; each paragraph on
  /// its own in Section A, B or E, where each is an item as on the page,
  /// unless the whole text is a label ("Name:" and "Sam"); otherwise its whole
  /// text.
  private func paragraphsToRead(of cell: DocumentBlock, in section: Section) -> [String] {
    let kind = DocumentBlock.Kind.cell(table: 0, row: 0, column: 0)
    guard cell.paragraphs.count > 1 else { return [cell.text] }
    if Self.heading(cell.paragraphs[0], kind: kind) != nil { return cell.paragraphs }
    guard Self.heading(cell.text, kind: kind) == nil else { return [cell.text] }
    return [.a, .b, .e].contains(section) && Self.label(cell.text) == nil
      ? cell.paragraphs : [cell.text]
  }

  private func enter(_ section: Section, form: String, into state: inout State) {
    state.section = section
    state.area = nil
    if section == .e { state.plan.foundSectionE = true }
    if section == .a || section == .e, state.plan.headingForm == nil {
      state.plan.headingForm = form
    }
  }

  /// Applies a labelled value; false when the label is not one the finder reads.
  private func apply(_ key: String, _ value: String, into state: inout State) -> Bool {
    switch key {
    case "name", "child", "child's name", "name of child", "young person", "name of young person",
      "child or young person", "full name", "name of child or young person",
      "name of the child or young person", "name of child/young person",
      "child or young person's name", "child/young person's name", "young person's name",
      "child's full name":
      state.plan.child = value
    case "plan reference", "reference", "plan id", "id", "ehc plan reference":
      state.plan.id = value
    case "year group", "national curriculum year", "school year", "current year group":
      state.plan.yearGroup = Self.yearGroup(value)
    case "age":
      state.plan.age = Self.firstNumber(value).flatMap { (0...25).contains($0) ? $0 : nil }
    case "date of birth", "dob", "d.o.b.": state.birth = DocumentDates.shared.date(value)
    case "date of plan", "plan date", "date issued", "date of issue":
      state.planDate = DocumentDates.shared.date(value)
    case "area of need", "area", "primary area of need":
      guard state.section == .e, !state.plan.outcomes.isEmpty else { return false }
      state.plan.outcomes[state.plan.outcomes.count - 1].area = value
    case "provision", "provision (section f)":
      guard state.section == .e, !state.plan.outcomes.isEmpty else { return false }
      state.plan.outcomes[state.plan.outcomes.count - 1].provision = value
    case "steps towards", "steps", "steps towards the outcome", "short-term steps":
      guard state.section == .e, !state.plan.outcomes.isEmpty else { return false }
      state.plan.outcomes[state.plan.outcomes.count - 1].steps = value
    case "by when", "timescale":
      guard state.section == .e, !state.plan.outcomes.isEmpty else { return false }
      state.plan.outcomes[state.plan.outcomes.count - 1].byWhen = value
    default: return false
    }
    return true
  }

  private static let sectionTitles = [
    "view", "interest", "aspiration", "need", "outcome", "provision", "health", "social care",
    "placement", "personal budget", "advice", "about me", "special educational",
  ]

  /// The section a heading opens and the form it is written in.
  private static func heading(_ text: String, kind: DocumentBlock.Kind) -> (Section, String)? {
    let lower = text.lowercased()
    var form = "letter-headings"
    var rest: Substring
    if lower.hasPrefix("section ") {
      rest = lower.dropFirst(8)
      form = "section-headings"
    } else {
      rest = lower[...]
    }
    guard let letter = rest.first, ("a"..."k").contains(letter) else { return nil }
    let after = rest.dropFirst()
    let title = after.drop(while: { " :.)-–—".contains($0) })
    if form == "letter-headings" {
      guard let separator = after.first, ":.)-–—".contains(separator) else { return nil }
      guard
        title.isEmpty
          ? kind == .heading : sectionTitles.contains(where: String(title).occurs)
      else {
        return nil
      }
      guard lower.count <= 80 else { return nil }
    } else {
      guard after.first.map({ !$0.isLetter }) ?? true, lower.count <= 120 else { return nil }
    }
    if case .cell = kind { form = "headings-in-table" }
    let section: Section =
      switch letter {
      case "a": .a
      case "b": .b
      case "e": .e
      default: .other
      }
    return (section, form)
  }

  /// The columns of an outcome table's header row with their roles, left to
  /// right (kept in order, so that output never depends on a dictionary's
  /// order), or nil when the row is not one.
  private static func columns(_ row: [String]) -> [(column: Int, role: Column)]? {
    var columns: [(column: Int, role: Column)] = []
    for (index, cell) in row.enumerated() {
      let lower = cell.lowercased()
      guard lower.count <= 60 else { return nil }
      if lower.hasPrefix("outcome") && !columns.contains(where: { $0.role == .outcome }) {
        columns.append((index, .outcome))
      } else if lower.occurs("step") {
        columns.append((index, .steps))
      } else if lower.occurs("area") || lower.occurs("need") {
        columns.append((index, .area))
      } else if lower.occurs("when") || lower.occurs("timescale") {
        columns.append((index, .byWhen))
      } else if lower.occurs("provision") {
        columns.append((index, .provision))
      }
    }
    guard columns.contains(where: { $0.role == .outcome }), columns.count >= 2 else { return nil }
    return columns
  }

  private static func label(_ text: String) -> (String, String)? {
    let utf8 = text.utf8
    guard let colonByte = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
    if utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      // In ASCII text without CR every byte is a character, so the colon is
      // found, and trimmed around, by bytes.
      guard utf8.distance(from: utf8.startIndex, to: colonByte) <= 40 else { return nil }
      let value = asciiTrimmed(utf8[utf8.index(after: colonByte)...])
      guard !value.isEmpty else { return nil }
      return (
        String(decoding: asciiTrimmed(utf8[..<colonByte]), as: UTF8.self).lowercased(),
        String(decoding: value, as: UTF8.self)
      )
    }
    // A label's colon is among the first 41 characters, so only those are read.
    guard let colon = text.prefix(41).firstIndex(of: ":") else { return nil }
    let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    guard !value.isEmpty else { return nil }
    return (text[..<colon].trimmingCharacters(in: .whitespaces).lowercased(), value)
  }

  /// ASCII `bytes` less leading and trailing spaces and tabs (the ASCII
  /// members of `CharacterSet.whitespaces`).
  private static func asciiTrimmed(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
    let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
    guard let first = bytes.firstIndex(where: { !isBlank($0) }),
      let last = bytes.lastIndex(where: { !isBlank($0) })
    else { return bytes[bytes.endIndex...] }
    return bytes[first...last]
  }

  /// The key of `text` when it is only a label ("Area of need:"), lower case.
  private static func bareLabelKey(_ text: String) -> String? {
    guard text.hasSuffix(":") else { return nil }
    return labelKey(text)
  }

  private static func labelKey(_ cell: String) -> String? {
    let key = cell.trimmingCharacters(in: CharacterSet(charactersIn: ": ")).lowercased()
    return key.isEmpty || key.count > 40 ? nil : key
  }

  /// `text` without a leading "1.", "(a)", "Outcome 2:" or bullet, and whether it had a number.
  private static func unnumbered(_ text: String) -> (text: String, numbered: Bool) {
    var rest = Substring(text)
    if rest.lowercased().hasPrefix("outcome ") {
      let number = rest.dropFirst(8)
      if let first = number.first, first.isNumber {
        rest = number.drop(while: \.isNumber).drop(while: { " :.)-–—".contains($0) })
        return (String(rest), true)
      }
    }
    if let marker = rest.first, "-*•".contains(marker), rest.dropFirst().first == " " {
      return (String(rest.dropFirst(2)), false)
    }
    let digits = rest.drop(while: { $0 == "(" }).prefix(while: \.isNumber)
    if !digits.isEmpty, digits.count <= 2 {
      let after = rest.drop(while: { $0 == "(" }).dropFirst(digits.count)
      if let separator = after.first, ".)".contains(separator), after.dropFirst().first == " " {
        return (String(after.dropFirst(2)), true)
      }
    }
    return (text, false)
  }

  private static func yearGroup(_ value: String) -> Int? {
    let lower = value.lowercased()
    if lower.occurs("reception") { return 0 }
    if lower.occurs("nursery") { return -1 }
    let number = firstNumber(value)
    let signed =
      value.trimmingCharacters(in: .whitespaces).hasPrefix("-") ? number.map { -$0 } : number
    return signed.flatMap { (-2...20).contains($0) ? $0 : nil }
  }

  private static func firstNumber(_ value: String) -> Int? {
    let digits = value.drop(while: { !$0.isNumber }).prefix(while: \.isNumber)
    return digits.count <= 3 ? Int(digits) : nil
  }
}
