/// What every finding of one rule shares: its id, dimension, the severity it
/// reports with (the rule's own unless a configuration overrides it) and its
/// guidance. Worked out once per engine, so the analyser does not copy a
/// rule's whole description for every outcome.
struct RuleStamp: Sendable {
  /// The rule's id.
  let id: String
  /// The dimension its findings count against.
  let dimension: Dimension
  /// The severity its findings report with.
  let severity: Severity
  /// The guidance it traces to.
  let guidance: String

  /// The stamp of the rule `description` describes, reporting with `severity`.
  init(_ description: RuleDescription, severity: Severity) {
    id = description.id
    dimension = description.dimension
    self.severity = severity
    guidance = description.guidance
  }
}
