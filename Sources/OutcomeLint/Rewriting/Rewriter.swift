/// Suggests a better version of a weak outcome, in the canonical shape "By
/// (when), (who) will be able to (do what) (how well or how often) so that
/// (what difference it makes)".
///
/// It keeps what the original says (the person's name or "I", the deadline,
/// the action, criteria, context, purpose); turns a service's statement or
/// passive support into the person's own action; moves provision out to a list
/// for Section F; expands jargon with the jargon lexicon's plain English; and
/// writes a bracketed prompt for every fact it cannot know, so it never invents
/// one. A strong outcome (no error or warning) gets no rewrite. Rewriting a
/// rewrite leaves it as it is, prompts included.
public struct Rewriter: Sendable {
  /// The voice to write in; nil keeps the original's.
  public let person: PersonStyle?

  /// Creates a rewriter writing in `person`'s voice (nil: the original's).
  public init(person: PersonStyle? = nil) {
    self.person = person
  }

  /// The suggested rewrite of an analysed outcome, or nil when it has no
  /// error or warning to fix.
  public func rewrite(_ report: OutcomeReport) -> Rewrite? {
    guard report.findings.contains(where: { $0.severity >= .warning }) else { return nil }
    return RewriteDraft(report: report, person: person, storage: RewriteStorage()).build()
  }

  /// The suggested rewrite of an analysed outcome (see ``rewrite(_:)``),
  /// written in `workspace`'s storage, a worker's, reused from one rewrite
  /// to the next.
  public func rewrite(_ report: OutcomeReport, reusing workspace: inout RewriteWorkspace)
    -> Rewrite?
  {
    guard report.findings.contains(where: { $0.severity >= .warning }) else { return nil }
    return RewriteDraft(report: report, person: person, storage: workspace.nextStorage()).build()
  }
}
