/// What every finding of one rule shares: its id, dimension, the severity it
/// reports with (the rule's own unless a configuration overrides it) and its
/// guidance. Worked out once per engine and shared by all the rule's
/// findings, so the analyser does not copy a rule's description for every
/// outcome; the id and guidance are also quoted as JSON strings once, so
/// reporters copy them rather than escape them for every finding.
public final class RuleStamp: Sendable {
  /// The rule's id.
  public let id: String
  /// The dimension its findings count against.
  public let dimension: Dimension
  /// The severity its findings report with.
  public let severity: Severity
  /// The guidance it traces to.
  public let guidance: String
  /// ``id`` as a quoted JSON string, in UTF-8.
  public let quotedID: [UInt8]
  /// ``guidance`` as a quoted JSON string, in UTF-8.
  public let quotedGuidance: [UInt8]

  /// A stamp for findings of rule `id`.
  init(id: String, dimension: Dimension, severity: Severity, guidance: String) {
    self.id = id
    self.dimension = dimension
    self.severity = severity
    self.guidance = guidance
    quotedID = Array(JSONQuoting.quoted(id).utf8)
    quotedGuidance = Array(JSONQuoting.quoted(guidance).utf8)
  }

  /// The stamp of the rule `description` describes, reporting with `severity`.
  convenience init(_ description: RuleDescription, severity: Severity) {
    self.init(
      id: description.id, dimension: description.dimension, severity: severity,
      guidance: description.guidance)
  }
}
