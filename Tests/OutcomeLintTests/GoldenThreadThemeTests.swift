import Foundation
import OutcomeLint
import OutcomeLintRules
import OutcomeLintTestSupport
import Testing

/// The golden thread links an outcome to an aspiration about the same theme
/// (a preparing-for-adulthood theme or an area of need) even when they share
/// no word; the themes come from the thread-themes lexicon and the outcome's
/// `area`, never from its timeframe.
@Suite struct GoldenThreadThemeTests {
  static let engine = PlanEngine(analysis: TestEngine.shared, rules: BuiltInPlanRules.ruleSet)

  private func report(
    _ aspirations: [String], _ outcomes: String, engine: PlanEngine = Self.engine
  ) throws -> PlanReport {
    let quoted = aspirations.map { "\"\($0)\"" }.joined(separator: ", ")
    let json =
      #"{"id": "t", "child": "Nia", "year_group": 10, "aspirations": [\#(quoted)], "outcomes": [\#(outcomes)]}"#
    let plan = try engine.decoder.decode(
      Array(json.utf8), source: "t", line: 1, defaultID: "1"
    ).get()
    return try PlanAnalyzer(engine: engine).analyze(plan, redact: false)
  }

  private func unlinked(_ report: PlanReport) -> [Int] {
    report.findings.filter { $0.rule == "outcome-not-linked" }.compactMap {
      if case .outcome(let index) = $0.target { return index }
      return nil
    }
  }

  @Test func sharedThemeLinksWithoutASharedWord() throws {
    let report = try report(
      ["I want to go to the youth club on Fridays."],
      #""By the end of Year 11, Nia will meet a classmate at the bowling alley each month so that she can keep her friendships going.""#
    )
    #expect(unlinked(report).isEmpty)
    let link = try #require(report.thread.links.first)
    #expect(link.words.isEmpty && !link.throughPurpose)
    #expect(link.themes.map(\.theme) == [.adulthood(.community)])
    #expect(link.themeList == ["friends and community (friendships/youth club)"])
    #expect(report.findings.allSatisfy { $0.rule != "aspiration-not-served" })
  }

  @Test func areaFieldGivesTheOutcomeItsAreaOfNeed() throws {
    let outcome =
      "By the end of Year 11, Nia will sort coins into the right pots at the school tuck shop counter on four days a week."
    let aspirations = ["I want to read magazines about horses."]
    let withArea = try report(
      aspirations, #"{"text": "\#(outcome)", "area": "Cognition & Learning"}"#)
    #expect(unlinked(withArea).isEmpty)
    #expect(
      withArea.thread.links.first?.themes.first?.outcome == "area: Cognition & Learning")
    let withoutArea = try report(aspirations, #"{"text": "\#(outcome)"}"#)
    #expect(unlinked(withoutArea) == [0])
  }

  @Test func timeframeWordsDoNotLink() throws {
    let report = try report(
      ["I want to go to college to study art."],
      #""By the end of her college course, Nia will tell a trusted adult when she feels worried.""#
    )
    #expect(unlinked(report) == [0])
    #expect(report.thread.links.isEmpty)
  }

  @Test func differentThemesStayUnlinked() throws {
    let report = try report(
      ["I want to swim for a team."],
      #"{"text": "By the end of Year 11, Nia will spell thirty subject words correctly in her science book so that she can label her diagrams.", "area": "cognition and learning"}"#
    )
    #expect(unlinked(report) == [0])
    let finding = try #require(report.findings.first { $0.rule == "outcome-not-linked" })
    #expect(finding.message.contains("no theme"))
  }

  @Test func themesAreLexiconData() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-themes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "# lexicon: thread-themes\nbowling alley\tcommunity\n".write(
      to: folder.appendingPathComponent("thread-themes.tsv"), atomically: true, encoding: .utf8)
    let lexicons = try Lexicons.load(userFolders: [folder])
    let engine = PlanEngine(
      analysis: AnalysisEngine(lexicons: lexicons, rules: BuiltInRules.ruleSet),
      rules: BuiltInPlanRules.ruleSet)
    let outcome =
      #""By the end of Year 11, Nia will book a lane at the bowling alley on her own.""#
    let aspirations = ["I want to see my friends at weekends."]
    #expect(unlinked(try report(aspirations, outcome)) == [0])
    let extended = try report(aspirations, outcome, engine: engine)
    #expect(unlinked(extended).isEmpty)
    #expect(extended.thread.links.first?.themes.first?.outcome == "bowling alley")
  }

  @Test func phrasesMatchWordByWordAndTheLongestWins() throws {
    let document = try TestEngine.analyze(
      "Nia wants to live on her own and have friends round, and to get a job.")
    let themes = Self.engine.vocabulary.themeMentions(
      in: document.outcome.document, tokens: 0..<document.outcome.document.tokens.count)
    #expect(themes.map(\.words) == ["live on her own", "friends", "job"])
    #expect(
      themes.map(\.theme) == [
        .adulthood(.independentLiving), .adulthood(.community), .adulthood(.employment),
      ])
  }
}
