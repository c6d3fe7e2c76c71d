/// The words of the lexicons' value column that the engine's own code tests
/// for: what a modal expresses, a function word's role, a person reference's
/// person, a timeframe lead's sense, and the kind of a criterion or of a
/// provision mention. Each entry's first value is read as one when the
/// lexicons load (see ``Lexicons/valueClass(_:of:)``), so a test compares one
/// byte rather than two strings; any other value is ``other``.
public enum ValueClass: String, Sendable {
  /// A value the engine does not test for by name.
  case other = ""
  // Modals (modals.tsv).
  case ability, aspiration, modal, need
  // Function words (function-words.tsv).
  case coordinator, determiner, distributive, preposition, relative
  // Person references (person-references.tsv).
  case first, generic, third
  // Timeframe leads (timeframe-leads.tsv).
  case deadline, period
  // Criteria (criteria.tsv).
  case accuracy, duration, frequency, independence, manner, occasions, proportion, quantity
  case qualifier
  // Provision (provision.tsv).
  case delivery, service, session, staffing

  /// The class a value names, or ``other``.
  init(value: String) { self = ValueClass(rawValue: value) ?? .other }
}
