/// A quality the guidance asks of an outcome; each gets a score and a pass.
public enum Dimension: String, Sendable, CaseIterable, Codable {
  /// Says by when (SMART "time-bound").
  case timeframe
  /// Clear how you would know it was achieved.
  case measurable
  /// Exactly what, for this person, in what context.
  case specific
  /// Free of provision wording (100 = no provision described as the outcome).
  case provision
  /// Person-centred, not a service's (100 = written from the person's perspective).
  case perspective
  /// Names the difference it makes ("so that...").
  case purpose
  /// Realistic and ambitious (no absolutes, no low expectations).
  case realistic
  /// Plain language, one outcome per statement.
  case clarity

  /// The dimension's position in ``allCases``.
  public var ordinal: Int {
    switch self {
    case .timeframe: 0
    case .measurable: 1
    case .specific: 2
    case .provision: 3
    case .perspective: 4
    case .purpose: 5
    case .realistic: 6
    case .clarity: 7
    }
  }

  /// The dimension's weight in the overall score (see the README's formula).
  public var weight: Int {
    switch self {
    case .timeframe, .measurable, .specific: 20
    case .provision, .perspective: 15
    case .purpose: 10
    case .realistic, .clarity: 5
    }
  }

  /// The five dimensions the guidance scores every outcome on (timeframe,
  /// measurable, specific, provision, perspective); the grade counts how many
  /// of these fail. Purpose, realism and clarity are further checks that
  /// lower the score but do not alone decide the grade.
  public var isCore: Bool {
    switch self {
    case .timeframe, .measurable, .specific, .provision, .perspective: true
    case .purpose, .realistic, .clarity: false
    }
  }

  /// Whether a `good` grade needs this dimension to pass: every dimension but
  /// purpose. An outcome no peer could meet (realistic) or several outcomes in
  /// one statement (clarity) is not a good outcome, even when the five core
  /// dimensions pass; a missing "so that" only keeps it from `outstanding`.
  public var isRequiredForGood: Bool { self != .purpose }
}
