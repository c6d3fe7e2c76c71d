/// Reads one plan from its JSON object (see the README's plan format):
/// `id`, optional `child`, `year_group` or `age`, `aspirations` (strings),
/// optional `needs` (areas of need), and `outcomes` (objects with `text` and
/// optional `area`, `provision` and `by_when`). Other fields pass through.
public struct PlanDecoder: Sendable {
  /// Plans longer than this many bytes are rejected.
  public let maximumBytes: Int

  /// The fields the decoder reads; every other field passes through.
  static let knownKeys: Set<String> = [
    "id", "child", "year_group", "age", "aspirations", "needs", "outcomes",
  ]

  /// Creates a decoder.
  public init(maximumBytes: Int = 1 << 20) {
    self.maximumBytes = maximumBytes
  }

  /// Decodes `bytes`, read from line `line` of `source`; `defaultID` is the
  /// raw JSON id used when the plan has none.
  public func decode(
    _ bytes: [UInt8], source: String, line: Int, defaultID: String
  ) -> Result<Plan, PlanDecodingError> {
    do throws(PlanDecodingError) {
      return .success(try plan(bytes, source: source, line: line, defaultID: defaultID))
    } catch {
      return .failure(error)
    }
  }

  /// The raw JSON `id` of a plan that is a JSON object, even when the rest
  /// of it cannot be read, so its error record still carries it.
  public static func idJSON(in bytes: [UInt8]) -> String? {
    guard let fields = try? JSONScanner.object(bytes),
      let id = fields.first(where: { $0.key == "id" })
    else { return nil }
    return JSONScanner.oneLine(bytes[id.value])
  }

  private func plan(
    _ bytes: [UInt8], source: String, line: Int, defaultID: String
  ) throws(PlanDecodingError) -> Plan {
    guard bytes.count <= maximumBytes else {
      throw PlanDecodingError("plan is \(bytes.count) bytes, over the limit of \(maximumBytes)")
    }
    guard InputBytesCheck.isValidUTF8(bytes) else {
      throw PlanDecodingError("invalid UTF-8")
    }
    let fields = try Self.object(bytes, what: "plan")
    func raw(_ key: String) -> [UInt8]? {
      fields.first { $0.key == key }.map { Array(bytes[$0.value]) }
    }
    let idJSON = raw("id").map { JSONScanner.oneLine($0[...]) } ?? defaultID
    let child = try raw("child").map { json throws(PlanDecodingError) in
      try Self.string(json, what: "field 'child'")
    }
    let yearGroup = try raw("year_group").map { json throws(PlanDecodingError) in
      try Self.integer(json, what: "field 'year_group'", range: -2...20)
    }
    let age = try raw("age").map { json throws(PlanDecodingError) in
      try Self.integer(json, what: "field 'age'", range: 0...25)
    }
    let aspirations = try raw("aspirations").map { json throws(PlanDecodingError) in
      try Self.strings(json, what: "aspiration")
    }
    let needs = try raw("needs").map { json throws(PlanDecodingError) in
      try Self.strings(json, what: "need")
    }
    guard let outcomesJSON = raw("outcomes") else {
      throw PlanDecodingError("missing field 'outcomes'")
    }
    let elements: [Range<Int>]
    do {
      elements = try JSONScanner.array(outcomesJSON)
    } catch {
      throw PlanDecodingError("field 'outcomes' is not an array: \(error)")
    }
    var outcomes: [PlanOutcome] = []
    for (index, range) in elements.enumerated() {
      outcomes.append(try Self.outcome(Array(outcomesJSON[range]), number: index + 1))
    }
    return Plan(
      source: source, line: line, idJSON: idJSON, child: child, yearGroup: yearGroup, age: age,
      aspirations: aspirations ?? [], needs: needs ?? [], outcomes: outcomes,
      passthrough: fields.filter { !Self.knownKeys.contains($0.key) }.map {
        (key: $0.key, json: JSONScanner.oneLine(bytes[$0.value]))
      })
  }

  private static func outcome(_ bytes: [UInt8], number: Int) throws(PlanDecodingError)
    -> PlanOutcome
  {
    if bytes.first == UInt8(ascii: "\"") {
      return PlanOutcome(text: try string(bytes, what: "outcome \(number)"))
    }
    let fields = try object(bytes, what: "outcome \(number)")
    func raw(_ key: String) -> [UInt8]? {
      fields.first { $0.key == key }.map { Array(bytes[$0.value]) }
    }
    guard let textJSON = raw("text") else {
      throw PlanDecodingError("outcome \(number): missing field 'text'")
    }
    let text = try string(textJSON, what: "outcome \(number) text")
    guard InputBytesCheck.holdsNonWhitespace(text.utf8) else {
      throw PlanDecodingError("outcome \(number): empty text")
    }
    let area = try raw("area").map { json throws(PlanDecodingError) in
      try string(json, what: "outcome \(number) area")
    }
    let provision = raw("provision").map {
      JSONScanner.string($0[...]) ?? String(decoding: $0, as: UTF8.self)
    }
    let byWhen = raw("by_when").flatMap { json in
      json.elementsEqual("null".utf8)
        ? nil : JSONScanner.string(json[...]) ?? String(decoding: json, as: UTF8.self)
    }
    return PlanOutcome(
      text: text, area: area, provision: provision, byWhen: byWhen,
      idJSON: raw("id").map { JSONScanner.oneLine($0[...]) },
      passthrough: fields.filter { $0.key != "text" && $0.key != "id" }.map {
        (key: $0.key, json: JSONScanner.oneLine(bytes[$0.value]))
      })
  }

  private static func object(_ bytes: [UInt8], what: @autoclosure () -> String)
    throws(PlanDecodingError)
    -> [JSONScanner.Field]
  {
    do {
      return try JSONScanner.object(bytes)
    } catch {
      throw PlanDecodingError("\(what()) is not a JSON object: \(error)")
    }
  }

  private static func string(_ json: [UInt8], what: @autoclosure () -> String)
    throws(PlanDecodingError) -> String
  {
    guard let text = JSONScanner.string(json[...]) else {
      throw PlanDecodingError("\(what()) is not a string")
    }
    return text
  }

  private static func strings(_ json: [UInt8], what: @autoclosure () -> String)
    throws(PlanDecodingError)
    -> [String]
  {
    let elements: [Range<Int>]
    do {
      elements = try JSONScanner.array(json)
    } catch {
      throw PlanDecodingError("\(what())s are not an array: \(error)")
    }
    var result: [String] = []
    for (index, range) in elements.enumerated() {
      result.append(try string(Array(json[range]), what: "\(what()) \(index + 1)"))
    }
    return result
  }

  private static func integer(
    _ json: [UInt8], what: @autoclosure () -> String, range: ClosedRange<Int>
  )
    throws(PlanDecodingError) -> Int
  {
    let text = String(decoding: json, as: UTF8.self)
    guard let value = Int(text), range.contains(value) else {
      throw PlanDecodingError(
        "\(what()) must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(text)"
      )
    }
    return value
  }
}
