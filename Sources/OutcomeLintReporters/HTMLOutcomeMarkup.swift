import OutcomeLint

/// An outcome's text as HTML, each part of its anatomy marked with the
/// dimension it serves (timeframe, measurable, specific, purpose, provision,
/// perspective) and each finding's words underlined in its severity, with the
/// messages as a tooltip. Every piece of the text is escaped.
struct HTMLOutcomeMarkup {
  let report: OutcomeReport

  /// The marked-up text.
  var html: String {
    let document = report.outcome.document
    let count = document.bytes.count
    var part = [Dimension?](repeating: nil, count: count)
    var severity = [Severity?](repeating: nil, count: count)
    var messages = [[String]](repeating: [], count: count)
    for (span, dimension) in parts() where span.end <= count {
      for index in span.start..<span.end where part[index] == nil { part[index] = dimension }
    }
    let whole = document.trimmedSpan
    for finding in report.findings where finding.span != whole && finding.span.end <= count {
      for index in finding.span.start..<finding.span.end {
        if severity[index].map({ finding.severity > $0 }) ?? true {
          severity[index] = finding.severity
        }
        messages[index].append("\(finding.rule): \(finding.message)")
      }
    }
    var html = ""
    var start = 0
    while start < count {
      var end = start + 1
      while end < count && part[end] == part[start] && severity[end] == severity[start]
        && messages[end] == messages[start]
      {
        end += 1
      }
      let text = HTMLText.escape(document.text(TextSpan(start: start, end: end)))
      var piece = text
      if let level = severity[start] {
        piece =
          "<span class=\"f f-\(level.rawValue)\" title=\"\(HTMLText.escape(messages[start].joined(separator: "\n")))\">\(piece)</span>"
      }
      if let dimension = part[start] {
        piece = "<mark class=\"d-\(dimension.rawValue)\">\(piece)</mark>"
      }
      html += piece
      start = end
    }
    return html
  }

  /// The anatomy's parts and the dimension each serves, most specific first.
  private func parts() -> [(TextSpan, Dimension)] {
    let anatomy = report.outcome.anatomy
    var parts: [(TextSpan, Dimension)] = []
    parts += anatomy.provision.map { ($0.hit.span, .provision) }
    parts += anatomy.passiveSupport.map { ($0.span, .perspective) }
    if let timeframe = anatomy.timeframe { parts.append((timeframe.span, .timeframe)) }
    parts += anatomy.criteria.map { ($0.span, .measurable) }
    if let action = anatomy.action { parts.append((action.verb, .measurable)) }
    parts += anatomy.context.map { ($0.span, .specific) }
    if let subject = anatomy.subject.span { parts.append((subject, .perspective)) }
    if let purpose = anatomy.purpose { parts.append((purpose.span, .purpose)) }
    return parts
  }
}
