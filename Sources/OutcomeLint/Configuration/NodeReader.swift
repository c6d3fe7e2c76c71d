import Yams

/// Reads typed values out of YAML nodes, turning every wrong type or unknown
/// key into a ``ConfigurationError`` at the node's line and column.
struct NodeReader {
  /// The configuration file's path, for messages.
  let path: String

  /// An error at `node`'s position.
  func error(at node: Node, _ message: String) -> ConfigurationError {
    ConfigurationError(
      file: path, line: node.mark?.line, column: node.mark?.column, message: message)
  }

  /// The pairs of a mapping; null counts as an empty mapping.
  func mapping(_ node: Node, what: String) throws(ConfigurationError) -> [(Node, Node)] {
    if ConfigurationLoader.isNull(node) { return [] }
    guard case .mapping(let mapping) = node else {
      throw error(at: node, "\(what) must be a mapping of keys to values, not \(kind(node))")
    }
    return mapping.map { ($0.key, $0.value) }
  }

  /// The items of a sequence; null counts as an empty list.
  func sequence(_ node: Node, what: String) throws(ConfigurationError) -> [Node] {
    if ConfigurationLoader.isNull(node) { return [] }
    guard case .sequence(let sequence) = node else {
      throw error(at: node, "\(what) must be a list, not \(kind(node))")
    }
    return Array(sequence)
  }

  /// A scalar's text.
  func text(_ node: Node, what: String) throws(ConfigurationError) -> String {
    guard case .scalar(let scalar) = node, !ConfigurationLoader.isNull(node) else {
      throw error(at: node, "expected \(what), not \(kind(node))")
    }
    return scalar.string
  }

  /// A key that must be one of `validKeys`.
  func key(_ node: Node, validKeys: [String], in container: String, noun: String = "key")
    throws(ConfigurationError) -> String
  {
    let key = try text(node, what: "a \(noun) name")
    guard validKeys.contains(key) else {
      throw error(
        at: node,
        "unknown \(noun) '\(key)' in \(container)\(suggestion(for: key, in: validKeys)); valid \(noun)s: \(validKeys.joined(separator: ", "))"
      )
    }
    return key
  }

  /// A value that must name one case of `Choice`.
  func choice<Choice: RawRepresentable & CaseIterable>(
    _ node: Node, of type: Choice.Type, key: String
  ) throws(ConfigurationError) -> Choice where Choice.RawValue == String {
    let valid = Choice.allCases.map(\.rawValue)
    guard case .scalar(let scalar) = node, let value = Choice(rawValue: scalar.string) else {
      let found = node.scalar.map { "'\($0.string)'" } ?? kind(node)
      throw error(
        at: node, "'\(key)' must be one of \(valid.joined(separator: ", ")), not \(found)")
    }
    return value
  }

  /// A whole number within `range`.
  func integer(_ node: Node, in range: ClosedRange<Int>, key: String) throws(ConfigurationError)
    -> Int
  {
    guard case .scalar(let scalar) = node, let value = Int(scalar.string), range.contains(value)
    else {
      let found = node.scalar.map { "'\($0.string)'" } ?? kind(node)
      throw error(
        at: node,
        "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(found)"
      )
    }
    return value
  }

  private func kind(_ node: Node) -> String {
    switch node {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    case .scalar(let scalar): ConfigurationLoader.isNull(node) ? "nothing" : "'\(scalar.string)'"
    }
  }

  /// " (did you mean 'x'?)" when a valid key is one or two edits away.
  private func suggestion(for key: String, in validKeys: [String]) -> String {
    let scored = validKeys.map { (key: $0, distance: Self.editDistance(key, $0)) }
    guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= 2 else {
      return ""
    }
    return " (did you mean '\(best.key)'?)"
  }

  /// Levenshtein distance between two short strings.
  static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs)
    let right = Array(rhs)
    var previous = Array(0...right.count)
    for (i, leftCharacter) in left.enumerated() {
      var current = [i + 1]
      for (j, rightCharacter) in right.enumerated() {
        current.append(
          min(
            previous[j + 1] + 1, current[j] + 1,
            previous[j] + (leftCharacter == rightCharacter ? 0 : 1)))
      }
      previous = current
    }
    return previous[right.count]
  }
}
