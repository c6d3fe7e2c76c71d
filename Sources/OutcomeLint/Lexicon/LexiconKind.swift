/// The vocabularies the engine knows, one bundled file each in `lexicons/en-GB/`.
///
/// The set is closed: rules and the anatomy read each by its kind. A user's
/// `--lexicons DIR` may extend or trim any of them by using the same file name.
public enum LexiconKind: Int, CaseIterable, Sendable {
  case provision
  case serviceSubjects
  case passiveSupport
  case vagueVerbs
  case abstractGoals
  case observableVerbs
  case criteria
  case timeframes
  case timeframeLeads
  case purposeConnectives
  case jargon
  case absolutes
  case lowExpectations
  case contextPhrases
  case numberWords
  case personReferences
  case modals
  case functionWords
  case serviceActions
  case provisionVerbs
  case stopWords
  case stems
  case needAreas
  case careDomains
  case adulthoodThemes
  case threadThemes

  /// The lexicon's name: its file name without `.tsv`.
  public var name: String {
    switch self {
    case .provision: "provision"
    case .serviceSubjects: "service-subjects"
    case .passiveSupport: "passive-support"
    case .vagueVerbs: "vague-verbs"
    case .abstractGoals: "abstract-goals"
    case .observableVerbs: "observable-verbs"
    case .criteria: "criteria"
    case .timeframes: "timeframes"
    case .timeframeLeads: "timeframe-leads"
    case .purposeConnectives: "purpose-connectives"
    case .jargon: "jargon"
    case .absolutes: "absolutes"
    case .lowExpectations: "low-expectations"
    case .contextPhrases: "context-phrases"
    case .numberWords: "number-words"
    case .personReferences: "person-references"
    case .modals: "modals"
    case .functionWords: "function-words"
    case .serviceActions: "service-actions"
    case .provisionVerbs: "provision-verbs"
    case .stopWords: "stop-words"
    case .stems: "stems"
    case .needAreas: "need-areas"
    case .careDomains: "care-domains"
    case .adulthoodThemes: "adulthood-themes"
    case .threadThemes: "thread-themes"
    }
  }

  /// Whether outcome text is matched against the lexicon's phrases. Stop words,
  /// stems, need areas and thread themes are vocabularies the plan checks read
  /// as lists, and number words give their value to a token's term; no rule
  /// reads them as matches, so the phrase trie leaves them out.
  var isMatchedInText: Bool {
    switch self {
    case .stopWords, .stems, .needAreas, .threadThemes, .numberWords: false
    default: true
    }
  }

  /// The kind whose file is named `name` (without `.tsv`).
  public init?(name: String) {
    guard let kind = Self.allCases.first(where: { $0.name == name }) else { return nil }
    self = kind
  }

  /// What the value column must hold.
  var valueFormat: LexiconValueFormat {
    switch self {
    case .provision: .oneOf(["delivery", "service", "staffing", "session"])
    case .serviceSubjects: .oneOf(["professional", "institution", "family"])
    case .criteria:
      .oneOf([
        "frequency", "proportion", "occasions", "quantity", "duration", "independence", "accuracy",
        "manner", "qualifier",
      ])
    case .timeframes: .timeframe
    case .timeframeLeads: .oneOf(["deadline", "period"])
    case .purposeConnectives: .oneOf(["purpose"])
    case .contextPhrases: .oneOf(["place", "time", "people"])
    case .numberWords: .number
    case .personReferences: .oneOf(["first", "third", "generic"])
    case .modals: .oneOf(["modal", "ability", "aspiration", "need"])
    case .functionWords:
      .oneOf(["relative", "coordinator", "determiner", "distributive", "preposition"])
    case .passiveSupport, .vagueVerbs, .abstractGoals, .jargon, .absolutes, .lowExpectations:
      .alternatives(required: true)
    case .observableVerbs: .alternatives(required: false)
    case .serviceActions, .provisionVerbs: .alternatives(required: true)
    case .stopWords: .oneOf(["function", "person", "generic"])
    case .stems: .alternatives(required: true)
    case .needAreas:
      .oneOf([
        "communication-interaction", "cognition-learning", "semh", "sensory-physical",
        "education", "health", "care", "adulthood",
      ])
    case .careDomains: .oneOf(["education", "health", "care"])
    case .adulthoodThemes:
      .oneOf(["employment", "independent-living", "community", "good-health"])
    case .threadThemes:
      .oneOf([
        "employment", "independent-living", "community", "good-health",
        "communication-interaction", "cognition-learning", "semh", "sensory-physical",
      ])
    }
  }
}

/// The shape a lexicon's value column must have; checked when loading.
enum LexiconValueFormat: Sendable {
  /// Free-text alternatives separated by `|`.
  case alternatives(required: Bool)
  /// Exactly one of these words.
  case oneOf([String])
  /// A number.
  case number
  /// A timeframe class, optionally followed by a horizon (see ``TimeframeAnchorValue``).
  case timeframe
}
