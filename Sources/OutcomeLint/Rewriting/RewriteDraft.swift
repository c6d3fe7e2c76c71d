import Foundation

/// The working state of one rewrite: which tokens of the original stay, what
/// replaces them, what moves out, and the changes made so far. Made by
/// ``Rewriter`` for one outcome; a class, so its steps share one state
/// instead of copying it. Only the one rewrite's steps, one at a time, ever
/// touch it, so its state is not checked for overlapping access at run time
/// (`@exclusivity(unchecked)`). What it writes goes to its ``storage``,
/// reused from one rewrite to the next; once built, the ``Rewrite`` keeps the
/// draft (and so the storage) for its ``record``, which never changes again
/// while it is kept, so it is shared between threads unchecked.
final class RewriteDraft: @unchecked Sendable {
  /// Example answers the prompts offer when nothing in the outcome suggests one.
  enum Defaults {
    static let deadline: StaticString = "the end of Key Stage 2"
    static let name: StaticString = "Sam"
    static let action: StaticString = "ask for help"
    static let occasions: StaticString = "on 4 out of 5 occasions"
    static let lessons: StaticString = "in 4 out of 5 lessons"
    static let context: StaticString = "at home or at school"
    static let difference: StaticString = "can do this without waiting for an adult"
  }

  let report: OutcomeReport
  /// The outcome's text.
  let document: Document
  /// The outcome's parts, read through ``report`` (one reference fewer to hold).
  var anatomy: OutcomeAnatomy { report.outcome.anatomy }
  /// The verb lexicons' forms.
  var verbs: VerbForms { VerbForms(lexicons: document.lexicons) }
  /// Prompts already in the text (from an earlier rewrite).
  let prompts: [PromptSpan]
  /// One bit for the length of each rule id with a finding in the report
  /// (see ``ruleBit(_:)``): a rule whose bit is clear has none, with no
  /// finding to look at.
  private let ruleBits: UInt64
  /// For each token, whether it lies inside one of ``prompts``; empty when there are none.
  private let promptMarks: [Bool]
  /// The voice the rewrite is written in.
  @exclusivity(unchecked) private(set) var person = PersonStyle.third
  /// The voice the original is written in.
  @exclusivity(unchecked) private(set) var originalPerson = PersonStyle.third

  /// Where the rewrite is written, reused from one rewrite to the next.
  let storage: RewriteStorage
  /// What the rewrite writes: its text, what moves out, and its changes.
  var record: RewriteRecord {
    _read { yield storage.record }
    _modify { yield &storage.record }
  }
  /// Jargon expansions, used everywhere including text moved to Section F.
  var jargon: TokenTexts {
    _read { yield storage.jargon }
    _modify { yield &storage.jargon }
  }
  /// Every substitution the rewrite makes itself (verb forms, case).
  var substitutions: TokenTexts {
    _read { yield storage.substitutions }
    _modify { yield &storage.substitutions }
  }
  /// The words written in the rewrite's voice when it differs from the original's.
  var voiced: TokenTexts {
    _read { yield storage.voiced }
    _modify { yield &storage.voiced }
  }
  /// The text of every ``ClausePiece/text(_:)``.
  var writtenTexts: [String] {
    _read { yield storage.writtenTexts }
    _modify { yield &storage.writtenTexts }
  }
  /// The prompt of every ``ClausePiece/prompt(_:)``.
  var writtenPrompts: PlainList<WrittenPrompt> {
    _read { yield storage.writtenPrompts }
    _modify { yield &storage.writtenPrompts }
  }
  /// An example criterion suggested by wording the rewrite took out ("in all lessons").
  @exclusivity(unchecked) var criterionExample: String?
  /// What the person wishes for, from a statement of aspiration taken out
  /// ("be a footballer"), to suggest as the difference the outcome makes.
  @exclusivity(unchecked) var aspirationExample: String?

  init(
    report: borrowing OutcomeReport, person requested: PersonStyle?,
    storage: consuming RewriteStorage
  ) {
    self.report = copy report
    let document = self.report.outcome.document
    storage.reset(bytes: document.bytes.count)
    self.storage = consume storage
    self.document = document
    let count = document.tokens.count
    prompts = Self.holdsBracket(document.bytes) ? PromptSpan.find(in: document) : []
    var marks: [Bool] = []
    if !prompts.isEmpty {
      marks = Array(repeating: false, count: count)
      for prompt in prompts {
        for index in prompt.tokens { marks[index] = true }
      }
    }
    promptMarks = marks
    var bits: UInt64 = 0
    for index in self.report.findings.indices {
      bits |= Self.ruleBit(length: self.report.findings[index].withStamp { $0.quotedID.count - 2 })
    }
    ruleBits = bits
    let original = originalVoice()
    originalPerson = original
    person = requested ?? original
  }

  /// Whether `bytes` hold a "[", which every prompt starts with.
  private static func holdsBracket(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(UInt8(ascii: "[")), bytes.count) != nil
    }
  }

  private static let firstPersonWords: [StaticString] = ["i", "me", "my", "myself", "mine", "i'm"]

  /// The voice of the original: first person when its subject, or a
  /// subject-less statement's own words, say "I" or "my".
  private func originalVoice() -> PersonStyle {
    switch anatomy.subject.kind {
    case .firstPerson: return .first
    case .namedChild, .pronoun, .genericChild: return .third
    case .service, .implicit, .none:
      let sayFirst = document.tokens.indices.contains { index in
        anatomy.isMainToken[index] && mayBeFirstPersonWord(index) && !inPrompt(index)
          && document.tokenIs(index, anyOf: Self.firstPersonWords)
      }
      return sayFirst ? .first : .third
    }
  }

  /// Whether token `index` may be one of ``firstPersonWords``: not an ASCII
  /// token of another length or starting with another letter.
  private func mayBeFirstPersonWord(_ index: Int) -> Bool {
    let token = document.tokens[index]
    guard token.isASCII else { return true }
    let length = token.end - token.start
    guard length >= 1 && length <= 6 else { return false }
    let first = document.bytes[Int(token.start)] | 0x20
    return first == UInt8(ascii: "i") || first == UInt8(ascii: "m")
  }

  // MARK: Reading the original

  /// Whether token `index` lies inside a prompt already written.
  func inPrompt(_ index: Int) -> Bool { !promptMarks.isEmpty && promptMarks[index] }

  /// The report's finding at `index`.
  func reportFinding(_ index: Int) -> ReportFinding {
    ReportFinding(
      index: index, dimension: report.findings[index].stamp.dimension,
      span: report.findings[index].span)
  }

  /// Whether the report's finding at `index` is of `rule`, compared with
  /// the stamp's quoted id, which is read without counting a reference.
  @inline(__always)
  private func isFinding(_ index: Int, of rule: StaticString) -> Bool {
    report.findings[index].withStamp { stamp in
      let quoted = stamp.quotedID
      let length = rule.utf8CodeUnitCount
      // Rule ids mostly differ in length, which is quicker to compare.
      return quoted.count == length + 2
        && memcmp(quoted.baseAddress! + 1, rule.utf8Start, length) == 0
    }
  }

  /// Whether the report's finding at `index` is of `rule` and not about the
  /// words of a prompt.
  @inline(__always)
  private func isOutsidePrompts(_ index: Int, _ rule: StaticString) -> Bool {
    isFinding(index, of: rule) && (prompts.isEmpty || isOutsidePrompts(index))
  }

  /// Whether the report's finding at `index` is not about the words of a prompt.
  private func isOutsidePrompts(_ index: Int) -> Bool {
    let span = report.findings[index].span
    guard span != document.trimmedSpan else { return true }
    return !prompts.contains { document.span(ofTokens: $0.tokens).overlaps(span) }
  }

  /// The bit of ``ruleBits`` for a rule id of `length` bytes.
  private static func ruleBit(length: Int) -> UInt64 {
    1 << (UInt64(length) & 63)
  }

  /// Whether the report may have a finding of `rule` (certainly not when false).
  private func mayHaveFinding(_ rule: StaticString) -> Bool {
    ruleBits & Self.ruleBit(length: rule.utf8CodeUnitCount) != 0
  }

  /// The first finding of `rule` that is not about the words of a prompt.
  func finding(_ rule: StaticString) -> ReportFinding? {
    guard mayHaveFinding(rule) else { return nil }
    for index in report.findings.indices where isOutsidePrompts(index, rule) {
      return reportFinding(index)
    }
    return nil
  }

  /// Appends the findings of `rule` that are not about the words of a prompt to `found`.
  func appendFindings(_ rule: StaticString, to found: inout [ReportFinding]) {
    guard mayHaveFinding(rule) else { return }
    for index in report.findings.indices where isOutsidePrompts(index, rule) {
      found.append(reportFinding(index))
    }
  }

  /// The first finding of `rule` outside prompts whose span satisfies `test`.
  func finding(_ rule: StaticString, where test: (TextSpan) -> Bool) -> ReportFinding? {
    guard mayHaveFinding(rule) else { return nil }
    for index in report.findings.indices
    where isOutsidePrompts(index, rule) && test(report.findings[index].span) {
      return reportFinding(index)
    }
    return nil
  }

  /// Whether the report has a finding of `rule`, in prompts or not.
  func hasFinding(_ rule: StaticString) -> Bool {
    guard mayHaveFinding(rule) else { return false }
    for index in report.findings.indices where isFinding(index, of: rule) { return true }
    return false
  }

  /// Whether the report has a finding about `dimension`, in prompts or not.
  func hasFinding(about dimension: Dimension) -> Bool {
    for index in report.findings.indices where report.findings[index].dimension == dimension {
      return true
    }
    return false
  }

  /// The first finding of `rule`, in prompts or not.
  func anyFinding(_ rule: StaticString) -> ReportFinding? {
    guard mayHaveFinding(rule) else { return nil }
    for index in report.findings.indices where isFinding(index, of: rule) {
      return reportFinding(index)
    }
    return nil
  }

  /// The matches of `kind` outside prompts.
  func hits(_ kind: LexiconKind) -> DraftHits {
    DraftHits(
      run: document.hits(kind), draft: Unmanaged.passUnretained(self),
      skipsPrompts: !prompts.isEmpty)
  }

  /// The match of `kind` starting at token `index`, if any.
  func hit(_ kind: LexiconKind, at index: Int) -> LexiconHit? {
    guard let hit = document.hit(kind, startingAt: index) else { return nil }
    guard !prompts.isEmpty else { return hit }
    return hit.tokens.contains { inPrompt($0) } ? nil : hit
  }

  /// Whether ``hit(_:at:)`` finds a match.
  func hasHit(_ kind: LexiconKind, at index: Int) -> Bool {
    guard document.hasHit(kind, startingAt: index) else { return false }
    return prompts.isEmpty || hit(kind, at: index) != nil
  }

  /// Whether any match of `kind` outside prompts starts at token `index`.
  func startsHit(_ kind: LexiconKind, at index: Int) -> Bool {
    guard document.hasHit(kind, startingAt: index) else { return false }
    guard !prompts.isEmpty else { return true }
    return document.hits(kind).contains { hit in
      hit.tokens.lowerBound == index && !hit.tokens.contains { inPrompt($0) }
    }
  }

  /// The prompt already written for `slot`, if any.
  func existing(_ slot: RewritePrompt.Slot) -> PromptSpan? {
    guard !prompts.isEmpty else { return nil }
    return prompts.first { $0.prompt.slot == slot }
  }

  /// The token's text in lower case.
  func word(_ index: Int) -> String { document.lowercasedWord(index) }

  /// Whether token `index` in lower case is `word`.
  func isWord(_ index: Int, _ word: StaticString) -> Bool { document.isWord(index, word) }

  /// Whether token `index` is a one-word verb of the verb lexicons.
  func isVerb(_ index: Int) -> Bool { verbs.isVerb(token: index, in: document) }

  /// The original text of a span, for quoting in prompts and changes.
  func quote(_ span: TextSpan) -> String {
    withDocument { document in
      document.bytes.withUnsafeBufferPointer { bytes in
        String(
          decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
      }
    }
  }

  /// Calls `body` with the document, read without counting a reference: the
  /// draft holds it throughout, so its arrays are read in place without being
  /// retained around calls the compiler cannot see into.
  @inline(__always)
  func withDocument<Result>(_ body: (Document) -> Result) -> Result {
    Unmanaged.passUnretained(document)._withUnsafeGuaranteedRef(body)
  }

  /// The first token starting at or after byte `offset`.
  func token(atByte offset: Int) -> Int? {
    document.tokens.firstIndex { Int($0.start) >= offset }
  }

  // MARK: Writing

  /// A piece standing for text the rewriter wrote.
  func piece(text: String) -> ClausePiece {
    writtenTexts.append(text)
    return .text(writtenTexts.count - 1)
  }

  /// Writes a prompt for `slot` in the record, `[label: hint, e.g.
  /// example]` (the slot's own label when `label` is nil), and returns its
  /// index in ``writtenPrompts``. Never called while the rewrite's text is
  /// being written, which must stay in one piece.
  func prompt(
    _ slot: RewritePrompt.Slot, label: DraftText? = nil, hint: DraftText? = nil,
    example: DraftText
  ) -> Int {
    let start = record.bytes.count
    record.bytes.append(UInt8(ascii: "["))
    let labelStart = record.bytes.count
    if let label {
      label.write(into: &record.bytes, from: document)
    } else {
      record.bytes.append(slot.fixedLabel)
    }
    let labelText = labelStart..<record.bytes.count
    record.bytes.append(": " as StaticString)
    var hintText: Range<Int>?
    if let hint {
      let hintStart = record.bytes.count
      hint.write(into: &record.bytes, from: document)
      hintText = hintStart..<record.bytes.count
      record.bytes.append(", " as StaticString)
    }
    record.bytes.append("e.g. " as StaticString)
    let exampleStart = record.bytes.count
    example.write(into: &record.bytes, from: document)
    return notePrompt(
      slot, from: start, label: labelText, hint: hintText,
      example: exampleStart..<record.bytes.count)
  }

  /// Writes a prompt for `slot` with the slot's own label, no hint and the
  /// example `example` (see ``prompt(_:label:hint:example:)``).
  func prompt(_ slot: RewritePrompt.Slot, example: StaticString) -> Int {
    let start = record.bytes.count
    record.bytes.append(UInt8(ascii: "["))
    let labelStart = record.bytes.count
    record.bytes.append(slot.fixedLabel)
    let labelText = labelStart..<record.bytes.count
    record.bytes.append(": e.g. " as StaticString)
    let exampleStart = record.bytes.count
    record.bytes.append(example)
    return notePrompt(
      slot, from: start, label: labelText, hint: nil, example: exampleStart..<record.bytes.count)
  }

  /// Closes the prompt written from byte `start` up to its example, lists it
  /// in ``writtenPrompts`` and returns its index there.
  private func notePrompt(
    _ slot: RewritePrompt.Slot, from start: Int, label: Range<Int>, hint: Range<Int>?,
    example: Range<Int>
  ) -> Int {
    record.bytes.append(UInt8(ascii: "]"))
    writtenPrompts.append(
      WrittenPrompt(
        slot: slot, source: start..<record.bytes.count, label: label, hint: hint,
        example: example))
    return writtenPrompts.count - 1
  }

  /// Writes `prompt`, one already in the outcome, in the record (see
  /// ``prompt(_:label:hint:example:)``) and returns its index.
  func prompt(copying prompt: RewritePrompt) -> Int {
    self.prompt(
      prompt.slot, label: "\(prompt.label)", hint: prompt.hint.map { "\($0)" },
      example: "\(prompt.example)")
  }

  /// Appends the text of the prompt at `index` of ``writtenPrompts`` to
  /// `text`, the rewrite's, noting where it stands: the rewrite's prompts are
  /// those written in its text.
  func writePrompt(_ index: Int, into text: inout TextBuffer) {
    let start = text.count
    text.appendCopy(of: writtenPrompts[index].source)
    writtenPrompts[index].text = start..<text.count
  }

  /// The text of the prompt at `index` of ``writtenPrompts``.
  func promptText(_ index: Int) -> String {
    record.bytes.string(writtenPrompts[index].source)
  }

  /// Calls `body` with the index in ``writtenPrompts`` of each prompt
  /// written in the rewrite's text, in the order they stand there.
  func forEachPromptInText(_ body: (Int) -> Void) {
    // A rewrite writes only a few prompts: each time, the first one after
    // the last found.
    var after = -1
    while true {
      var next: Int?
      var nextStart = Int.max
      for index in writtenPrompts.indices where !writtenPrompts[index].text.isEmpty {
        let start = writtenPrompts[index].text.lowerBound
        if start > after && start < nextStart {
          next = index
          nextStart = start
        }
      }
      guard let next else { return }
      body(next)
      after = nextStart
    }
  }

  /// The slot of the prompt `piece`, when it is one.
  func slot(of piece: ClausePiece) -> RewritePrompt.Slot? {
    guard case .prompt(let index) = piece else { return nil }
    return writtenPrompts[index].slot
  }

  /// Records a change improving `dimension`, answering the rule of the
  /// finding `rule`, if any, for `reason`.
  func note(
    _ dimension: Dimension, _ rule: ReportFinding?, _ change: DraftText,
    because reason: RewriteRecord.Reason
  ) {
    let stamp = rule.map { report.findings[$0.index].stampReference }
    let start = record.bytes.count
    change.write(into: &record.bytes, from: document)
    record.changes.append(
      RewriteRecord.Change(
        dimension: dimension, rule: stamp, reason: reason, text: start..<record.bytes.count))
  }

  /// Records a change improving `dimension`, answering the rule of the
  /// finding `rule`, if any, for the reason `finding` gives: its message.
  func note(
    _ dimension: Dimension, _ rule: ReportFinding?, _ change: DraftText,
    becauseOf finding: ReportFinding
  ) {
    let start = record.bytes.count
    record.bytes.append(report.findings[finding.index].messageUTF8)
    note(dimension, rule, change, because: .written(start..<record.bytes.count))
  }

  /// Records a change improving `dimension`, for the guidance `reason`.
  func note(
    _ dimension: Dimension, _ rule: ReportFinding?, _ change: DraftText,
    because reason: DraftText
  ) {
    if let fixed = reason.fixedText {
      note(dimension, rule, change, because: .fixed(fixed))
      return
    }
    let start = record.bytes.count
    reason.write(into: &record.bytes, from: document)
    note(dimension, rule, change, because: .written(start..<record.bytes.count))
  }

  /// Writes `pieces` as a text moved to Section F, with its first letter in
  /// upper case, unless the same text is listed already; returns its bytes.
  func listMoved(_ pieces: some Sequence<ClausePiece>) -> Range<Int>? {
    let start = record.bytes.count
    render(pieces, .original, into: &record.bytes)
    Self.capitalise(&record.bytes, from: start)
    let text = start..<record.bytes.count
    guard !record.moved.contains(where: { record.bytes.bytes($0, equal: text) }) else {
      record.bytes.removeAll(from: start)
      return nil
    }
    record.moved.append(text)
    return text
  }

  /// Records a change answering `finding`, if the finding exists.
  func note(_ change: @autoclosure () -> DraftText, answering finding: ReportFinding?) {
    guard let finding else { return }
    note(finding.dimension, finding, change(), becauseOf: finding)
  }

  /// Text with its first letter in upper case.
  static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
