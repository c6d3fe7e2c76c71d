import OutcomeLint

/// Flags an outcome whose main verb cannot be observed ("improve", "understand").
public struct NoObservableActionRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "no-observable-action",
    name: "No observable action",
    dimension: .measurable,
    severity: .error,
    summary:
      "An outcome needs an action someone could see or hear (read, dress, travel, ask), not 'improve', 'understand' or 'develop'.",
    guidance:
      "SENDIASS (seed 002): 'Measurable – It is clear how you will know when the outcome has been achieved'; SecEd (seed 001): 'to improve my independence … there is no way of measuring if it has been achieved'. How often a vague aim is met ('in 4 out of 5 lessons') does not say what achieving it looks like; a level to reach ('to above 90%') or the actions it stands for ('manage his asthma by using his inhaler') does.",
    good: [
      Example("By the end of Year 2, Leo will read 50 common words aloud without help."),
      Example("By the end of Key Stage 4, I will travel to my work placement by train on my own."),
      Example(
        "By the age of 18, Ben will manage his asthma by using his inhaler before each PE lesson."),
    ],
    poor: [
      Example("By the end of Year 2, Leo will ⟦improve⟧ his reading."),
      Example("By the end of Key Stage 4, I will ⟦understand⟧ how to keep safe online."),
      Example("By the end of Year 4, Tom will ⟦improve⟧ his spelling in 4 out of 5 lessons."),
      Example("By the end of Year 12, Maja will ⟦access⟧ the community safely."),
      Example("By the end of Year 11, Wilf will ⟦sleep⟧ better at home."),
      Example("By the end of Year 4, Kobi will ⟦self-regulate⟧ in class."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let anatomy = outcome.anatomy
    guard outcome.lacksObservableAction, !outcome.isEmpty else { return }
    if let marker = anatomy.aspirationOrNeed {
      findings.report(
        "No observable action: ", .quoted(marker.span),
        " states a wish or a difficulty, not what the person will do", about: outcome,
        at: marker.span,
        suggestion: "Say what they will be able to do, e.g. 'will be able to read…', 'will travel…'"
      )
      return
    }
    guard let action = anatomy.action else {
      findings.report(
        "No observable action: nothing says what the person will do",
        at: outcome.wholeStatement,
        suggestion: "Say what they will be able to do, e.g. 'will be able to read…', 'will travel…'"
      )
      return
    }
    let vague = anatomy.vagueVerbs.first { $0.tokens.contains(action.token) }
    if let vague {
      findings.report(
        "No observable action: ", .quoted(action.verb), " cannot be seen or counted",
        about: outcome, at: action.verb,
        suggestion: "Name what you would see, e.g. ", .alternatives(outcome.document.entry(vague)))
    } else {
      findings.report(
        "No observable action: ", .quoted(action.verb), " cannot be seen or counted",
        about: outcome, at: action.verb, suggestion: "Name what you would see them do")
    }
  }
}
