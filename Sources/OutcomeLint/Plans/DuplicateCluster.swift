/// Outcomes worded the same or nearly the same in several plans: likely cut
/// and pasted rather than written for the child.
public struct DuplicateCluster: Sendable {
  /// One place the wording appears.
  public struct Occurrence: Sendable, Equatable {
    /// The plan's position in the input (0-based).
    public let plan: Int
    /// The outcome's index in that plan (0-based).
    public let outcome: Int
  }

  /// The wording of the cluster's first outcome (shortened when long).
  public let sample: String
  /// Every occurrence, in input order.
  public let occurrences: [Occurrence]
  /// The number of different wordings in the cluster (1 when all are exact copies).
  public let variants: Int

  /// The plans the wording appears in, in input order, each once.
  public var plans: [Int] {
    var seen: Set<Int> = []
    return occurrences.map(\.plan).filter { seen.insert($0).inserted }
  }
}
