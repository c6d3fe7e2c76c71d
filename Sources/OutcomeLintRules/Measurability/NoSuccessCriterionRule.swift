import OutcomeLint

/// Flags an observable outcome with no criterion saying how well or how often.
/// A named object ("read Harry Potter books", "pass my Healthy Eating module")
/// is the standard itself: you know it is achieved when that is done, and a
/// count of the person's own sessions ("swim for 3 sessions a week") says how
/// often.
public struct NoSuccessCriterionRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "no-success-criterion",
    name: "No success criterion",
    dimension: .measurable,
    severity: .error,
    summary:
      "Say how you will know it is achieved: how often, how many, how long, in what share of occasions, or how independently.",
    guidance:
      "SENDIASS (seed 002): 'It is clear how you will know when the outcome has been achieved'; council guidance (seed 003) examples: 'access 80% of lessons', 'at break times each day', 'independently'; a named course or title is its own standard, as in Nottingham's 'I will pass my Healthy Eating module' (seed 004).",
    good: [
      Example("By the end of Year 6, Mia will ask an adult for help in 4 out of 5 lessons."),
      Example("By the end of Key Stage 1, Sam will put on his coat independently."),
      Example("By the end of Year 5, Priyanka will tell the time to the nearest quarter hour."),
      Example("By the end of Year 12, Amara will check her blood glucose each college day."),
      Example("By the end of Year 5, Kenzo will walk the length of the corridor with his sticks."),
      Example(
        "By the time he leaves college, Idris will get to his dental check-ups by bus without a family member."
      ),
      Example("By the end of Year 9, I will read for 20 minutes each evening."),
      Example("By the end of Year 4, Jamal will read a Horrid Henry book to his grandad."),
      Example(
        "By the end of Year 6, Otto will give a two-minute talk to his class about dinosaurs."),
      Example(
        "By July 2027, Aisha will swim at the leisure centre for 2 sessions a week so that she can join a club."
      ),
    ],
    poor: [
      Example("By the end of Year 6, Mia will ⟦ask⟧ an adult for help."),
      Example("By the end of Key Stage 1, Sam will ⟦put⟧ on his coat."),
      Example(
        "By the end of Year 8, teachers will ensure that Hiroshi ⟦takes⟧ part in discussions."),
      Example("By the end of Year 4, Jamal will ⟦read⟧ a book to his grandad."),
      Example(
        "By July 2027, Aisha will ⟦swim⟧ at the leisure centre in her sessions so that she can join a club."
      ),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let anatomy = outcome.anatomy
    guard !outcome.lacksObservableAction, anatomy.criteria.isEmpty,
      !outcome.hasNamedObject, outcome.ownSessionCount == nil
    else { return }
    let span = anatomy.action?.verb ?? outcome.wholeStatement
    findings.report(
      "No success criterion: nothing says how often, how many, how long or how independently",
      at: span,
      suggestion:
        "Add a criterion, e.g. 'in 4 out of 5 lessons', 'each day', 'for 10 minutes', 'without adult prompting'"
    )
  }
}
