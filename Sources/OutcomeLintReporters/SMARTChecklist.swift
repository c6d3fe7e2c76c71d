import OutcomeLint

/// The SMART checklist trainers use, one line per check with a tick or cross
/// and the reason: the first finding against it, or what the outcome does well.
enum SMARTChecklist {
  /// The checks in the order trainers say them, each with its dimension.
  static let checks: [(name: String, dimension: Dimension)] = [
    ("Specific", .specific),
    ("Measurable", .measurable),
    ("Achievable", .realistic),
    ("Relevant", .purpose),
    ("Time-bound", .timeframe),
    ("Person-centred", .perspective),
    ("Not provision", .provision),
    ("Clear", .clarity),
  ]

  static func lines(_ report: OutcomeReport, palette: DimensionPalette) -> String {
    checks.map { check in
      let score = report.score[check.dimension]
      let findings = report.findings.filter { $0.dimension == check.dimension }
      let name = check.name + String(repeating: " ", count: max(1, 15 - check.name.count))
      let reason =
        findings.first.map { finding in
          (score.pass ? "but: " : "") + finding.message
            + (findings.count > 1 ? " (+\(findings.count - 1) more)" : "")
        } ?? strength(check.dimension, report.outcome)
      return "  \(palette.mark(score.pass)) \(name)\(reason)"
    }.joined(separator: "\n")
  }

  /// What the outcome does well on a dimension with no finding against it.
  private static func strength(_ dimension: Dimension, _ outcome: AnalyzedOutcome) -> String {
    let anatomy = outcome.anatomy
    let quote = { (span: TextSpan) in "'\(outcome.document.text(span))'" }
    switch dimension {
    case .timeframe:
      return anatomy.timeframe.map { "deadline \(quote($0.span)) (\($0.kind.name))" }
        ?? "has a deadline"
    case .measurable:
      let criterion = anatomy.criteria.first.map { " with \(quote($0.span))" } ?? ""
      return (anatomy.action.map { "you would see them \(quote($0.verb))" } ?? "observable")
        + criterion
    case .specific:
      let place = anatomy.context.first { hit in
        !(anatomy.purpose.map { $0.span.contains(hit.span) } ?? false)
      }.map { "context \(quote($0.span))" }
      return place ?? "states exactly what, for this person"
    case .realistic: return "nothing unrealistic or low in expectation"
    case .purpose:
      return anatomy.purpose.map { "says the difference it makes: \(quote($0.connective))…" }
        ?? "says the difference it makes"
    case .perspective:
      return anatomy.subject.span.map { "written about \(quote($0))" } ?? "person-centred"
    case .provision: return "describes what the person will do, not a service"
    case .clarity: return "plain language, one outcome"
    }
  }
}
