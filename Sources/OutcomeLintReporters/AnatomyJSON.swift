import OutcomeLint

/// Writes an outcome's anatomy as a JSON object: each part with its kind,
/// byte span and text, or `null` when absent.
enum AnatomyJSON {
  static func write(
    _ outcome: AnalyzedOutcome, offsets: CharacterOffsets, to output: inout OutputBuffer
  ) {
    let anatomy = outcome.anatomy
    let document = outcome.document
    func part(_ span: TextSpan, _ extra: String = "") -> String {
      "{\(extra)\"start\":\(span.start),\"end\":\(span.end),\"text\":\(JSONQuoting.quoted(document.text(span)))}"
    }
    var fields: [String] = []
    if let timeframe = anatomy.timeframe {
      let horizon = timeframe.horizonMonths.map { formatted($0) } ?? "null"
      fields.append(
        "\"timeframe\":"
          + part(
            timeframe.span, "\"kind\":\"\(timeframe.kind.name)\",\"horizon_months\":\(horizon),"))
    } else {
      fields.append("\"timeframe\":null")
    }
    let subjectText = anatomy.subject.span.map { JSONQuoting.quoted(document.text($0)) } ?? "null"
    fields.append(
      "\"subject\":{\"kind\":\"\(anatomy.subject.kind.rawValue)\",\"text\":\(subjectText)}")
    if let action = anatomy.action {
      fields.append(
        "\"action\":" + part(action.verb, "\"observability\":\"\(action.observability.rawValue)\",")
      )
    } else {
      fields.append("\"action\":null")
    }
    fields.append(
      "\"criteria\":["
        + anatomy.criteria.map { part($0.span, "\"kind\":\"\($0.kind.rawValue)\",") }
        .joined(separator: ",") + "]")
    fields.append(
      "\"context\":[" + anatomy.context.map { part($0.span) }.joined(separator: ",") + "]")
    fields.append("\"purpose\":" + (anatomy.purpose.map { part($0.span) } ?? "null"))
    fields.append(
      "\"provision\":["
        + anatomy.provision.map { part($0.hit.span, "\"kind\":\"\($0.kind.rawValue)\",") }
        .joined(separator: ",") + "]")
    fields.append(
      "\"passive_support\":[" + anatomy.passiveSupport.map { part($0.span) }.joined(separator: ",")
        + "]")
    output.write("{" + fields.joined(separator: ",") + "}")
  }

  private static func formatted(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
