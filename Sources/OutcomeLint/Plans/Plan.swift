/// One EHC plan as read from the input: who it is for, their aspirations
/// (Section A) and their outcomes (Section E). Fields the tool does not know
/// are kept as raw JSON and written back out as they were (kept to one
/// line; see ``JSONScanner/oneLine(_:)``).
public struct Plan: Sendable {
  /// The file it came from ("-" for standard input).
  public let source: String
  /// The 1-based line in that file (1 for a `.json` file).
  public let line: Int
  /// The plan's id as raw JSON (a string or number from the input, or a default).
  public let idJSON: String
  /// The child's or young person's name, if given.
  public let child: String?
  /// The school year group (Reception is 0, post-16 is 12 and up), given or
  /// estimated from the age.
  public let yearGroup: Int?
  /// The age in years, if given.
  public let age: Int?
  /// The aspirations (Section A), in order.
  public let aspirations: [String]
  /// Broad areas of need named for the plan (Section B), if given.
  public let needs: [String]
  /// The outcomes (Section E), in order.
  public let outcomes: [PlanOutcome]
  /// The plan's other fields, as (key, raw JSON value), in input order.
  public let passthrough: [(key: String, json: String)]

  /// Creates a plan.
  public init(
    source: String, line: Int, idJSON: String, child: String?, yearGroup: Int?, age: Int?,
    aspirations: [String], needs: [String], outcomes: [PlanOutcome],
    passthrough: [(key: String, json: String)]
  ) {
    self.source = source
    self.line = line
    self.idJSON = idJSON
    self.child = child
    self.yearGroup = yearGroup ?? age.map { $0 - 5 }
    self.age = age
    self.aspirations = aspirations
    self.needs = needs
    self.outcomes = outcomes
    self.passthrough = passthrough
  }

  /// The id as plain text (a JSON string without its quotes).
  public var id: String { PlanJSON.plainText(idJSON) }

  /// The key stage the year group falls in, or nil when neither year group nor age is given.
  public var keyStage: KeyStage? { yearGroup.map(KeyStage.init(yearGroup:)) }
}
