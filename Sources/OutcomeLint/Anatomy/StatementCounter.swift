/// Counts the outcomes a statement holds: each modal ("will") in the main
/// clause with its own subject, not inside a relative clause ("who he will
/// see") or the purpose clause, opens one.
enum StatementCounter {
  /// Appends to `list` the modals that open an outcome, in text order.
  static func appendIndependentModals(
    in document: Document, regions: TokenRegions, to list: inout [LexiconHit]
  ) {
    for modal in document.hits(.modals) where opensOutcome(modal, document, regions) {
      list.append(modal)
    }
  }

  private static func opensOutcome(
    _ modal: LexiconHit, _ document: Document, _ regions: TokenRegions
  ) -> Bool {
    let start = modal.tokens.lowerBound
    guard regions.isMain(start), start > 0, document.valueClass(modal) == .modal else {
      return false
    }
    let endsAtModal = { (hit: LexiconHit) in hit.tokens.upperBound == start }
    let hasSubject =
      SubjectFinder.isNameLike(document.tokens[start - 1])
      || document.hits(.personReferences).contains(where: endsAtModal)
      || document.hits(.serviceSubjects).contains(where: endsAtModal)
    guard hasSubject else { return false }
    let isRelative = document.hits(.functionWords).contains { hit in
      hit.tokens.upperBound <= start && start - hit.tokens.upperBound <= 2
        && document.valueClass(hit) == .relative
    }
    return !isRelative
  }
}
