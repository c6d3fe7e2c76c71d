import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// A child may be called May, June, Jun or Will: a month or a modal right
/// before the outcome's modal is the child's name, not part of the timeframe
/// or the modal itself.
@Suite struct NameLikeWordTests {
  @Test(arguments: [
    ("By the end of Year 2 Jun will read 20 words.", "Jun", "By the end of Year 2"),
    (
      "By the end of the summer term in Year 3 May will read 20 words.", "May",
      "By the end of the summer term in Year 3"
    ),
    ("By July 2027, Will will read 20 words.", "Will", "By July 2027"),
    ("By June 2027, June will read 20 words.", "June", "By June 2027"),
    // A double name is one name.
    ("By July 2027, Lily-Rose will read 20 words.", "Lily-Rose", "By July 2027"),
  ])
  func theNameIsTheSubject(text: String, name: String, timeframe: String) throws {
    let outcome = try TestEngine.analyze(text).outcome
    let subject = try #require(outcome.anatomy.subject.span)
    #expect(outcome.document.text(subject) == name)
    let found = try #require(outcome.anatomy.timeframe)
    #expect(outcome.document.text(found.span) == timeframe)
  }

  /// A child may be called Nan or Nana: only "my nan", "his nana" and the
  /// like are a grandparent, whose statement is written from a service's
  /// perspective.
  @Test(arguments: [
    ("By July 2027, Nana will read 20 words.", Subject.Kind.namedChild),
    ("By July 2027, Nan will read 20 words.", Subject.Kind.namedChild),
    ("By July 2027, his nan will walk him to school.", Subject.Kind.service),
  ])
  func aNameIsNotAGrandparent(text: String, kind: Subject.Kind) throws {
    #expect(try TestEngine.analyze(text).outcome.anatomy.subject.kind == kind)
  }
}
