/// Counts the outcomes a statement holds: each modal ("will") in the main
/// clause with its own subject, not inside a relative clause ("who he will
/// see") or the purpose clause, opens one.
enum StatementCounter {
  static func independentModals(in document: Document, regions: TokenRegions) -> [LexiconHit] {
    let relatives = document.hits(.functionWords).filter { $0.entry.value == "relative" }
    let people = document.hits(.personReferences) + document.hits(.serviceSubjects)
    return document.hits(.modals).filter { modal in
      let start = modal.tokens.lowerBound
      guard modal.entry.value == "modal", regions.isMain[start], start > 0 else { return false }
      let before = start - 1
      let hasSubject =
        SubjectFinder.isNameLike(document.tokens[before])
        || people.contains { $0.tokens.upperBound == start }
      let isRelative = relatives.contains { hit in
        hit.tokens.upperBound <= start && start - hit.tokens.upperBound <= 2
      }
      return hasSubject && !isRelative
    }
  }
}
