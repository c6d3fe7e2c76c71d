import OutcomeLint

extension AnalyzedOutcome {
  /// Whether nobody could see the outcome being achieved: the statement is an
  /// aspiration or a need, or the main verb is vague ("improve",
  /// "understand") and neither done by observable actions ("manage his
  /// anxiety by using his calm box") nor given a level to reach ("to above
  /// 90%", "pass his exams"), or there is no observable verb at all and no
  /// number either. How often a vague aim is met ("develop his social skills
  /// in 4 out of 5 sessions") does not make it observable, and nor does "to"
  /// before a verb ("will continue to receive sessions").
  var lacksObservableAction: Bool {
    if anatomy.aspirationOrNeed != nil { return true }
    if anatomy.hasMainLevel { return false }
    guard let action = anatomy.action else {
      return anatomy.observableVerbs.isEmpty && !anatomy.hasNumber
    }
    switch action.observability {
    case .observable: return false
    case .vague: return !isSpelledOut(after: action.token, by: ["by"])
    case .unknown: return anatomy.observableVerbs.isEmpty && !anatomy.hasNumber
    }
  }

  /// Whether the vague verb at `token` is spelled out as concrete actions:
  /// one of `links` right before an observable verb later in the main clause
  /// ("manage his anxiety by using his calm box", "develop his spoken
  /// language to ask for help").
  func isSpelledOut(after token: Int, by links: [StaticString]) -> Bool {
    anatomy.observableVerbs.contains { verb in
      let start = verb.tokens.lowerBound
      return start > token + 1 && anatomy.isMainToken[start]
        && links.contains { document.isWord(start - 1, $0) }
    }
  }
}
