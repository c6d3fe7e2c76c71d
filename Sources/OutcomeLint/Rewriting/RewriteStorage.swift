/// The storage one rewrite is written in: its record, the texts and prompts
/// it wrote, and its token replacements. A worker's ``RewriteWorkspace``
/// hands the same storage to one rewrite after another, emptied but keeping
/// its capacity, so a rewrite seldom allocates; a ``Rewrite`` keeps its
/// storage, which is reused only once nothing else holds it.
final class RewriteStorage: @unchecked Sendable {
  /// What the rewrite writes (see ``RewriteDraft/record``).
  @exclusivity(unchecked) var record = RewriteRecord(capacity: 1024)
  /// The text of every ``ClausePiece/text(_:)``.
  @exclusivity(unchecked) var writtenTexts: [String] = []
  /// The prompt of every ``ClausePiece/prompt(_:)``.
  @exclusivity(unchecked) var writtenPrompts = PlainList<WrittenPrompt>(capacity: 8)
  /// Jargon expansions (see ``RewriteDraft/jargon``).
  @exclusivity(unchecked) var jargon = TokenTexts()
  /// The rewrite's own substitutions (see ``RewriteDraft/substitutions``).
  @exclusivity(unchecked) var substitutions = TokenTexts()
  /// The words in the rewrite's voice (see ``RewriteDraft/voiced``).
  @exclusivity(unchecked) var voiced = TokenTexts()
  /// The main clause's pieces as ``RewriteDraft/mainRegion(from:claimed:subject:)`` reads them.
  @exclusivity(unchecked) var region: [ClausePiece] = []
  /// The findings about provision ``RewriteDraft/moveProvision(_:)`` answers.
  @exclusivity(unchecked) var provisionFindings: [ReportFinding] = []
  /// The token ranges ``RewriteDraft/moveProvision(_:)`` moves out.
  @exclusivity(unchecked) var provisionGroups: [Range<Int>] = []
  /// The tokens of the provision ``RewriteDraft/moveProvision(_:)`` is listing.
  @exclusivity(unchecked) var provisionTokens: [Int] = []

  /// Empties everything for a rewrite of an outcome of `bytes` bytes,
  /// keeping the capacity.
  func reset(bytes: Int) {
    record.reset(capacity: 2 * bytes + 512)
    if !writtenTexts.isEmpty { writtenTexts.removeAll(keepingCapacity: true) }
    writtenPrompts.removeAll()
    jargon.reset()
    substitutions.reset()
    voiced.reset()
  }
}
