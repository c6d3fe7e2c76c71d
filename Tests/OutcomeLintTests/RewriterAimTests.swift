import OutcomeLint
import OutcomeLintTestSupport
import Testing

/// The aim a statement of support gives ("to help her with her handwriting")
/// names the skill the support works on, not the difference the outcome
/// makes: the rewrite puts the skill with what the person will do when that
/// is a prompt, or leaves it out, and asks for the difference instead.
@Suite struct RewriterAimTests {
  @Test func theSkillGoesWithThePromptForWhatThePersonWillDo() throws {
    let rewrite = try #require(
      try TestEngine.rewrite(
        "Maya will have a weekly session with the occupational therapist to help her with her handwriting."
      ))
    #expect(
      rewrite.text.contains(
        "Maya will be able to [do what: e.g. ask for help] with her handwriting ["),
      "\(rewrite.text)")
    #expect(!rewrite.text.contains("to help"), "\(rewrite.text)")
    #expect(rewrite.prompts.last?.slot == .purpose)
    #expect(rewrite.filledText.contains("ask for help with her handwriting"))
    #expect(rewrite.changes.contains { $0.change.hasPrefix("Moved 'with her handwriting'") })
  }

  @Test func theSkillIsWrittenInTheRewritesVoice() throws {
    let rewrite = try #require(
      Rewriter(person: .first).rewrite(
        TestEngine.analyze(
          "Maya will have a weekly session with the occupational therapist to help her with her handwriting."
        )))
    #expect(
      rewrite.text.contains("I will be able to [do what: e.g. ask for help] with my handwriting"))
  }

  @Test func aPurposeAfterTheAimIsKept() throws {
    let rewrite = try #require(
      try TestEngine.rewrite(
        "Ava will receive two sessions of speech therapy each week to help her with her speech so that she can order her own lunch."
      ))
    #expect(rewrite.text.contains("[do what: e.g. ask for help] with her speech ["))
    #expect(rewrite.text.hasSuffix("] so that she can order her own lunch."), "\(rewrite.text)")
    #expect(!rewrite.prompts.contains { $0.slot == .purpose })
  }

  @Test func anAimAfterAKeptActionIsTakenOut() throws {
    let rewrite = try #require(
      try TestEngine.rewrite(
        "Leo will be given a writing slope in lessons to help him with his handwriting."))
    #expect(rewrite.text.contains("Leo will be able to use a writing slope in lessons ["))
    #expect(!rewrite.text.contains("handwriting"), "\(rewrite.text)")
    #expect(rewrite.prompts.last?.slot == .purpose)
    #expect(
      rewrite.changes.contains {
        $0.change.hasPrefix("Took out 'to help him with his handwriting'")
      })
  }

  @Test func anAimLeftInTheMainClauseIsTakenOut() throws {
    let rewrite = try #require(
      try TestEngine.rewrite(
        "Isla will take part in a six-week movement group as recommended by the physiotherapist to help with her balance."
      ))
    #expect(!rewrite.text.contains("to help with"), "\(rewrite.text)")
    #expect(rewrite.prompts.last?.slot == .purpose)
  }

  @Test func withoutSupportTheAimStaysThePurpose() throws {
    let rewrite = try #require(
      try TestEngine.rewrite(
        "Sam will practise his exercises every day to help him with his balance."))
    #expect(rewrite.text.hasSuffix(" to help him with his balance."), "\(rewrite.text)")
  }

  @Test func helpingWithSomethingIsStillAnAction() throws {
    let rewrite = try #require(
      try TestEngine.rewrite(
        "By July 2027, Sam will be supported to help with the washing up at home."))
    #expect(rewrite.text.contains("Sam will be able to help with the washing up at home"))
  }

  @Test func rewritingTheRewriteKeepsTheSkill() throws {
    let first = try #require(
      try TestEngine.rewrite(
        "Maya will have a weekly session with the occupational therapist to help her with her handwriting."
      ))
    let second = try TestEngine.rewrite(first.text)
    #expect(second?.text ?? first.text == first.text)
  }
}
