import Foundation

/// A good outcome and a poor one written for the same need, for trainers:
/// stored one per line in `corpus/examples/pairs.jsonl` and run as tests
/// (the poor one must score below its good partner).
public struct ExamplePair: Sendable, Decodable, Equatable {
  /// The four broad areas of need (SEND Code of Practice 6.28-6.35).
  public enum Area: String, Sendable, CaseIterable, Decodable {
    case communicationInteraction = "communication-interaction"
    case cognitionLearning = "cognition-learning"
    case semh
    case sensoryPhysical = "sensory-physical"
  }

  /// Phases of education, early years to post-16.
  public enum Phase: String, Sendable, CaseIterable, Decodable {
    case earlyYears = "early-years"
    case ks1, ks2, ks3, ks4
    case post16 = "post-16"
  }

  /// The preparing-for-adulthood themes (Nottingham's "My Learning, My
  /// Earning, My Volunteering"; "My Skills for Living"; "My Family, My
  /// Friends, My Community"; "Healthy, Happy, Creative Me").
  public enum Theme: String, Sendable, CaseIterable, Decodable {
    case employment
    case independentLiving = "independent-living"
    case community
    case health
  }

  /// A stable id ("ci-ey-1").
  public let id: String
  /// The area of need.
  public let area: Area
  /// The phase.
  public let phase: Phase
  /// The preparing-for-adulthood theme, for outcomes from Year 9 on.
  public let theme: Theme?
  /// The poor version.
  public let poor: String
  /// The good version.
  public let good: String
  /// What the poor version gets wrong and the good one gets right.
  public let note: String

  /// Reads pairs from JSON Lines `text`; a bad line is an error naming `path:line`.
  public static func load(_ text: String, path: String) throws -> [ExamplePair] {
    var pairs: [ExamplePair] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      do {
        pairs.append(try JSONDecoder().decode(ExamplePair.self, from: Data(line.utf8)))
      } catch {
        throw ExamplePairError(location: "\(path):\(index + 1)", reason: "\(error)")
      }
    }
    return pairs
  }
}
