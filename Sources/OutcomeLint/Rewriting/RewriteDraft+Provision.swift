extension RewriteDraft {
  /// Takes provision out of the person's own statement ("will receive 3
  /// sessions of SALT per week"), listing it for Section F, and returns what
  /// is left of `region`. A service's statement was moved whole already.
  mutating func moveProvision(_ region: [ClausePiece]) -> [ClausePiece] {
    guard anatomy.subject.kind != .service else { return region }
    let found = findings("service-session-count") + findings("provision-as-outcome")
    let inRegion = Set(Self.tokens(of: region))
    guard !found.isEmpty, let first = inRegion.min(), let last = inRegion.max() else {
      return region
    }
    let passive = hits(.passiveSupport)
    var groups: [Range<Int>] = []
    if anatomy.action == nil {
      groups = [first..<(last + 1)]
    } else {
      for finding in found where finding.span != document.trimmedSpan {
        guard let range = tokenRange(of: finding.span) else { continue }
        if passive.contains(where: { $0.tokens.overlaps(range) }) {
          let object = range.upperBound..<objectEnd(from: range.upperBound)
          if !object.isEmpty { listForSectionF(Array(object), because: finding) }
          continue
        }
        groups.append(range.lowerBound..<objectEnd(from: range.upperBound))
      }
    }
    var removed: Set<Int> = []
    for group in merged(groups) {
      let because = found.first { finding in
        tokenRange(of: finding.span).map { $0.overlaps(group) } ?? false
      }
      listForSectionF(providedWords(group.filter(inRegion.contains)), because: because ?? found[0])
      removed.formUnion(group)
    }
    return region.filter { piece in
      guard case .token(let index) = piece else { return true }
      return !removed.contains(index)
    }
  }

  private mutating func listForSectionF(_ tokens: [Int], because finding: Finding) {
    guard !tokens.isEmpty else { return }
    let renderer = ClauseRenderer(document: document, substitutions: jargon)
    let text = Self.capitalised(renderer.render(tokens.map { .token($0) }))
    guard !moved.contains(text) else { return }
    moved.append(text)
    note(finding.dimension, finding.rule, "Moved '\(text)' to Section F", because: finding.message)
  }

  /// What is provided, without the words making the person its recipient
  /// ("will receive", "have"); "access to" stays.
  private func providedWords(_ tokens: [Int]) -> [Int] {
    var kept = tokens
    for delivery in anatomy.provision where delivery.kind == .delivery {
      let range = delivery.hit.tokens
      let keepFrom = range.first { word($0) == "access" } ?? range.upperBound
      kept.removeAll { range.contains($0) && $0 < keepFrom }
    }
    if let first = kept.first, let verb = hit(.provisionVerbs, at: first), word(first) != "access" {
      kept.removeAll { verb.tokens.contains($0) }
    }
    if let first = kept.first, word(first) == "to" { kept.removeFirst() }
    while let last = kept.last, document.tokens[last].kind == .punctuation { kept.removeLast() }
    return kept
  }

  /// The end of the provided thing's words after `start`: up to a break, a
  /// phrase of place or time, a criterion, or "to" starting another verb.
  func objectEnd(from start: Int) -> Int {
    let stops =
      hits(.contextPhrases).map(\.tokens.lowerBound) + hits(.criteria).map(\.tokens.lowerBound)
    var index = start
    while index < document.tokens.count, anatomy.isMainToken[index], !inPrompt[index] {
      let token = document.tokens[index]
      if token.kind == .punctuation {
        let touchesBefore = index > 0 && document.tokens[index - 1].end == token.start
        let touchesAfter =
          index + 1 < document.tokens.count && document.tokens[index + 1].start == token.end
        if !(touchesBefore && touchesAfter) { break }
      }
      if stops.contains(index) || isPreposition(index) { break }
      if ["and", "or"].contains(word(index)), index + 1 < document.tokens.count,
        verbs.isVerb(word(index + 1))
      {
        break
      }
      index += 1
    }
    return index
  }

  private func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = result.last, range.lowerBound <= last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }
}
