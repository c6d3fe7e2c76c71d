import Foundation
import OutcomeLint
import OutcomeLintRules
import Testing

/// `.outcomelint.yml`: every key read, every mistake reported with its file,
/// line, column and the valid choices.
@Suite struct ConfigurationLoaderTests {
  let loader = BuiltInRules.configurationLoader
  let folder = FileManager.default.temporaryDirectory

  private func parse(_ yaml: String) throws(ConfigurationError) -> Configuration {
    try loader.parse(yaml, path: "house.yml", folder: folder)
  }

  private func problem(_ yaml: String) -> ConfigurationError? {
    do {
      _ = try parse(yaml)
      return nil
    } catch {
      return error
    }
  }

  @Test func readsEveryKey() throws {
    let lexicons = folder.appendingPathComponent("config-lexicons-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: lexicons) }
    let configuration = try parse(
      """
      rules:
        jargon: off
        timeframe-under-a-year: error
        missing-purpose: suggestion
        vague-goal: on
      person: first
      minimum-timeframe-months: 18
      grades: {outstanding: 90, good: 75, inadequate: 40}
      weights:
        clarity: 10
        purpose: 0
      lexicons: [\(lexicons.lastPathComponent)]
      """)
    #expect(configuration.disabledRules == ["jargon"])
    #expect(
      configuration.severityOverrides == [
        "timeframe-under-a-year": .error, "missing-purpose": .suggestion,
      ])
    #expect(configuration.rules["vague-goal"] == .on)
    #expect(configuration.person == .first)
    #expect(configuration.minimumTimeframeMonths == 18)
    #expect(configuration.scorer.outstanding == 90)
    #expect(configuration.scorer.good == 75)
    #expect(configuration.scorer.inadequate == 40)
    #expect(configuration.scorer.weights[.clarity] == 10)
    #expect(configuration.scorer.weights[.purpose] == 0)
    #expect(configuration.scorer.weights[.timeframe] == 20)
    #expect(configuration.lexiconFolders.map(\.path) == [lexicons.standardizedFileURL.path])
  }

  @Test func emptyFileAndNullValuesAreTheDefaults() throws {
    #expect(try parse("") == .defaults)
    #expect(try parse("# nothing set\n") == .defaults)
    #expect(try parse("rules:\nlexicons:\n") == .defaults)
  }

  @Test func templateReadsBackAsTheDefaults() throws {
    let template = ConfigurationTemplate.text(rules: BuiltInRules.documented.map(\.description))
    var parsed = try parse(template)
    #expect(parsed.rules.count == BuiltInRules.documented.count)
    #expect(parsed.rules.values.allSatisfy { $0 == .on })
    parsed.rules = [:]
    #expect(parsed == .defaults)
    for key in ConfigurationLoader.keys { #expect(template.contains("\n\(key):")) }
    for rule in BuiltInRules.documented { #expect(template.contains("  \(rule.description.id):")) }
  }

  @Test func typoInARuleIdNamesTheLineAndListsValidIds() throws {
    let error = try #require(problem("person: either\nrules:\n  jargn: off\n"))
    #expect(error.file == "house.yml")
    #expect(error.line == 3)
    #expect(error.column == 3)
    #expect(error.message.contains("unknown rule 'jargn'"))
    #expect(error.message.contains("did you mean 'jargon'?"))
    for id in BuiltInRules.ids { #expect(error.message.contains(id)) }
    #expect(error.description.hasPrefix("house.yml:3:3: "))
  }

  @Test func unknownKeyListsValidKeys() throws {
    let error = try #require(problem("persn: first\n"))
    #expect(error.line == 1)
    #expect(error.message.contains("unknown key 'persn'"))
    #expect(error.message.contains("did you mean 'person'?"))
    #expect(error.message.contains(ConfigurationLoader.keys.joined(separator: ", ")))
  }

  @Test(arguments: [
    ("minimum-timeframe-months: twelve\n", 1, "whole number from 1 to 120, not 'twelve'"),
    ("minimum-timeframe-months: [12]\n", 1, "whole number from 1 to 120, not a list"),
    ("minimum-timeframe-months: 0\n", 1, "whole number from 1 to 120, not '0'"),
    ("person: second\n", 1, "one of first, third, either, not 'second'"),
    ("rules:\n  jargon: maybe\n", 2, "one of on, off, error, warning, suggestion, not 'maybe'"),
    ("rules: [jargon]\n", 1, "'rules' must be a mapping"),
    ("weights: {timeframe: heavy}\n", 1, "whole number from 0 to 1000, not 'heavy'"),
    ("weights:\n  speed: 3\n", 2, "unknown dimension 'speed'"),
    ("grades:\n  excellent: 90\n", 2, "unknown key 'excellent' in 'grades'"),
    ("lexicons: extra\n", 1, "'lexicons' (a list of folders) must be a list"),
    ("grades: {good: 90}\n", 1, "outstanding (85) >= good (90)"),
    (
      "weights: {timeframe: 0, measurable: 0, specific: 0, provision: 0, perspective: 0, purpose: 0, realistic: 0, clarity: 0}\n",
      1, "at least one dimension needs a weight above 0"
    ),
    ("\n\nlexicons: [no-such-folder]\n", 3, "lexicon folder 'no-such-folder'"),
    ("person: first\nperson: third\n", 1, "duplicate key 'person'"),
    ("rules: [a\n", 2, "invalid YAML"),
    ("- person\n", 1, "the configuration must be a mapping"),
  ])
  func badValuesAreErrorsAtTheirLine(_ yaml: String, _ line: Int, _ message: String) throws {
    let error = try #require(problem(yaml), "\(yaml) was accepted")
    #expect(error.line == line, "\(error)")
    #expect(error.message.contains(message), "\(error)")
  }

  @Test func wordsYAMLWouldTakeForBooleansStayWords() throws {
    let configuration = try parse("rules:\n  jargon: 'off'\n  vague-goal: on\n")
    #expect(configuration.disabledRules == ["jargon"])
    #expect(configuration.rules["vague-goal"] == .on)
  }

  @Test func loadNamesAnUnreadableFile() {
    #expect(throws: ConfigurationError.self) {
      try loader.load(folder.appendingPathComponent("no-such-\(UUID().uuidString).yml"))
    }
  }

  @Test func discoveryLooksUpwardsFromTheWorkingDirectory() throws {
    let root = folder.appendingPathComponent("config-discovery-\(UUID().uuidString)")
    let deep = root.appendingPathComponent("a/b")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent(ConfigurationFile.name)
    try Data("person: first\n".utf8).write(to: file)
    #expect(ConfigurationFile.discover(from: deep)?.path == file.standardizedFileURL.path)
    try FileManager.default.removeItem(at: file)
    #expect(ConfigurationFile.discover(from: deep)?.path.hasPrefix(root.path) != true)
  }
}
