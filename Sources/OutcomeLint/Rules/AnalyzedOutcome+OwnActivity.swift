/// Whether counted sessions are the person's own activity, shared by the
/// rules that judge them (`service-session-count`, `no-success-criterion`)
/// and the rewriter, so a rewrite never asks for a criterion the rules accept.
extension AnalyzedOutcome {
  /// Whether the person does the counted thing themselves: their main verb is
  /// observable and not the uptake of a service ("have", "attend") or of
  /// counted sessions ("go to 2 swimming sessions"), nothing makes them a
  /// recipient, and no service is the subject. "Tell her teaching assistant
  /// at the start of each lesson" counts the person's own activity; "have
  /// speech therapy twice a week" counts a service's.
  package var isOwnActivity: Bool {
    guard let action = anatomy.action, action.observability == .observable,
      anatomy.subject.kind != .service, anatomy.serviceActions.isEmpty,
      !anatomy.provision.contains(where: { $0.kind == .delivery }),
      takenUpSessions == nil
    else { return false }
    return !document.hasHit(.provisionVerbs, startingAt: action.token)
  }

  /// A counted session of the person's own activity ("go swimming at the
  /// leisure centre for 3 sessions a week"), if any: a session mention with
  /// a number, in an outcome that is the person's own activity (see
  /// ``isOwnActivity``) with no service named. It says how often they will do
  /// it, as "attend Rugby training once a week" does in council guidance
  /// (seed 003), so it is their success criterion rather than provision.
  package var ownSessionCount: ProvisionMention? {
    guard
      let session = anatomy.provision.first(where: { mention in
        mention.kind == .session
          && mention.hit.tokens.contains { document.tokens[$0].kind == .number }
      }),
      !anatomy.provision.contains(where: { $0.kind == .service || $0.kind == .staffing }),
      isOwnActivity
    else { return nil }
    return session
  }
}
