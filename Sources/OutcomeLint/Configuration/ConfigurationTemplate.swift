/// The commented starting file `outcomelint config init` writes: every key
/// with its default value, and what each accepts.
public enum ConfigurationTemplate {
  /// The file's text for the given rules (every rule a configuration may name).
  public static func text(rules: [RuleDescription]) -> String {
    let defaults = Configuration.defaults
    let idWidth = rules.map(\.id.count).max() ?? 0
    var lines = [
      "# outcomelint configuration. outcomelint looks for .outcomelint.yml in the working",
      "# directory and the folders above it; --config FILE names one, --no-config ignores them.",
      "# Every key is optional: these are the defaults.",
      "",
      "# Each rule: on (its own severity), off, or error, warning or suggestion.",
      "rules:",
    ]
    for rule in rules {
      let padding = String(repeating: " ", count: idWidth - rule.id.count)
      lines.append(
        "  \(rule.id): \(padding)on  # \(rule.severity.rawValue), \(rule.dimension.rawValue): \(rule.name)"
      )
    }
    lines += [
      "",
      "# Whose voice outcomes are written in: first ('I will…', as Nottingham City asks),",
      "# third (the person's name) or either. first and third turn on the subject-person rule.",
      "person: \(defaults.person.rawValue)",
      "",
      "# Timeframes nearer than this many months are steps towards an outcome",
      "# (timeframe-under-a-year). From \(ConfigurationLoader.monthRange.lowerBound) to \(ConfigurationLoader.monthRange.upperBound).",
      "minimum-timeframe-months: \(defaults.minimumTimeframeMonths)",
      "",
      "# The lowest overall score (0-100) for each grade; outstanding >= good >= inadequate.",
      "# Scores below 'inadequate' are inadequate.",
      "grades:",
      "  outstanding: \(defaults.scorer.outstanding)",
      "  good: \(defaults.scorer.good)",
      "  inadequate: \(defaults.scorer.inadequate)",
      "",
      "# Each dimension's weight in the overall score (whole numbers, 0 to \(ConfigurationLoader.weightRange.upperBound)).",
      "weights:",
    ]
    for dimension in Dimension.allCases {
      lines.append(
        "  \(dimension.rawValue): \(defaults.scorer.weights[dimension] ?? dimension.weight)")
    }
    lines += [
      "",
      "# Extra lexicon folders, relative to this file. A .tsv file named like a bundled",
      "# lexicon adds to it or overrides it; see the README's Lexicons section.",
      "lexicons: []",
      "",
    ]
    return lines.joined(separator: "\n")
  }
}
