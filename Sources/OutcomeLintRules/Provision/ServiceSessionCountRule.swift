import OutcomeLint

/// Flags counts of a service's delivery ("3 sessions of SALT per week") inside an outcome.
public struct ServiceSessionCountRule: Rule {
  /// Creates the rule.
  public init() {}

  /// How many words apart a frequency and a service word may be to count together.
  static let reach = 6

  public static let description = RuleDescription(
    id: "service-session-count",
    name: "Service sessions counted",
    dimension: .provision,
    severity: .error,
    summary:
      "Counting a service's sessions or hours measures provision, not the person's achievement; a frequency of the person's own activity is fine.",
    guidance:
      "SecEd (seed 001): outcomes that 'describe the provision that will help the outcome to be achieved, such as \"to have three sessions of extra spelling tuition each week\"'; council guidance (seed 003): 'attend Rugby training once a week' counts the young person's own activity.",
    good: [
      Example("By the end of Year 9, Amir will attend his youth club once a week and chat with two members."),
      Example("By the end of Year 1, Lily will say hello to a friend each morning in class."),
    ],
    poor: [
      Example("Amir will attend ⟦2 sessions⟧ of physiotherapy."),
      Example("Lily will have ⟦speech and language therapy twice a week⟧."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let anatomy = outcome.anatomy
    var reported: [TextSpan] = []
    for mention in anatomy.provision where mention.kind == .session {
      report(mention.hit.span, outcome, &findings)
      reported.append(mention.hit.span)
    }
    let services = anatomy.provision.filter { $0.kind == .service || $0.kind == .staffing }
    for criterion in anatomy.criteria where criterion.kind == .frequency {
      guard !reported.contains(where: { $0.overlaps(criterion.span) }),
        let service = services.first(where: { near($0.hit.tokens, criterion.tokens) })
      else { continue }
      let span = service.hit.span.union(criterion.span)
      guard !reported.contains(where: { $0.overlaps(span) }) else { continue }
      report(span, outcome, &findings)
      reported.append(span)
    }
  }

  private func near(_ service: Range<Int>, _ frequency: Range<Int>) -> Bool {
    let gap =
      service.upperBound <= frequency.lowerBound
      ? frequency.lowerBound - service.upperBound : service.lowerBound - frequency.upperBound
    return gap >= 0 && gap <= Self.reach
  }

  private func report(_ span: TextSpan, _ outcome: AnalyzedOutcome, _ findings: inout FindingCollector) {
    findings.report(
      "Counts a service's delivery: \(outcome.quoted(span)) measures provision, not what the person achieves",
      at: span,
      suggestion: "Move the sessions to Section F; count what the person will do instead")
  }
}
