import Foundation
import Yams

/// Reads a configuration file (YAML) into a ``Configuration``, checking every
/// key and value. Each problem is a ``ConfigurationError`` naming the file, the
/// line and column, and the valid choices.
///
/// Scalars are read as text and checked here, never by YAML 1.1's implicit
/// types, so `off` is the word "off", not a boolean.
public struct ConfigurationLoader: Sendable {
  /// The top-level keys, in the order `config init` writes them.
  public static let keys = [
    "rules", "person", "minimum-timeframe-months", "grades", "weights", "lexicons",
  ]
  /// The grade thresholds a `grades` mapping may set.
  public static let gradeKeys = ["outstanding", "good", "inadequate"]
  /// The range of `minimum-timeframe-months`.
  public static let monthRange = 1...120
  /// The range of a dimension's weight.
  public static let weightRange = 0...1000

  /// Every rule id a configuration may name.
  public let ruleIDs: [String]

  /// Creates a loader that accepts the rules in `ruleIDs`.
  public init(ruleIDs: [String]) {
    self.ruleIDs = ruleIDs
  }

  /// Reads and checks the file at `url`; errors name it as `displayPath`
  /// (its path as given, by default).
  public func load(_ url: URL, displayPath: String? = nil) throws(ConfigurationError)
    -> Configuration
  {
    let path = displayPath ?? url.path
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw ConfigurationError(file: path, message: "cannot read the configuration file")
    }
    guard let yaml = String(validating: data, as: UTF8.self) else {
      throw ConfigurationError(file: path, message: "the configuration file is not UTF-8")
    }
    return try parse(yaml, path: path, folder: url.deletingLastPathComponent())
  }

  /// Parses configuration text; `folder` is where relative lexicon paths start.
  public func parse(_ yaml: String, path: String, folder: URL) throws(ConfigurationError)
    -> Configuration
  {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw Self.syntaxError(error, path: path)
    } catch {
      throw ConfigurationError(file: path, message: "cannot parse: \(error)")
    }
    var configuration = Configuration()
    guard let root, !Self.isNull(root) else { return configuration }
    let reader = NodeReader(path: path)
    for (keyNode, value) in try reader.mapping(root, what: "the configuration") {
      let key = try reader.key(keyNode, validKeys: Self.keys, in: "the configuration")
      switch key {
      case "rules": configuration.rules = try rules(value, reader: reader)
      case "person":
        configuration.person = try reader.choice(value, of: PersonRequirement.self, key: key)
      case "minimum-timeframe-months":
        configuration.minimumTimeframeMonths = try reader.integer(
          value, in: Self.monthRange, key: key)
      case "grades":
        configuration.scorer = try grades(
          value, weights: configuration.scorer.weights, reader: reader)
      case "weights":
        configuration.scorer = try weights(value, thresholds: configuration.scorer, reader: reader)
      default: configuration.lexiconFolders = try lexicons(value, folder: folder, reader: reader)
      }
    }
    return configuration
  }

  private func rules(_ node: Node, reader: NodeReader) throws(ConfigurationError)
    -> [String: RuleSetting]
  {
    var settings: [String: RuleSetting] = [:]
    for (idNode, value) in try reader.mapping(node, what: "'rules'") {
      let id = try reader.key(idNode, validKeys: ruleIDs, in: "'rules'", noun: "rule")
      settings[id] = try reader.choice(value, of: RuleSetting.self, key: id)
    }
    return settings
  }

  private func grades(_ node: Node, weights: [Dimension: Int], reader: NodeReader)
    throws(ConfigurationError) -> Scorer
  {
    var thresholds = [
      "outstanding": Scorer.standard.outstanding, "good": Scorer.standard.good,
      "inadequate": Scorer.standard.inadequate,
    ]
    for (keyNode, value) in try reader.mapping(node, what: "'grades'") {
      let key = try reader.key(keyNode, validKeys: Self.gradeKeys, in: "'grades'")
      thresholds[key] = try reader.integer(value, in: 0...100, key: key)
    }
    let outstanding = thresholds["outstanding", default: 0]
    let good = thresholds["good", default: 0]
    let inadequate = thresholds["inadequate", default: 0]
    guard outstanding >= good, good >= inadequate else {
      throw reader.error(
        at: node,
        "grade thresholds must not rise as grades fall: outstanding (\(outstanding)) >= good (\(good)) >= inadequate (\(inadequate))"
      )
    }
    return Scorer(weights: weights, outstanding: outstanding, good: good, inadequate: inadequate)
  }

  private func weights(_ node: Node, thresholds: Scorer, reader: NodeReader)
    throws(ConfigurationError) -> Scorer
  {
    var weights = thresholds.weights
    let names = Dimension.allCases.map(\.rawValue)
    for (keyNode, value) in try reader.mapping(node, what: "'weights'") {
      let key = try reader.key(keyNode, validKeys: names, in: "'weights'", noun: "dimension")
      guard let dimension = Dimension(rawValue: key) else { continue }
      weights[dimension] = try reader.integer(value, in: Self.weightRange, key: key)
    }
    guard weights.values.contains(where: { $0 > 0 }) else {
      throw reader.error(at: node, "at least one dimension needs a weight above 0")
    }
    return Scorer(
      weights: weights, outstanding: thresholds.outstanding, good: thresholds.good,
      inadequate: thresholds.inadequate)
  }

  private func lexicons(_ node: Node, folder: URL, reader: NodeReader) throws(ConfigurationError)
    -> [URL]
  {
    var folders: [URL] = []
    for item in try reader.sequence(node, what: "'lexicons' (a list of folders)") {
      let relative = try reader.text(item, what: "a lexicon folder (a path)")
      let url =
        relative.hasPrefix("/")
        ? URL(fileURLWithPath: relative)
        : folder.appendingPathComponent(relative).standardizedFileURL
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        throw reader.error(
          at: item, "lexicon folder '\(relative)' (\(url.path)) is not a folder")
      }
      folders.append(url)
    }
    return folders
  }

  static func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  private static func syntaxError(_ error: YamlError, path: String) -> ConfigurationError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return ConfigurationError(
        file: path, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return ConfigurationError(
        file: path, line: context.mark.line, column: context.mark.column,
        message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
    default:
      return ConfigurationError(file: path, message: "invalid YAML: \(error)")
    }
  }
}
