import OutcomeLint

extension AnalyzedOutcome {
  /// Whether the main clause names something after the action: a capitalised
  /// word that does not open a sentence and is not an acronym or jargon (a
  /// title, a course, a club, a person: "read Harry Potter books", "pass my
  /// Healthy Eating module", "play with Oscar").
  var namesSomethingAfterAction: Bool {
    guard let action = anatomy.action else { return false }
    return (action.token + 1..<document.tokens.count).contains(where: isName)
  }

  /// Whether the action's object is named: right after the verb, or after a
  /// determiner ("read Harry Potter books", "pass my Healthy Eating module",
  /// "attend Rugby training"). The named title, course or club is the standard
  /// the action is judged by.
  var hasNamedObject: Bool {
    guard let action = anatomy.action else { return false }
    var index = action.token + 1
    while index < document.tokens.count, document.hasHit(.functionWords, startingAt: index),
      let determiner = document.hits(.functionWords).first(where: {
        $0.tokens.lowerBound == index && document.valueClass($0) == .determiner
      })
    {
      index = determiner.tokens.upperBound
    }
    return index < document.tokens.count && isName(index)
  }

  /// A capitalised word in the main clause that does not open a sentence and
  /// is not jargon or an acronym.
  private func isName(_ index: Int) -> Bool {
    index > 0 && document.tokens[index].kind == .word
      && document.tokens[index].letterCase == .capitalized && anatomy.isMainToken[index]
      && document.sentence(ofToken: index - 1) == document.sentence(ofToken: index)
      && !document.hits(.jargon).contains { $0.tokens.contains(index) }
  }
}
