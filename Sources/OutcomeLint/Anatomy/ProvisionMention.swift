/// Wording that describes provision (Section F) rather than an outcome.
public struct ProvisionMention: Sendable, Equatable {
  /// What kind of provision wording.
  public enum Kind: String, Sendable {
    /// Makes the child a recipient ("will receive", "access to").
    case delivery
    /// A therapy or intervention ("speech and language therapy").
    case service
    /// Staffing ("1:1", "a teaching assistant").
    case staffing
    /// Counts a service's delivery ("3 sessions", "2 hours a week").
    case session

    /// The kind a provision-lexicon value names, if it names one.
    init?(_ value: ValueClass) {
      switch value {
      case .service: self = .service
      case .delivery: self = .delivery
      case .staffing: self = .staffing
      case .session: self = .session
      default: return nil
      }
    }
  }

  /// Which kind.
  public let kind: Kind
  /// The lexicon match.
  public let hit: LexiconHit
}
