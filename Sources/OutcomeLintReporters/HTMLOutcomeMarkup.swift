import OutcomeLint

/// An outcome's text as HTML, each part of its anatomy marked with the
/// dimension it serves (timeframe, measurable, specific, purpose, provision,
/// perspective) and each finding's words underlined in its severity, with the
/// messages as a tooltip. Every piece of the text is escaped.
struct HTMLOutcomeMarkup {
  let report: OutcomeReport

  /// Writes the marked-up text: runs of bytes that share a part, a severity
  /// and the messages of the findings over them, each run marked up once.
  /// The text is cut into segments at every part's and finding's ends, so
  /// every byte of a segment has the same marks; equal neighbours make one run.
  func write(to html: inout OutputBuffer) {
    let document = report.outcome.document
    let count = document.bytes.count
    let parts = parts().filter { $0.0.end <= count }
    let whole = document.trimmedSpan
    let findings = report.findings.filter { $0.span != whole && $0.span.end <= count }
    let notes = findings.map { "\($0.rule): \($0.message)" }
    var cuts = [0, count]
    for (span, _) in parts { cuts += [span.start, span.end] }
    for finding in findings { cuts += [finding.span.start, finding.span.end] }
    cuts.sort()
    var run: Run?
    for (start, end) in zip(cuts, cuts.dropFirst()) where start < end {
      let part = parts.first { $0.0.start <= start && start < $0.0.end }?.1
      var severity: Severity?
      var messages: [String] = []
      for (index, finding) in findings.enumerated()
      where finding.span.start <= start && start < finding.span.end {
        if severity.map({ finding.severity > $0 }) ?? true { severity = finding.severity }
        messages.append(notes[index])
      }
      if let current = run, current.part == part, current.severity == severity,
        current.messages == messages
      {
        run?.end = end
      } else {
        run?.write(document, to: &html)
        run = Run(start: start, end: end, part: part, severity: severity, messages: messages)
      }
    }
    run?.write(document, to: &html)
  }

  /// Bytes that share their marks.
  private struct Run {
    let start: Int
    var end: Int
    let part: Dimension?
    let severity: Severity?
    let messages: [String]

    /// Writes the run's text, escaped, in its marks.
    func write(_ document: Document, to html: inout OutputBuffer) {
      if let part {
        html.write(literal: "<mark class=\"d-")
        html.write(part.rawValue)
        html.write(literal: "\">")
      }
      if let severity {
        html.write(literal: "<span class=\"f f-")
        html.write(severity.rawValue)
        html.write(literal: "\" title=\"")
        HTMLText.write(messages.joined(separator: "\n"), to: &html)
        html.write(literal: "\">")
      }
      HTMLText.write(document.text(TextSpan(start: start, end: end)), to: &html)
      if severity != nil { html.write(literal: "</span>") }
      if part != nil { html.write(literal: "</mark>") }
    }
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
