import OutcomeLint

/// Flags an outcome whose subject is not in the voice the configuration asks
/// for (`person: first` or `third`). Opt-in: it runs only when configured; its
/// examples assume the first person, as Nottingham City asks.
public struct SubjectPersonRule: Rule {
  /// The voice outcomes must be written in.
  public let person: PersonRequirement

  /// Creates the rule for `person` (`.either` checks nothing).
  public init(person: PersonRequirement) {
    self.person = person
  }

  public static let description = RuleDescription(
    id: "subject-person",
    name: "Subject in the wrong person",
    dimension: .perspective,
    severity: .warning,
    summary:
      "Where a local authority asks for one voice, every outcome uses it: 'I will…' (person: first) or the person's name (person: third). Runs only when the configuration sets person; the examples assume first.",
    guidance:
      "Nottingham City, My SEND Outcomes Framework (seed 004), key features for writing outcomes in plans: 'Written in the first person'; SENDIASS (seed 002): outcomes 'expressed from a personal perspective, not a service one'.",
    good: [
      Example(
        "By the end of Year 9, I will travel to school on the bus by myself on 4 days out of 5 so that I can get there on time."
      ),
      Example(
        "By the end of Key Stage 3, I will ask an adult for help when I am stuck in 4 out of 5 lessons."
      ),
    ],
    poor: [
      Example(
        "By the end of Year 9, ⟦Amir⟧ will travel to school on the bus by himself on 4 days out of 5 so that he can get there on time."
      ),
      Example(
        "By the end of Key Stage 2, ⟦she⟧ will write three sentences about her weekend without help."
      ),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let subject = outcome.anatomy.subject
    let span = subject.span ?? outcome.wholeStatement
    switch person {
    case .either:
      return
    case .first:
      guard [.namedChild, .pronoun, .genericChild].contains(subject.kind) else { return }
      findings.report(
        "Written in the third person: ", .quoted(span),
        " is the subject, but this plan's outcomes are written in the first person", about: outcome,
        at: span, suggestion: "Write it as the person would say it: 'I will…'")
    case .third:
      guard subject.kind == .firstPerson else { return }
      findings.report(
        "Written in the first person: ", .quoted(span),
        " is the subject, but this plan's outcomes use the person's name", about: outcome, at: span,
        suggestion: "Use their name: '[Name] will…'")
    }
  }
}
