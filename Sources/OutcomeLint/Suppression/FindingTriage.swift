/// Splits one outcome's findings, before scoring, into those reported, those
/// the input suppressed with a reason, and those an earlier run's baseline
/// already holds.
struct FindingTriage {
  /// Findings to score and report.
  private(set) var reported: [Finding] = []
  /// Findings whose rule the input suppressed with a reason.
  private(set) var suppressed: [SuppressedFinding] = []
  /// Findings the baseline matched.
  private(set) var baselined: [Finding] = []

  /// Sorts `findings` of the outcome in `document`; `baseline` holds the
  /// record's baselined findings (empty without a baseline). The
  /// suppressions, baseline and document are borrowed, not retained, so an
  /// outcome with neither suppressions nor a baseline costs no more than
  /// handing its findings over.
  init(
    _ findings: consuming [Finding], suppressions: borrowing [Suppression],
    baseline: borrowing [Baseline.Key: Int], document: borrowing Document
  ) {
    guard !suppressions.isEmpty || !baseline.isEmpty else {
      reported = findings
      return
    }
    let suppressions = copy suppressions
    let baseline = copy baseline
    var reasons: [String: String] = [:]
    for suppression in suppressions where suppression.hasReason {
      guard let rule = suppression.rule, rule != Suppression.ruleID, reasons[rule] == nil else {
        continue
      }
      reasons[rule] = suppression.reason
    }
    var remaining = baseline
    for finding in findings {
      if let reason = reasons[finding.rule] {
        suppressed.append(SuppressedFinding(finding: finding, reason: reason))
        continue
      }
      if !remaining.isEmpty {
        let key = Baseline.Key(rule: finding.rule, match: document.text(finding.span))
        if let left = remaining[key], left > 0 {
          remaining[key] = left - 1
          baselined.append(finding)
          continue
        }
      }
      reported.append(finding)
    }
  }

  /// The three lists, handed over as the triage ends.
  consuming func lists() -> (
    reported: [Finding], suppressed: [SuppressedFinding], baselined: [Finding]
  ) {
    (reported, suppressed, baselined)
  }
}
