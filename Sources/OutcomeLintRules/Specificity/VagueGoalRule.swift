import OutcomeLint

/// Flags a bare abstract goal ("independence", "confidence", "social skills")
/// standing in for something the person will actually do.
public struct VagueGoalRule: Rule {
  /// Creates the rule.
  public init() {}

  /// How many words before the goal a vague verb may stand to be highlighted with it.
  static let verbReach = 3

  public static let description = RuleDescription(
    id: "vague-goal",
    name: "Vague goal",
    dimension: .specific,
    severity: .error,
    summary:
      "State exactly what is to be achieved: a bare abstract goal such as 'independence' or 'social skills', or a vague aim such as 'improve his reading', is not specific.",
    guidance:
      "SecEd (seed 001): '\"to improve my independence\" … is not specific to the individual … We don’t know what being independent looks or feels like to this person'; SENDIASS (seed 002): 'Specific – The outcome should state exactly what is to be achieved'. A goal followed by the actions it stands for ('e.g. reading signs', 'such as dressing himself') says what it looks like, as the council's 'go to the toilet independently including cleaning and dressing himself' does (seed 003).",
    good: [
      Example(
        "By the end of Year 5, Isla will walk to the school office on her own to deliver the register each morning."
      ),
      Example(
        "By the end of Key Stage 3, I will start a conversation with a classmate at lunchtime twice a week."
      ),
      Example("By the end of Reception, Zuri will know the names of the children in her class."),
      Example(
        "By the end of Year 3, Ali will develop his spoken language to ask for help and answer questions."
      ),
      Example(
        "By the end of Year 10, Cara will develop her independence skills, such as making a hot drink and ironing her uniform."
      ),
      Example(
        "By the end of Year 4, Maya will tell her key worker what she needs using her communication book."
      ),
    ],
    poor: [
      Example("Isla will ⟦improve her independence⟧."),
      Example("By the end of Key Stage 3, I will ⟦develop my social skills⟧."),
      Example("Noah will have more ⟦confidence⟧."),
      Example("By the end of Year 6, Noah will ⟦improve his reading⟧."),
      Example("By the end of Year 10, Cara will ⟦develop her independence skills⟧."),
      Example(
        "By the end of Year 5, Mia will ⟦develop her social skills⟧ on 4 out of 5 occasions."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let anatomy = outcome.anatomy
    guard !anatomy.mainVerbIsObservable, !anatomy.hasMainLevel else { return }
    for goal in anatomy.abstractGoals where !exemplified(after: goal, outcome) {
      let verb = anatomy.vagueVerbs.last {
        $0.tokens.upperBound <= goal.tokens.lowerBound
          && goal.tokens.lowerBound - $0.tokens.upperBound <= Self.verbReach
      }
      let span = verb.map { $0.span.union(goal.span) } ?? goal.span
      findings.report(
        "Vague goal ", .quoted(goal.span), ": it does not say what the person will do",
        about: outcome, at: span, suggestion: "Make it concrete: ",
        .string(outcome.document.value(goal)))
    }
    guard anatomy.abstractGoals.isEmpty, anatomy.context.isEmpty, anatomy.criteria.isEmpty,
      let action = anatomy.action, action.observability == .vague,
      !outcome.isSpelledOut(after: action.token, by: ["to", "by"])
    else { return }
    let span = outcome.document.span(
      ofTokens: action.token..<clauseEnd(after: action.token, outcome))
    findings.report(
      "Vague goal ", .quoted(span), ": it does not say exactly what the person will do",
      about: outcome, at: span, suggestion: "Name the behaviour you would see, where and with whom")
  }

  /// Words that introduce examples of what a goal stands for.
  static let exampleMarkers: [[StaticString]] = [
    ["e.g"], ["eg"], ["e", ".", "g"], ["such", "as"], ["for", "example"], ["for", "instance"],
    ["including"],
  ]

  /// The first byte of each example marker, in ``exampleMarkers`` order.
  static let exampleMarkerInitials: [UInt8] = exampleMarkers.map { $0[0].utf8Start[0] }

  /// For each ASCII byte, whether an example marker starts with it.
  static let startsExampleMarker: [Bool] = (0..<128).map {
    exampleMarkerInitials.contains(UInt8($0))
  }

  /// Whether the goal is followed, in its sentence, by examples that are
  /// actions: a marker ("e.g.", "such as", "for example", "including") and an
  /// observable verb after it ("independence (e.g. reading signs)").
  private func exemplified(after goal: LexiconHit, _ outcome: AnalyzedOutcome) -> Bool {
    let document = outcome.document
    let markers = Self.exampleMarkers
    let initials = Self.exampleMarkerInitials
    let startsMarker = Self.startsExampleMarker
    let sentence = document.sentence(ofToken: goal.tokens.lowerBound)
    var index = goal.tokens.upperBound
    while index < document.tokens.count, document.sentence(ofToken: index) == sentence {
      // Only a marker whose first byte the token's allows is compared word by word.
      let initial = document.loweredFirstByte(index)
      if let initial, !startsMarker[Int(initial)] {
        index += 1
        continue
      }
      for position in initials.indices
      where (initial == nil || initial == initials[position])
        && document.isWords(markers[position], at: index)
      {
        let examples = index + markers[position].count
        return document.hits(.observableVerbs).contains { verb in
          verb.tokens.lowerBound >= examples
            && document.sentence(ofToken: verb.tokens.lowerBound) == sentence
        }
      }
      index += 1
    }
    return false
  }

  /// The end of the run of main-clause tokens starting at `start`, stopping at punctuation.
  private func clauseEnd(after start: Int, _ outcome: AnalyzedOutcome) -> Int {
    let tokens = outcome.document.tokens
    var end = start + 1
    while end < tokens.count, outcome.anatomy.isMainToken[end], tokens[end].kind != .punctuation {
      end += 1
    }
    return end
  }
}
