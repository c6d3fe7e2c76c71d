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
      // "across all settings" says how widely, not how often a service comes.
      Example(
        "By the end of Year 4, Kobi will use his sensory diet cards across all settings when he feels cross."
      ),
      Example(
        "By the end of Year 9, Amir will attend his youth club once a week and chat with two members."
      ),
      Example("By the end of Year 1, Lily will say hello to a friend each morning in class."),
      Example(
        "By the end of Year 9, Amir will tell his teaching assistant at the start of each lesson which tasks he can do alone."
      ),
      Example("By the end of Year 8, Chloe will be in school for 90% of sessions each term."),
      Example(
        "By the end of Year 5, Sam will read 10 words aloud in 2 reading sessions each week."),
      Example(
        "By the end of Year 6, Holly will tell the time in at least 4 out of 5 observed sessions."),
      Example("By the end of Year 11, Amir will work at his placement for 3 hours each morning."),
      Example(
        "By July 2027, Aisha will swim at the leisure centre for 2 sessions a week so that she can join a club."
      ),
      // The agent of the support is not counted: "each day" is Tomasz naming shapes.
      Example(
        "By the end of Year 3, Tomasz will be supported by his teaching assistant to name 5 shapes each day at home."
      ),
      // "within 5 minutes of arriving" times the person, not a service.
      Example(
        "By the end of Year 2, Theo will settle at his table within 5 minutes of arriving on 4 mornings out of 5."
      ),
    ],
    poor: [
      Example("Amir will attend ⟦2 sessions of physiotherapy⟧."),
      Example("Lily will have ⟦speech and language therapy twice a week⟧."),
      Example("Sam will go to ⟦2 swimming sessions a week⟧."),
      Example("Jo will attend ⟦3 weekly drama sessions⟧."),
      Example("Ruby will take part in ⟦two 30-minute sessions each week⟧."),
      Example("Nadia will be seen by a ⟦specialist teacher every 8 weeks⟧."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let anatomy = outcome.anatomy
    let provision = anatomy.provision
    // An absolute ("across all settings", "always") says how widely, not how
    // often a service is delivered.
    let criteria =
      anatomy.absolutes.isEmpty
      ? anatomy.criteria
      : anatomy.criteria.filter { criterion in
        !anatomy.absolutes.contains { $0.tokens == criterion.tokens }
      }
    // A count needs a session, or a frequency near a service: most outcomes have neither.
    guard
      provision.contains(where: { $0.kind == .session })
        || (provision.contains(where: Self.isService)
          && criteria.contains(where: { $0.kind == .frequency })),
      !outcome.isOwnActivity
    else { return }
    // A session is counted unless a proportion ("4 out of 5 sessions") ends at it.
    let isCounted = { (session: Range<Int>) in
      !criteria.contains {
        $0.kind == .proportion && $0.tokens.upperBound + 1 >= session.lowerBound
          && $0.tokens.lowerBound <= session.lowerBound
      }
    }
    let ownAction = anatomy.action?.observability == .observable
    let takenUp = outcome.takenUpSessions?.hit.tokens
    let isSeed = { (part: Range<Int>) in
      provision.contains { Self.isService($0) && self.near($0.hit.tokens, part) }
        || (!ownAction
          && provision.contains {
            $0.kind == .session && $0.hit.tokens == part && isCounted(part)
          })
        || part == takenUp
    }
    // The seeds, counted sessions then frequencies, gathered without an
    // array apiece: most outcomes that get this far have none.
    var seeds: [Range<Int>] = []
    for mention in provision where mention.kind == .session {
      let session = mention.hit.tokens
      if isCounted(session), isSeed(session) { seeds.append(session) }
    }
    for criterion in criteria where criterion.kind == .frequency && isSeed(criterion.tokens) {
      seeds.append(criterion.tokens)
    }
    guard !seeds.isEmpty else { return }
    let parts =
      provision.filter(Self.isService).map(\.hit.tokens)
      + provision.filter { $0.kind == .session }.map(\.hit.tokens)
      + criteria.filter { $0.kind == .frequency }.map(\.tokens)
    var clusters: [Range<Int>] = []
    for seed in seeds.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      var range = seed
      var grew = true
      while grew {
        grew = false
        for part in parts where near(part, range) {
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
        "Counts a service's delivery: ", .quoted(span),
        " measures provision, not what the person achieves", about: outcome, at: span,
        suggestion: "Move the sessions to Section F; count what the person will do instead")
    }
  }

  /// Whether a provision mention names a service or its staff.
  private static func isService(_ mention: ProvisionMention) -> Bool {
    mention.kind == .service || mention.kind == .staffing
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
