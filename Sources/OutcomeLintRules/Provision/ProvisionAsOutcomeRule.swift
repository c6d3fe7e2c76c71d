import OutcomeLint

/// Flags provision (what services will deliver) written as if it were the outcome.
public struct ProvisionAsOutcomeRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "provision-as-outcome",
    name: "Provision described as the outcome",
    dimension: .provision,
    severity: .error,
    summary:
      "An outcome is the difference made to the person, not the service, support or resource that will help (that belongs in Section F).",
    guidance:
      "SecEd (seed 001): 'Typical mistakes … embedding the solution or provision into the outcome … \"to have three sessions of extra spelling tuition each week\"'; SENDIASS (seed 002): 'OUTCOMES are NOT PROVISION'; council guidance (seed 003): 'Outcomes are not a description of the service (or provision) being provided'.",
    good: [
      Example("By the end of Year 9, Oscar will attend rugby training once a week after school."),
      Example(
        "By the end of Key Stage 2, Ruby will use her visual timetable to move between lessons on her own."
      ),
      Example(
        "By the end of Year 1, Elsie will attend the gardening club once a week and stay for the whole session."
      ),
      Example(
        "By the end of Year 2, Mia will, with support from a familiar adult, write three sentences about her weekend."
      ),
      Example("School will ensure that Ruby reads 30 common words by the end of Year 1."),
      // The service is not what she attends: other actions are listed between.
      Example(
        "By the end of Key Stage 3, Patience will attend school every day, make friends in her form and talk to CAMHS about her feelings."
      ),
      Example(
        "By the end of Year 9, Mia will go to her safe space when she feels upset on 4 out of 5 occasions."
      ),
      Example(
        "By the end of Year 8, Jo will go to the quiet room and use her breathing card when she feels angry."
      ),
      Example(
        "By the end of Year 5, Sam will read 10 words aloud in 2 reading sessions each week."),
    ],
    poor: [
      Example("Oscar ⟦will receive⟧ speech and language therapy."),
      Example("To ⟦have three sessions of extra spelling tuition⟧ each week."),
      Example("Ruby ⟦will have access to⟧ a quiet room."),
      Example("Regular ⟦speech therapy sessions⟧."),
      Example("⟦Travel training⟧ on Tuesday mornings for a term."),
      Example("⟦Adult help⟧ to change for PE on Wednesdays."),
      Example("⟦Encourage⟧ Ruby to join in with group games."),
      Example("Staff ⟦will model⟧ short sentences for Ruby throughout the day."),
      Example("Sam will ⟦go to 2 swimming sessions a week⟧."),
      Example("To ⟦have 4 sessions⟧ of a memory skills group."),
      Example("Chloe will ⟦go to her weekly mentoring sessions⟧."),
      Example("By the end of Year 9, Roksana will ⟦see the physiotherapist⟧ four times a term."),
      Example("By the end of Year 6, Dylan will ⟦attend a weekly anger management group⟧."),
      Example("Idris ⟦will benefit from⟧ regular small-group work to boost his reading."),
      Example("Jude ⟦will be allocated⟧ a key adult who checks in with him each day."),
      // What a service hands on is provision when it is done to the person's things.
      Example("The SENCO ⟦will ensure⟧ Dionne's work is differentiated in all subjects."),
      Example("⟦Pre-teaching of topic vocabulary and a visual word bank⟧ in every science lesson."),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    let anatomy = outcome.anatomy
    for instruction in anatomy.serviceActions {
      findings.report(
        "Provision, not an outcome: ", .quoted(instruction.span),
        " instructs a service what to do", about: outcome, at: instruction.span,
        suggestion: "Write what the person will be able to do ('",
        .string(outcome.document.value(instruction)), " …'); move this to Section F")
    }
    guard anatomy.serviceActions.isEmpty else { return }
    if anatomy.subject.kind == .service, let modal = anatomy.modal, let action = anatomy.action,
      action.delegatedBy == nil, !delegates(outcome, action.token)
    {
      let span = modal.span.union(action.verb)
      findings.report(
        "Provision, not an outcome: ", .quoted(span), " says what a service will do",
        about: outcome, at: span,
        suggestion: "Write what the person will be able to do; move the service's work to Section F"
      )
      return
    }
    var delivers = false
    for mention in anatomy.provision where mention.kind == .delivery {
      delivers = true
      findings.report(
        "Provision described as the outcome: ", .quoted(mention.hit.span),
        " makes the person a recipient of a service", about: outcome, at: mention.hit.span,
        suggestion: "Say what the person will be able to do; move the service to Section F")
    }
    // With no delivery wording, every mention names a service, staffing or sessions.
    // Sessions alone are provision only when the person's verb takes them up.
    guard !delivers, let first = anatomy.provision.first, let last = anatomy.provision.last
    else { return }
    let takenUp = outcome.takenUpSessions
    guard takenUp != nil || anatomy.provision.contains(where: { $0.kind != .session }) else {
      return
    }
    let mentions = first.hit.span.union(last.hit.span)
    if let verb = uptakeVerb(outcome), verb.tokens.upperBound <= first.hit.tokens.lowerBound,
      !onlyPlaces(outcome), !anotherActionBetween(verb, first.hit, outcome)
    {
      let span = verb.span.union(mentions)
      findings.report(
        "Provision described as the outcome: ", .quoted(span),
        " is a service, not what the person will achieve", about: outcome, at: span,
        suggestion: .string(outcome.document.value(verb)))
    } else if takenUp != nil, let action = anatomy.action {
      let span = action.verb.union(mentions)
      findings.report(
        "Provision described as the outcome: ", .quoted(span),
        " is a service, not what the person will achieve", about: outcome, at: span,
        suggestion:
          "Say what the person will be able to do as a result; move the sessions to Section F")
    } else if anatomy.action == nil && anatomy.subject.kind != .service {
      findings.report(
        "Provision, not an outcome: ", .quoted(mentions), " with nothing the person will do",
        about: outcome, at: mentions,
        suggestion: "Write what the person will be able to do; move the service to Section F")
    }
  }

  /// Whether a service's verb hands the outcome to the person ("School will
  /// ensure that Connor reads…", "will make sure Louie catches the bus"): the
  /// outcome is still the person's achievement, only voiced by a service.
  /// What it hands on must be the person's: "will ensure Dionne's work is
  /// differentiated" hands on what staff do to her work.
  private func delegates(_ outcome: AnalyzedOutcome, _ token: Int) -> Bool {
    let document = outcome.document
    var next = token + 1
    if document.isWord(token, "make") || document.isWord(token, "makes") {
      guard next < document.tokens.count, document.isWord(next, "sure") else { return false }
      next += 1
    } else if !(document.isWord(token, "ensure") || document.isWord(token, "ensures")) {
      return false
    }
    if next < document.tokens.count, document.isWord(next, "that") { next += 1 }
    return next >= document.tokens.count || !document.isPossessive(next)
  }

  /// Whether every provision mention lies in a context phrase ("go to the
  /// quiet room"): a room or space the person takes themselves to is where
  /// they act, not a service they receive.
  private func onlyPlaces(_ outcome: AnalyzedOutcome) -> Bool {
    outcome.anatomy.provision.allSatisfy { mention in
      outcome.anatomy.context.contains { $0.span.contains(mention.hit.span) }
    }
  }

  /// Whether another listed action stands between the uptake verb and the
  /// service: in "attend school every day, stop self-harming … and talk to
  /// CAMHS" the service is not what she attends. A verb inside the service's
  /// own description ("a group run by his teaching assistant") lists nothing.
  private func anotherActionBetween(
    _ verb: LexiconHit, _ service: LexiconHit, _ outcome: AnalyzedOutcome
  ) -> Bool {
    guard verb.tokens.upperBound + 1 < service.tokens.lowerBound else { return false }
    let between = (verb.tokens.upperBound + 1)..<service.tokens.lowerBound
    let anatomy = outcome.anatomy
    let document = outcome.document
    let listed = { (hit: LexiconHit) in
      let start = hit.tokens.lowerBound
      return between.contains(start)
        && (document.isPunctuation(start - 1, UInt8(ascii: ","))
          || document.isWord(start - 1, "and") || document.isWord(start - 1, "or"))
    }
    return anatomy.observableVerbs.contains(where: listed)
      || anatomy.vagueVerbs.contains(where: listed)
  }

  /// "have", "attend", "participate in" as the main verb.
  private func uptakeVerb(_ outcome: AnalyzedOutcome) -> LexiconHit? {
    guard let action = outcome.anatomy.action else { return nil }
    return outcome.document.hit(.provisionVerbs, startingAt: action.token)
  }
}
