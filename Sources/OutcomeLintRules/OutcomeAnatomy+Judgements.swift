import OutcomeLint

extension OutcomeAnatomy {
  /// Whether a criterion in the main clause sets a level to reach (see
  /// ``Criterion/setsLevel``), saying what achieving even a vague aim looks like.
  var hasMainLevel: Bool {
    criteria.contains { $0.setsLevel && isMainToken[$0.tokens.lowerBound] }
  }

  /// Whether a criterion counts something (a proportion, quantity or accuracy),
  /// level or share of occasions: enough to show that an outcome with no
  /// known verb ("be in school for 90% of sessions") is something seen.
  var hasNumber: Bool {
    criteria.contains { [.proportion, .quantity, .accuracy].contains($0.kind) }
  }

  /// Whether the main verb is observable (not vague, not unknown).
  var mainVerbIsObservable: Bool { action?.observability == .observable }
}
