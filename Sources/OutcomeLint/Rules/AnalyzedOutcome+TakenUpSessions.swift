extension AnalyzedOutcome {
  /// The counted sessions the main verb takes up, if any: a session count
  /// opening with its number ("2 swimming sessions a week") as the object of
  /// an uptake verb ("have", "attend", "take part in") or straight after the
  /// verb and "to" ("go to", "get to"). Turning up to sessions is receiving
  /// provision, however observable the verb: "go to 2 swimming sessions a
  /// week" counts what a service delivers (SecEd, seed 001: "to have three
  /// sessions of extra spelling tuition each week"). A count reached through
  /// another preposition belongs to the person's own activity ("swim for 2
  /// hours", "read 10 words in 2 reading sessions").
  package var takenUpSessions: ProvisionMention? {
    guard let action = anatomy.action, anatomy.provision.contains(where: { $0.kind == .session })
    else { return nil }
    let count = document.tokens.count
    let next: Int
    if let uptake = document.hit(.provisionVerbs, startingAt: action.token) {
      next = uptake.tokens.upperBound
    } else {
      guard action.token + 1 < count, document.isWord(action.token + 1, "to") else { return nil }
      next = action.token + 2
    }
    guard next < count, document.tokens[next].kind == .number else { return nil }
    return anatomy.provision.first { $0.kind == .session && $0.hit.tokens.lowerBound == next }
  }
}
