extension RewriteDraft {
  /// Takes provision out of the person's own statement ("will receive 3
  /// sessions of SALT per week"), listing it for Section F, and leaves what
  /// is left of `region`. A service's statement was moved whole already.
  func moveProvision(_ region: inout [ClausePiece]) {
    guard anatomy.subject.kind != .service,
      hasFinding("service-session-count") || hasFinding("provision-as-outcome")
    else { return }
    // The lists are the storage's, recycled from the last rewrite.
    var found = [ReportFinding].recycled(from: &storage.provisionFindings)
    var groups = [Range<Int>].recycled(from: &storage.provisionGroups)
    var tokens = [Int].recycled(from: &storage.provisionTokens)
    defer {
      storage.provisionFindings = found
      storage.provisionGroups = groups
      storage.provisionTokens = tokens
    }
    appendFindings("service-session-count", to: &found)
    appendFindings("provision-as-outcome", to: &found)
    guard !found.isEmpty, let bounds = Self.tokenBounds(of: region) else { return }
    let passive = hits(.passiveSupport)
    if anatomy.action == nil {
      groups.append(bounds)
    } else {
      for finding in found where finding.span != document.trimmedSpan {
        guard let range = tokenRange(of: finding.span) else { continue }
        if passive.contains(where: { $0.tokens.overlaps(range) }) {
          let object = range.upperBound..<objectEnd(from: range.upperBound)
          if !object.isEmpty {
            if !tokens.isEmpty { tokens.removeAll(keepingCapacity: true) }
            tokens.append(contentsOf: object)
            listForSectionF(tokens, because: finding)
          }
          continue
        }
        groups.append(leadingAs(before: range.lowerBound)..<objectEnd(from: range.upperBound))
      }
    }
    Self.merge(&groups)
    for group in groups {
      let because = found.first { finding in
        tokenRange(of: finding.span).map { $0.overlaps(group) } ?? false
      }
      if !tokens.isEmpty { tokens.removeAll(keepingCapacity: true) }
      for index in group where region.contains(.token(index)) { tokens.append(index) }
      keepProvidedWords(&tokens)
      listForSectionF(tokens, because: because ?? found[0])
    }
    guard !groups.isEmpty else { return }
    let orphaned = groups.map { orphanedWords(before: $0.lowerBound, in: region) }
    region.removeAll { piece in
      guard case .token(let index) = piece else { return false }
      return groups.contains { $0.contains(index) } || orphaned.contains { $0.contains(index) }
    }
  }

  /// Where a moved phrase starts once an "as" introducing it goes too
  /// ("a nurture group [as recommended by the educational psychologist]").
  private func leadingAs(before start: Int) -> Int {
    start > 0 && isWord(start - 1, "as") ? start - 1 : start
  }

  private func listForSectionF(_ tokens: [Int], because finding: ReportFinding) {
    guard !tokens.isEmpty, let text = listMoved(tokens.lazy.map { .token($0) }) else { return }
    note("Moved '\(written: text)' to Section F", answering: finding)
  }

  /// Keeps of `kept` what is provided, without the words making the person
  /// its recipient ("will receive", "have", the person's own "go to" as in
  /// "go to 2 swimming sessions"); "access to" stays.
  private func keepProvidedWords(_ kept: inout [Int]) {
    for delivery in anatomy.provision where delivery.kind == .delivery {
      let range = delivery.hit.tokens
      let keepFrom = range.first { isWord($0, "access") } ?? range.upperBound
      kept.removeAll { range.contains($0) && $0 < keepFrom }
    }
    if let first = kept.first, !isWord(first, "access") {
      if let verb = hit(.provisionVerbs, at: first) {
        kept.removeAll { verb.tokens.contains($0) }
      } else if first == anatomy.action?.token, kept.count > 1, isWord(kept[1], "to") {
        kept.removeFirst()
      }
    }
    if let first = kept.first, isWord(first, "to") || isWord(first, "as") { kept.removeFirst() }
    while let last = kept.last, document.tokens[last].kind == .punctuation { kept.removeLast() }
  }

  /// The end of the provided thing's words after `start`: up to a break, a
  /// phrase of place or time, a criterion, or "to" starting another verb.
  func objectEnd(from start: Int) -> Int {
    var index = start
    while index < document.tokens.count, anatomy.isMainToken[index], !inPrompt(index) {
      let token = document.tokens[index]
      if token.kind == .punctuation {
        let touchesBefore = index > 0 && document.tokens[index - 1].end == token.start
        let touchesAfter =
          index + 1 < document.tokens.count && document.tokens[index + 1].start == token.end
        if !(touchesBefore && touchesAfter) { break }
      }
      if startsHit(.contextPhrases, at: index) || startsHit(.criteria, at: index)
        || isPreposition(index)
      {
        break
      }
      if isWord(index, "and") || isWord(index, "or"), index + 1 < document.tokens.count,
        isVerb(index + 1)
      {
        break
      }
      index += 1
    }
    return index
  }

  /// Sorts `ranges` and joins those that overlap or touch, in place, so
  /// merging makes no new array.
  private static func merge(_ ranges: inout [Range<Int>]) {
    guard ranges.count > 1 else { return }
    ranges.sort { $0.lowerBound < $1.lowerBound }
    var last = 0
    for position in 1..<ranges.count {
      let range = ranges[position]
      if range.lowerBound <= ranges[last].upperBound {
        ranges[last] = ranges[last].lowerBound..<max(ranges[last].upperBound, range.upperBound)
      } else {
        last += 1
        ranges[last] = range
      }
    }
    ranges.removeLast(ranges.count - last - 1)
  }
}
