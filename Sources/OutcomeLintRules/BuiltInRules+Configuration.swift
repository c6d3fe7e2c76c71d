import OutcomeLint

extension BuiltInRules {
  /// Rules that run only when a configuration turns them on: `subject-person`
  /// (`person: first` or `third`). Documented and tested like the others,
  /// with the setting their examples assume.
  public static let optIn: [any Rule] = [SubjectPersonRule(person: .first)]

  /// Every rule a configuration, a suppression or the rule reference may
  /// name: the default rules, then the opt-in ones.
  public static var documented: [any Rule] { all + optIn }

  /// The ids of every documented rule.
  public static let ids = Set(documented.map(\.description.id))

  /// A configuration loader that accepts every documented rule.
  public static var configurationLoader: ConfigurationLoader {
    ConfigurationLoader(ruleIDs: documented.map(\.description.id))
  }

  /// The rules `configuration` asks for: the defaults less those turned off,
  /// `timeframe-under-a-year` with its minimum, and `subject-person` when a
  /// person is required.
  public static func ruleSet(for configuration: Configuration) -> RuleSet {
    var rules = all.map { rule -> any Rule in
      rule is ShortTimeframeRule
        ? ShortTimeframeRule(minimumMonths: configuration.minimumTimeframeMonths) : rule
    }
    if configuration.person != .either {
      rules.append(SubjectPersonRule(person: configuration.person))
    }
    let disabled = configuration.disabledRules
    return RuleSet(rules.filter { !disabled.contains($0.description.id) })
  }
}
