/// Who the outcome is about, as written before its main verb.
public struct Subject: Sendable, Equatable {
  /// The kinds of subject the guidance distinguishes.
  public enum Kind: String, Sendable {
    /// "I will..." (some local authorities require the first person).
    case firstPerson = "first-person"
    /// The child's name, or a placeholder such as "X".
    case namedChild = "named-child"
    /// "He", "she", "they".
    case pronoun
    /// "The child", "the young person", "the pupil": fits any child.
    case genericChild = "generic-child"
    /// A service, professional or family member ("Staff", "The school", "Parents").
    case service
    /// An infinitive with no subject ("To read...") or a verb-first fragment.
    case implicit
    /// No subject or verb could be found (a noun phrase such as "3 hours of therapy").
    case none
  }

  /// The kind of subject.
  public let kind: Kind
  /// The subject's words, when there are any.
  public let span: TextSpan?
}
