import OutcomeLint

/// Flags the person as the passive object of support ("will be supported to").
public struct PassiveSupportRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "passive-support",
    name: "Child as passive object of support",
    dimension: .perspective,
    severity: .error,
    summary:
      "Say what the person will do, not that they will be supported, helped, encouraged or taught to do it.",
    guidance:
      "SENDIASS (seed 002): outcomes 'expressed from a personal perspective, not a service one'; council guidance (seed 003): 'detail what the C/YP will be able to do' in the form 'the learner will be able to (do what)'.",
    good: [
      // A condition ("when she is asked to"), not support.
      Example(
        "By the end of Year 2, Wren will stop playing and come to the carpet when she is asked to, on 4 out of 5 occasions."
      ),
      // Support given to someone else ("a nurse who is trained to…").
      Example(
        "By the end of Year 12, Asha will tell a nurse who is trained to give her medication when she feels a seizure coming."
      ),
      Example("By the end of Year 1, Jack will be able to dress himself after PE without help."),
      Example(
        "By the end of Reception, Amelie will use 10 Makaton signs without being shown first."),
      Example(
        "By the end of Key Stage 3, I will choose my lunch and pay for it in the canteen each day."),
      Example(
        "By the end of Year 3, Kofi will put his reading book in his bag without being reminded."),
    ],
    poor: [
      Example("By the end of Year 1, Jack ⟦will be supported to⟧ dress himself after PE."),
      Example(
        "By the end of Key Stage 3, I ⟦will be encouraged to⟧ choose my lunch in the canteen."),
      Example("By the end of Reception, Kai ⟦will be introduced to⟧ signing."),
      Example("By the end of Year 9, Aryan ⟦will be travel trained⟧."),
      Example(
        "By the end of Year 12, Bodhi ⟦will be mentored to⟧ arrive at his lectures on time every day."
      ),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    guard outcome.anatomy.subject.kind != .service else { return }
    for hit in outcome.anatomy.passiveSupport {
      var span = hit.span
      if let modal = outcome.anatomy.modal, modal.tokens.upperBound == hit.tokens.lowerBound {
        span = modal.span.union(hit.span)
      }
      findings.report(
        "The person is the passive object of support: ", .quoted(span), about: outcome, at: span,
        suggestion: "Write what they will do: 'will ", .string(outcome.document.value(hit)), " …'")
    }
  }
}
