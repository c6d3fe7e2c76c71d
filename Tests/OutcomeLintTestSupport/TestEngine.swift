import OutcomeLint
import OutcomeLintRules

/// The real engine (bundled lexicons, built-in rules), loaded once for all tests.
public enum TestEngine {
  /// The shared engine.
  public static let shared: AnalysisEngine = {
    do {
      return AnalysisEngine(lexicons: try Lexicons.load(), rules: BuiltInRules.ruleSet)
    } catch {
      fatalError("bundled lexicons failed to load:\n\(error)")
    }
  }()

  /// Analyses one outcome with a fresh analyser on the shared engine.
  public static func analyze(_ text: String) throws -> OutcomeReport {
    try Analyzer(engine: shared).analyze(text)
  }

  /// The criteria of one outcome, each described by `describe` from the
  /// criterion and its text.
  public static func criteria(
    of text: String, _ describe: (_ criterion: Criterion, _ text: String) -> String
  ) throws -> [String] {
    let outcome = try analyze(text).outcome
    return outcome.anatomy.criteria.map { describe($0, outcome.document.text($0.span)) }
  }

  /// The rewrite of one outcome, or nil when it needs none.
  public static func rewrite(_ text: String) throws -> Rewrite? {
    Rewriter().rewrite(try analyze(text))
  }
}
