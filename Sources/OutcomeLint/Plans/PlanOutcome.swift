/// One outcome of a plan (Section E): its text, the area of need it is
/// written under, the provision (Section F) that serves it, the deadline
/// stated beside it, and any other fields, which pass through to the
/// outcome's record.
public struct PlanOutcome: Sendable {
  /// The outcome as written; in an audited plan's report, as judged (with its
  /// ``byWhen`` deadline put first when the text states no timeframe).
  public let text: String
  /// The `area` field, if given ("communication and interaction", "health").
  public let area: String?
  /// The `provision` field, if given (as text, or raw JSON when not a string).
  public let provision: String?
  /// The `by_when` field, if given: the deadline stated beside the outcome,
  /// such as a Word plan's "By when" column (as text, or raw JSON when not a
  /// string).
  public let byWhen: String?
  /// The outcome's `id` as raw JSON, if given.
  public let idJSON: String?
  /// Every field but `text` and `id`, as (key, raw JSON value), in input order.
  public let passthrough: [(key: String, json: String)]

  /// Creates an outcome.
  public init(
    text: String, area: String? = nil, provision: String? = nil, byWhen: String? = nil,
    idJSON: String? = nil, passthrough: [(key: String, json: String)] = []
  ) {
    self.text = text
    self.area = area
    self.provision = provision
    self.byWhen = byWhen
    self.idJSON = idJSON
    self.passthrough = passthrough
  }
}
