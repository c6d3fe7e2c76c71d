/// Whose voice an outcome is written in. Nottingham's framework asks for the
/// first person ("I will..."); many plans use the child's name.
public enum PersonStyle: String, Sendable, CaseIterable {
  /// "I will be able to..."
  case first
  /// "Amy will be able to..." (the person's name, or a prompt for it).
  case third
}
