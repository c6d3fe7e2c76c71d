/// Whose voice a configuration requires outcomes to be written in.
/// Nottingham City's framework (seed 004) asks for the first person; many
/// plans use the child's name.
public enum PersonRequirement: String, Sendable, CaseIterable, Equatable {
  /// "I will…": the `subject-person` rule flags outcomes about a named child,
  /// a pronoun or "the child".
  case first
  /// The person's name: the `subject-person` rule flags "I will…".
  case third
  /// Either voice; the `subject-person` rule does not run.
  case either
}
