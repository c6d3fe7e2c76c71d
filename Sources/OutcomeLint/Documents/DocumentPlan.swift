/// A plan found in a document by ``PlanSectionFinder``: what Sections A, B
/// and E hold, the details stated about the child, and which template matched.
public struct DocumentPlan: Sendable {
  /// One outcome found in Section E, with what its row or its labelled lines said.
  public struct Outcome: Sendable, Equatable {
    /// The outcome's text.
    public var text: String
    /// Its area of need, from a column, a label or the sub-heading it sits under.
    public var area: String?
    /// Its provision, from a column or a "Provision:" line.
    public var provision: String?
    /// Its steps towards, from a column or a "Steps towards:" line.
    public var steps: String?
    /// Its "by when" column or line.
    public var byWhen: String?
  }

  /// The plan reference stated in the document, if any.
  public var id: String?
  /// The child's or young person's name, if stated.
  public var child: String?
  /// The year group, if stated (Reception is 0).
  public var yearGroup: Int?
  /// The age in years, if stated or worked out from the date of birth at the plan's date.
  public var age: Int?
  /// Whether the age is unknown because the document states a date of birth
  /// but no plan date to work it out at (and no year group or age).
  public var missingPlanDate = false
  /// Section A's aspirations, in order.
  public var aspirations: [String] = []
  /// Section B's areas of need, in order.
  public var needs: [String] = []
  /// Section E's outcomes, in order.
  public var outcomes: [Outcome] = []
  /// Whether a Section E heading or an outcome table was found.
  public var foundSectionE = false
  /// How the section headings were written ("section-headings", "letter-headings",
  /// "headings-in-table"), when any were found.
  public var headingForm: String?
  /// How the outcomes were written ("paragraphs", "numbered-list", "bulleted-list",
  /// "outcome-table"), when any were found.
  public var outcomeForm: String?

  /// The template that matched, as "heading form/outcome form".
  public var template: String {
    "\(headingForm ?? "no-section-headings")/\(outcomeForm ?? "no-outcomes")"
  }

  /// The plan as a JSON object in the format `audit` reads (see the README),
  /// with `template` (and `section_e: "not found"` when it was missing, and
  /// `plan_date: "not found"` when ``missingPlanDate``) passed through;
  /// `defaultID` is used when the document states no reference.
  public func json(defaultID: String) -> [UInt8] {
    var fields: [String] = ["\"id\": " + JSONQuoting.quoted(id ?? defaultID)]
    if let child { fields.append("\"child\": " + JSONQuoting.quoted(child)) }
    if let yearGroup { fields.append("\"year_group\": \(yearGroup)") }
    if let age { fields.append("\"age\": \(age)") }
    fields.append(
      "\"aspirations\": [" + aspirations.map(JSONQuoting.quoted).joined(separator: ", ") + "]")
    if !needs.isEmpty {
      fields.append("\"needs\": [" + needs.map(JSONQuoting.quoted).joined(separator: ", ") + "]")
    }
    let outcomeJSON = outcomes.map { outcome in
      var parts = ["\"text\": " + JSONQuoting.quoted(outcome.text)]
      for (key, value) in [
        ("area", outcome.area), ("provision", outcome.provision), ("steps", outcome.steps),
        ("by_when", outcome.byWhen),
      ] {
        if let value { parts.append("\"\(key)\": " + JSONQuoting.quoted(value)) }
      }
      return "{" + parts.joined(separator: ", ") + "}"
    }
    fields.append("\"outcomes\": [" + outcomeJSON.joined(separator: ", ") + "]")
    fields.append("\"template\": " + JSONQuoting.quoted(template))
    if !foundSectionE { fields.append("\"section_e\": \"not found\"") }
    if missingPlanDate { fields.append("\"plan_date\": \"not found\"") }
    return Array(("{" + fields.joined(separator: ", ") + "}").utf8)
  }
}
