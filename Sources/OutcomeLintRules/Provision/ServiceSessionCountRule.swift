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
      Example(
        "By the end of Year 9, Amir will attend his youth club once a week and chat with two members."
      ),
      Example("By the end of Year 1, Lily will say hello to a friend each morning in class."),
    ],
    poor: [
      Example("Amir will attend ⟦2 sessions of physiotherapy⟧."),
      Example("Lily will have ⟦speech and language therapy twice a week⟧."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let anatomy = outcome.anatomy
    let services = anatomy.provision.filter { $0.kind == .service || $0.kind == .staffing }
      .map(\.hit.tokens)
    let sessions = anatomy.provision.filter { $0.kind == .session }.map(\.hit.tokens)
    let frequencies = anatomy.criteria.filter { $0.kind == .frequency }.map(\.tokens)
    let seeds =
      sessions + frequencies.filter { frequency in services.contains { near($0, frequency) } }
    var clusters: [Range<Int>] = []
    for seed in seeds.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      var range = seed
      var grew = true
      while grew {
        grew = false
        for part in services + sessions + frequencies where near(part, range) {
          let merged =
            min(range.lowerBound, part.lowerBound)..<max(range.upperBound, part.upperBound)
          if merged != range {
            range = merged
            grew = true
          }
        }
      }
      if let last = clusters.last, last.overlaps(range) {
        clusters[clusters.count - 1] =
          min(last.lowerBound, range.lowerBound)..<max(last.upperBound, range.upperBound)
      } else {
        clusters.append(range)
      }
    }
    for cluster in clusters {
      let span = outcome.document.span(ofTokens: cluster)
      findings.report(
        "Counts a service's delivery: \(outcome.quoted(span)) measures provision, not what the person achieves",
        at: span,
        suggestion: "Move the sessions to Section F; count what the person will do instead")
    }
  }

  /// Whether two token ranges overlap or lie within ``reach`` words of each other.
  private func near(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
    if first.overlaps(second) { return true }
    let gap =
      first.upperBound <= second.lowerBound
      ? second.lowerBound - first.upperBound : first.lowerBound - second.upperBound
    return gap <= Self.reach
  }
}
