import Foundation

/// A local authority's house style: which rules run and how severe they are,
/// whose voice outcomes are written in, the shortest acceptable timeframe,
/// the scorer's weights and grade thresholds, and extra lexicon folders.
///
/// Read from `.outcomelint.yml` by ``ConfigurationLoader``; turned into an
/// immutable ``AnalysisEngine`` once, before any outcome is analysed.
public struct Configuration: Sendable, Equatable {
  /// Settings by rule id; a rule not listed is `on`.
  public var rules: [String: RuleSetting] = [:]
  /// The voice outcomes must be written in.
  public var person: PersonRequirement = .either
  /// Timeframes nearer than this are steps towards an outcome
  /// (`timeframe-under-a-year`).
  public var minimumTimeframeMonths = 12
  /// Dimension weights and grade thresholds.
  public var scorer = Scorer.standard
  /// Extra lexicon folders, already resolved against the configuration file's folder.
  public var lexiconFolders: [URL] = []

  /// The built-in defaults, as `outcomelint config init` writes them.
  public static let defaults = Configuration()

  /// Creates the default configuration.
  public init() {}

  /// Ids of the rules set to `off`.
  public var disabledRules: Set<String> {
    Set(rules.filter { $0.value == .off }.keys)
  }

  /// Severities set for individual rules.
  public var severityOverrides: [String: Severity] {
    rules.compactMapValues(\.severity)
  }
}
