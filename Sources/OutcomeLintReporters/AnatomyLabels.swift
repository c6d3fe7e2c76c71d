import OutcomeLint

/// An outcome's text with each part of its anatomy labelled in place
/// ("{timeframe: By the end of Year 1}, {who: Jack} will…"), and the parts it lacks.
enum AnatomyLabels {
  static func labelled(_ outcome: AnalyzedOutcome, palette: DimensionPalette) -> String {
    let anatomy = outcome.anatomy
    let document = outcome.document
    var candidates: [(label: String, span: TextSpan)] = []
    candidates += anatomy.timeframes.map { ("timeframe", $0.span) }
    if let subject = anatomy.subject.span { candidates.append(("who", subject)) }
    candidates += anatomy.passiveSupport.map { ("passive support", $0.span) }
    candidates += anatomy.provision.map { ("provision", $0.hit.span) }
    if let action = anatomy.action { candidates.append(("action", action.verb)) }
    if let purpose = anatomy.purpose { candidates.append(("purpose", purpose.span)) }
    candidates += anatomy.criteria.map { ("criterion", $0.span) }
    candidates += anatomy.context.map { ("context", $0.span) }
    var chosen: [(label: String, span: TextSpan)] = []
    for candidate in candidates where !chosen.contains(where: { $0.span.overlaps(candidate.span) })
    {
      chosen.append(candidate)
    }
    chosen.sort { $0.span < $1.span }
    var text = ""
    var offset = document.trimmedSpan.start
    for part in chosen {
      text += document.text(TextSpan(start: offset, end: part.span.start))
      text +=
        palette.paint("{\(part.label): ", code: "2") + document.text(part.span)
        + palette.paint("}", code: "2")
      offset = part.span.end
    }
    text += document.text(TextSpan(start: offset, end: max(offset, document.trimmedSpan.end)))
    var missing: [String] = []
    if anatomy.timeframe == nil { missing.append("timeframe") }
    if anatomy.action == nil { missing.append("action") }
    if anatomy.criteria.isEmpty { missing.append("criterion") }
    if anatomy.context.isEmpty { missing.append("context") }
    if anatomy.purpose == nil { missing.append("purpose") }
    let who = "  who: \(anatomy.subject.kind.rawValue)"
    return "  " + text + "\n" + who
      + (missing.isEmpty ? "" : "  ·  not found: " + missing.joined(separator: ", "))
  }
}
