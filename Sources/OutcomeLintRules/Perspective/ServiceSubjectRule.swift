import OutcomeLint

/// Flags an outcome whose subject is a service, professional or parent.
public struct ServiceSubjectRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "service-subject",
    name: "Service as subject",
    dimension: .perspective,
    severity: .error,
    summary:
      "Outcomes are written about the person ('I will…' or their name), not about what staff, school or parents will do.",
    guidance:
      "SENDIASS (seed 002): outcomes 'should be specific to the child or young person and expressed from a personal perspective, not a service one'; council guidance (seed 003): 'It should be personal and not expressed from a service perspective'.",
    good: [
      Example(
        "By the end of Year 8, Grace will tell her tutor when she feels anxious, on 4 out of 5 occasions."
      ),
      Example("By the end of Key Stage 2, I will write my name on my work without help."),
    ],
    poor: [
      Example("⟦Staff⟧ will make sure Grace tells her tutor when she feels anxious."),
      Example("⟦The school⟧ will ensure I write my name on my work."),
      Example("⟦Provide⟧ Grace with a laptop for written work."),
      Example("⟦The teaching assistant⟧ to read with Grace each morning."),
      Example("To ⟦provide⟧ Grace with a laptop for written work."),
      Example("⟦The literacy lead⟧ will run a phonics group for Bartosz every morning."),
      Example("⟦Her 1:1⟧ will stay beside Mirela at lunchtime."),
      Example("⟦Grandma⟧ will walk Xiao to school each day."),
      Example("⟦The pre-school⟧ will use Zain's support plan across the day."),
      Example(
        "By the end of Year 7, ⟦the learning support team⟧ will make sure Dionne copies her homework into her planner."
      ),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let subject = outcome.anatomy.subject
    guard subject.kind == .service else { return }
    let span = subject.span ?? outcome.wholeStatement
    findings.report(
      "Written from a service's perspective: ", .quoted(span), " is the subject, not the person",
      about: outcome, at: span,
      suggestion: "Make the person the subject: '[Name] will…' or 'I will…'")
  }
}
